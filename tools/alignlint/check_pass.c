#include "check_pass.h"

#include "file_content.h"
#include "file_tree.h"
#include "gcc_flags.h"
#include "job_runner.h"
#include "path_resolve.h"
#include "progress.h"
#include "xalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* Driver errors are fixed by dropping the arguments they name; a few
 * rounds cover a command with several GCC-only flags clang rejects. */
enum { MAX_RETRIES = 4 };

/* What one slot of the job runner holds: its scratch files and the TU it
 * runs. */
struct slot_state {
  char *dir; /* the plugin's export folder for this slot's TU */
  char *log; /* the TU's stdout and stderr */
  size_t job;
  size_t retries;
  struct string_list dropped; /* arguments clang rejected for this TU */
  struct string_list argv;
};

struct pass {
  const struct check_run *run;
  struct summary *summary;
  struct progress progress;
  char *work_dir;
  struct slot_state *slots;
  size_t slot_count;
  size_t job;         /* the TU whose files are being gathered */
  size_t tu_findings; /* its findings */
  int findings_read;  /* its findings file was read */
};

/* Arguments added to every TU: none changes a layout. The build's -Werror
 * is about its own warnings; alignlint's levels come from its arguments.
 * Errors by default in newer clang would stop code GCC accepts. */
static const char *const added_arguments[] = {
    "-fsyntax-only",
    "-Wno-unknown-warning-option",
    "-Qunused-arguments",
    "-fno-color-diagnostics",
    "-Wno-error",
    "-Wno-error=implicit-function-declaration",
    "-Wno-error=implicit-int",
    "-Wno-error=int-conversion",
    "-Wno-error=incompatible-function-pointer-types",
    "-Wno-error=return-type"};

static void build_argv(struct pass *pass, struct slot_state *slot) {
  const struct compile_command *command = &pass->run->db->items[slot->job];
  string_list_free(&slot->argv);
  string_list_add(&slot->argv, pass->run->options->clang);
  translate_compile_arguments(command->argv.items, &slot->dropped, &slot->argv);
  for (size_t i = 0; i < sizeof added_arguments / sizeof *added_arguments; i++)
    string_list_add(&slot->argv, added_arguments[i]);
  string_list_take(&slot->argv,
                   xasprintf("-fplugin=%s", pass->run->options->plugin));
  string_list_take(&slot->argv, xasprintf("-fplugin-arg-alignlint-export-"
                                          "fixes=%s",
                                          slot->dir));
  for (size_t i = 0; i < pass->run->options->plugin_args.count; i++)
    string_list_add(&slot->argv, pass->run->options->plugin_args.items[i]);
}

static void prepare_job(size_t job, size_t slot_index, struct job_spec *spec,
                        void *context) {
  struct pass *pass = context;
  struct slot_state *slot = &pass->slots[slot_index];
  if (slot->job != job) {
    slot->job = job;
    slot->retries = 0;
    string_list_free(&slot->dropped);
  }
  build_argv(pass, slot);
  spec->argv = slot->argv.items;
  spec->directory = pass->run->db->items[job].directory;
  spec->output_path = slot->log;
}

static void count_finding(const struct finding *finding, void *context) {
  struct pass *pass = context;
  if (pass->run->keep && !pass->run->keep(finding, pass->run->keep_context))
    return;
  summary_add_finding(pass->summary, finding);
  pass->tu_findings++;
}

static void read_findings(const char *path, const char *name, void *context) {
  (void)name;
  struct pass *pass = context;
  if (read_tu_findings(path, count_finding, pass) == 0)
    pass->findings_read = 1;
}

/* Into the export folder, named after the TU's index: the same main file
 * compiled twice (two targets) keeps both exports. */
static void gather_file(const char *path, const char *name, void *context) {
  struct pass *pass = context;
  char *target = xasprintf("%s/%zu-%s", pass->run->export_dir, pass->job, name);
  move_file(path, target);
  free(target);
}

/* Why the TU failed: the first error in its `log`, else what its exit
 * status says. */
