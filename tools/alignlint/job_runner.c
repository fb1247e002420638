#include "job_runner.h"

#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Set by SIGINT or SIGTERM while jobs run. */
static volatile sig_atomic_t interrupted;

static void note_interrupt(int signal_number) {
  (void)signal_number;
  interrupted = 1;
}

/* Catches SIGINT and SIGTERM (saving the old handlers in `saved`) so that
 * an interrupted run can stop its jobs and remove its scratch files. */
static void catch_interrupts(struct sigaction saved[2]) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = note_interrupt;
  sigemptyset(&action.sa_mask);
  interrupted = 0;
  sigaction(SIGINT, &action, &saved[0]);
  sigaction(SIGTERM, &action, &saved[1]);
}

static void restore_interrupts(const struct sigaction saved[2]) {
  sigaction(SIGINT, &saved[0], NULL);
  sigaction(SIGTERM, &saved[1], NULL);
}

struct slot {
  pid_t pid; /* 0 when free */
  size_t job;
};

/* In the child: set up its files and folder, then exec. Never returns. */
static void exec_job(const struct job_spec *spec) {
  int output = open(spec->output_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  int input = open("/dev/null", O_RDONLY);
  if (output < 0 || input < 0)
    _exit(127);
  dup2(input, STDIN_FILENO);
  dup2(output, STDOUT_FILENO);
  dup2(output, STDERR_FILENO);
  if (chdir(spec->directory) != 0) {
    dprintf(STDERR_FILENO, "alignlint: error: cannot enter %s: %s\n",
            spec->directory, strerror(errno));
    _exit(127);
  }
  execvp(spec->argv[0], spec->argv);
  dprintf(STDERR_FILENO, "alignlint: error: cannot run %s: %s\n", spec->argv[0],
          strerror(errno));
  _exit(127);
}

static void start_job(struct slot *slots, size_t slot, size_t job,
                      const struct job_callbacks *callbacks, void *context) {
  struct job_spec spec;
  callbacks->prepare(job, slot, &spec, context);
  fflush(NULL); /* the child must not write our buffered output again */
  pid_t pid = fork();
  if (pid == 0)
    exec_job(&spec);
  if (pid < 0) {
    /* Reported like a job that could not start: exit status 127. */
    fprintf(stderr, "alignlint: error: cannot start a process: %s\n",
            strerror(errno));
    callbacks->finish(job, slot, 127 << 8, context);
    return;
  }
  slots[slot].pid = pid;
  slots[slot].job = job;
}

static size_t slot_of(const struct slot *slots, size_t parallel, pid_t pid) {
  for (size_t i = 0; i < parallel; i++)
    if (slots[i].pid == pid)
      return i;
  return parallel;
}

/* Starts queued jobs in the free slots; returns how many now run. */
static size_t fill_slots(struct slot *slots, size_t parallel, size_t count,
                         size_t *next, const struct job_callbacks *callbacks,
                         void *context) {
  size_t running = 0;
  for (size_t slot = 0; slot < parallel; slot++) {
    while (!slots[slot].pid && *next < count)
      start_job(slots, slot, (*next)++, callbacks, context);
    running += slots[slot].pid != 0;
  }
  return running;
}

/* Stops the running jobs and waits for them. */
static void stop_jobs(struct slot *slots, size_t parallel) {
  for (size_t i = 0; i < parallel; i++)
    if (slots[i].pid)
      kill(slots[i].pid, SIGTERM);
  for (size_t i = 0; i < parallel; i++)
    if (slots[i].pid)
      waitpid(slots[i].pid, NULL, 0);
}

int run_jobs(size_t count, size_t parallel,
             const struct job_callbacks *callbacks, void *context) {
  if (parallel == 0)
    parallel = 1;
  struct slot *slots = xmalloc(parallel * sizeof *slots);
  memset(slots, 0, parallel * sizeof *slots);
  struct sigaction saved[2];
  catch_interrupts(saved);
  size_t next = 0;
  while (!interrupted &&
         fill_slots(slots, parallel, count, &next, callbacks, context) > 0) {
    int status;
    pid_t pid = waitpid(-1, &status, 0);
    if (pid < 0 && errno == EINTR)
      continue;
    if (pid < 0)
      break; /* no children left: nothing more to wait for */
    size_t slot = slot_of(slots, parallel, pid);
    if (slot == parallel)
      continue; /* not one of ours */
    slots[slot].pid = 0;
    if (callbacks->finish(slots[slot].job, slot, status, context))
      start_job(slots, slot, slots[slot].job, callbacks, context);
  }
  if (interrupted)
    stop_jobs(slots, parallel);
  restore_interrupts(saved);
  free(slots);
  return interrupted ? -1 : 0;
}

size_t processor_count(void) {
  long online = sysconf(_SC_NPROCESSORS_ONLN);
  return online > 0 ? (size_t)online : 1;
}
