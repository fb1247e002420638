/* Running many compiler processes, a fixed number at a time, each with its
 * output captured in a file. */
#ifndef ALIGNLINT_JOB_RUNNER_H
#define ALIGNLINT_JOB_RUNNER_H

#include <stddef.h>

/* One process to start: argv[0] is looked up in PATH when it has no '/'. */
struct job_spec {
  char **argv;
  const char *directory;   /* where it runs */
  const char *output_path; /* its stdout and stderr, truncated first */
};

/* A slot is one of the `parallel` places a job runs in (0 .. parallel-1):
 * no two running jobs share one, so per-slot files and folders are safe. */
struct job_callbacks {
  void (*prepare)(size_t job, size_t slot, struct job_spec *spec,
                  void *context);
  /* `wait_status` as waitpid() gives it. Returns 1 to run the job again in
   * the same slot (prepare is called again), 0 when it is done. */
  int (*finish)(size_t job, size_t slot, int wait_status, void *context);
};

/* Runs jobs 0 .. count-1, at most `parallel` at once, and returns 0 when
 * all have finished. On SIGINT or SIGTERM, stops the running jobs and
 * returns -1 (the caller cleans up). */
int run_jobs(size_t count, size_t parallel,
             const struct job_callbacks *callbacks, void *context);

/* The number of processors online, at least 1. */
size_t processor_count(void);

#endif