static char *first_error(const char *log, int wait_status) {
  const char *line = strstr(log, "error: ");
  if (line) {
    while (line > log && line[-1] != '\n')
      line--;
    return xmemdup(line, strcspn(line, "\n"));
  }
  if (WIFSIGNALED(wait_status))
    return xasprintf("clang was killed by signal %d", WTERMSIG(wait_status));
  if (WIFEXITED(wait_status) && WEXITSTATUS(wait_status) != 0)
    return xasprintf("clang exited with status %d", WEXITSTATUS(wait_status));
  return xstrdup("the plugin wrote no findings file (is it the plugin for "
                 "this clang?)");
}

static void record_failure(struct pass *pass, const char *file, const char *log,
                           int wait_status) {
  char *error = first_error(log, wait_status);
  summary_add_failed_tu(pass->summary, file, error);
  progress_message(&pass->progress, "alignlint: %s was not checked: %s\n",
                   path_below_cwd(file), error);
  free(error);
}

static int finish_job(size_t job, size_t slot_index, int wait_status,
                      void *context) {
  struct pass *pass = context;
  struct slot_state *slot = &pass->slots[slot_index];
  const struct compile_command *command = &pass->run->db->items[job];
  struct file_content log = {NULL, 0, 0};
  if (read_file_content(slot->log, &log) != 0)
    log.bytes = xstrdup("");
  pass->job = job;
  pass->tu_findings = 0;
  pass->findings_read = 0;
  for_each_file(slot->dir, ".findings.json", read_findings, pass);
  int retry = 0;
  if (pass->findings_read) {
    pass->summary->tus_checked++;
  } else if (slot->retries < MAX_RETRIES &&
             find_rejected_arguments(log.bytes, command->argv.items,
                                     &slot->dropped) > 0) {
    slot->retries++;
    retry = 1;
  } else {
    record_failure(pass, command->file, log.bytes, wait_status);
  }
  for_each_file(slot->dir, "", gather_file, pass);
  free(log.bytes);
  if (!retry)
    progress_tu_done(&pass->progress, command->file, pass->tu_findings,
                     pass->summary->records.count);
  return retry;
}

static int make_slots(struct pass *pass) {
  pass->slots = xmalloc(pass->slot_count * sizeof *pass->slots);
  memset(pass->slots, 0, pass->slot_count * sizeof *pass->slots);
  for (size_t i = 0; i < pass->slot_count; i++) {
    struct slot_state *slot = &pass->slots[i];
    slot->job = SIZE_MAX;
    slot->dir = xasprintf("%s/slot-%zu", pass->work_dir, i);
    slot->log = xasprintf("%s/slot-%zu.log", pass->work_dir, i);
    if (make_directories(slot->dir) != 0)
      return -1;
  }
  return 0;
}

static void free_slots(struct pass *pass) {
  for (size_t i = 0; pass->slots && i < pass->slot_count; i++) {
    free(pass->slots[i].dir);
    free(pass->slots[i].log);
    string_list_free(&pass->slots[i].dropped);
    string_list_free(&pass->slots[i].argv);
  }
  free(pass->slots);
}

int run_check_pass(const struct check_run *run, struct summary *summary) {
  const struct compile_db *db = run->db;
  struct pass pass;
  memset(&pass, 0, sizeof pass);
  pass.run = run;
  pass.summary = summary;
  pass.slot_count =
      run->options->jobs < db->count ? run->options->jobs : db->count;
  if (pass.slot_count == 0)
    pass.slot_count = 1;
  pass.work_dir = make_scratch_dir("alignlint-check");
  int status = -1;
  if (pass.work_dir && make_slots(&pass) == 0) {
    struct job_callbacks callbacks = {prepare_job, finish_job};
    progress_start(&pass.progress, stderr, run->options->quiet, db->count);
    status = run_jobs(db->count, pass.slot_count, &callbacks, &pass);
    progress_finish(&pass.progress);
    if (status != 0)
      fputs("alignlint: interrupted\n", stderr);
  }
  free_slots(&pass);
  if (pass.work_dir)
    remove_tree(pass.work_dir);
  free(pass.work_dir);
  return status;
}
