/* Progress of a check run on stderr: a bar redrawn in place on a terminal,
 * one plain line per TU otherwise, nothing with --quiet. */
#ifndef ALIGNLINT_PROGRESS_H
#define ALIGNLINT_PROGRESS_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

enum progress_style { PROGRESS_QUIET, PROGRESS_LINES, PROGRESS_BAR };

struct progress {
  enum progress_style style;
  FILE *out;
  size_t total;
  size_t done;
  struct timespec start;
  struct timespec last_draw;
  int bar_shown; /* a bar is on the current line */
};

/* PROGRESS_BAR when `out` is a terminal, PROGRESS_LINES otherwise, unless
 * `quiet`. */
void progress_start(struct progress *progress, FILE *out, int quiet,
                    size_t total);

/* One more TU finished; `findings` are the run's distinct findings so far,
 * `tu_findings` this TU's. */
void progress_tu_done(struct progress *progress, const char *file,
                      size_t tu_findings, size_t findings);

/* A message for the user (a failed TU): printed above the bar, if any;
 * nothing with --quiet (the summary lists failed TUs). */
void progress_message(struct progress *progress, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

/* Clears the bar before the summary is printed. */
void progress_finish(struct progress *progress);

#endif
