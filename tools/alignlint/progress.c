#include "progress.h"

#include "path_resolve.h"

#include <stdarg.h>
#include <unistd.h>

enum { BAR_WIDTH = 30 };

static double seconds_between(const struct timespec *from,
                              const struct timespec *to) {
  return (double)(to->tv_sec - from->tv_sec) +
         (double)(to->tv_nsec - from->tv_nsec) / 1e9;
}

static void draw_bar(struct progress *progress, size_t findings,
                     const struct timespec *now);

void progress_start(struct progress *progress, FILE *out, int quiet,
                    size_t total) {
  progress->style = quiet                 ? PROGRESS_QUIET
                    : isatty(fileno(out)) ? PROGRESS_BAR
                                          : PROGRESS_LINES;
  progress->out = out;
  progress->total = total;
  progress->done = 0;
  progress->bar_shown = 0;
  clock_gettime(CLOCK_MONOTONIC, &progress->start);
  progress->last_draw.tv_sec = 0;
  progress->last_draw.tv_nsec = 0;
  if (progress->style == PROGRESS_BAR)
    draw_bar(progress, 0, &progress->start);
}

static void clear_bar(struct progress *progress) {
  if (progress->bar_shown)
    fputs("\r\033[K", progress->out);
  progress->bar_shown = 0;
}

static void print_duration(FILE *out, double seconds) {
  long whole = (long)(seconds + 0.5);
  fprintf(out, "%ld:%02ld", whole / 60, whole % 60);
}

static void draw_bar(struct progress *progress, size_t findings,
                     const struct timespec *now) {
  double elapsed = seconds_between(&progress->start, now);
  size_t filled = progress->total ? BAR_WIDTH * progress->done / progress->total
                                  : BAR_WIDTH;
  clear_bar(progress);
  fputc('[', progress->out);
  for (size_t i = 0; i < BAR_WIDTH; i++)
    fputc(i < filled ? '#' : '.', progress->out);
  fprintf(progress->out, "] %zu/%zu TUs, %zu findings, ", progress->done,
          progress->total, findings);
  print_duration(progress->out, elapsed);
  if (progress->done && progress->done < progress->total) {
    fputs(" elapsed, ", progress->out);
    print_duration(progress->out,
                   elapsed / (double)progress->done *
                       (double)(progress->total - progress->done));
    fputs(" left", progress->out);
  }
  fflush(progress->out);
  progress->bar_shown = 1;
  progress->last_draw = *now;
}

void progress_tu_done(struct progress *progress, const char *file,
                      size_t tu_findings, size_t findings) {
  progress->done++;
  if (progress->style == PROGRESS_LINES) {
    fprintf(progress->out, "[%zu/%zu] %s: %zu findings\n", progress->done,
            progress->total, path_below_cwd(file), tu_findings);
    return;
  }
  if (progress->style != PROGRESS_BAR)
    return;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  /* Redrawing ten times a second is enough for a person to follow. */
  if (progress->done == progress->total ||
      seconds_between(&progress->last_draw, &now) >= 0.1)
    draw_bar(progress, findings, &now);
}

void progress_message(struct progress *progress, const char *format, ...) {
  if (progress->style == PROGRESS_QUIET)
    return;
  clear_bar(progress);
  va_list args;
  va_start(args, format);
  vfprintf(progress->out, format, args);
  va_end(args);
}

void progress_finish(struct progress *progress) { clear_bar(progress); }
