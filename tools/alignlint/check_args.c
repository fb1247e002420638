#include "check_args.h"

#include "job_runner.h"
#include "plugin_locate.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char check_usage_text[] =
    "usage: alignlint check -p BUILD_DIR [options] [FILES...]\n"
    "\n"
    "Runs the alignlint plugin over every translation unit of\n"
    "BUILD_DIR/compile_commands.json (or only FILES) and prints a summary.\n"
    "\n"
    "options:\n"
    "  -p BUILD_DIR          the folder of compile_commands.json\n"
    "  -j N                  run N compiles at once (default: all cores)\n"
    "  --clang=PATH          the clang to run (default: the one the plugin\n"
    "                        was built for)\n"
    "  --plugin=PATH         the plugin (default: next to alignlint)\n"
    "  --plugin-arg=ARG      pass -fplugin-arg-alignlint-ARG (repeatable)\n"
    "  --quiet               no progress output\n"
    "  --fix                 apply every safe fix, in rounds until none is\n"
    "                        left, and print what changed\n"
    "  --dry-run             with or without --fix: print the diff of the\n"
    "                        fixes and change nothing\n"
    "  --export-fixes DIR    keep the fix exports and findings files in DIR\n"
    "  --sarif FILE          write the findings as SARIF\n"
    "  --baseline FILE       report only findings not in the baseline\n"
    "  --html DIR            write the HTML report into DIR\n"
    "\n"
    "Exit status: 0 no finding at error level, 1 findings at error level,\n"
    "2 the tool failed (bad arguments, no compile database, no clang).\n";

static enum check_args_result args_error(const char *format,
                                         const char *argument) {
  fputs("alignlint: error: ", stderr);
  fprintf(stderr, format, argument);
  fputs("\n\n", stderr);
  fputs(check_usage_text, stderr);
  return CHECK_ARGS_ERROR;
}

/* The value of an option given as "-p DIR", "-pDIR", "--name DIR" or
 * "--name=DIR"; NULL if `argv[*i]` is not this option. Advances *i past a
 * separate value; sets *missing when the value is absent. */
static const char *option_value(int argc, char **argv, int *i, const char *name,
                                int *missing) {
  const char *arg = argv[*i];
  size_t length = strlen(name);
  if (strncmp(arg, name, length) != 0)
    return NULL;
  const char *rest = arg + length;
  int is_long = name[1] == '-';
  if (*rest == '=' && is_long)
    return rest + 1;
  if (*rest && !is_long)
    return rest;
  if (*rest)
    return NULL;
  if (*i + 1 >= argc) {
    *missing = 1;
    return NULL;
  }
  return argv[++*i];
}

static int parse_jobs(const char *text, size_t *jobs) {
  char *end;
  long value = strtol(text, &end, 10);
  if (*end || value < 1)
    return -1;
  *jobs = (size_t)value;
  return 0;
}

/* Options that take a value, and where it goes. */
struct valued_option {
  const char *name;
  const char **target;
};

static enum check_args_result parse_one(int argc, char **argv, int *i,
                                        struct check_options *options) {
  const char *jobs = NULL, *plugin = NULL, *plugin_arg = NULL;
  const struct valued_option valued[] = {
      {"-p", &options->build_dir},
      {"-j", &jobs},
      {"--clang", &options->clang},
      {"--plugin-arg", &plugin_arg},
      {"--plugin", &plugin},
      {"--export-fixes", &options->export_dir},
      {"--sarif", &options->sarif_path},
      {"--baseline", &options->baseline_path},
      {"--html", &options->html_dir}};
  for (size_t v = 0; v < sizeof valued / sizeof *valued; v++) {
    int missing = 0;
    const char *value = option_value(argc, argv, i, valued[v].name, &missing);
    if (missing)
      return args_error("option '%s' needs a value", valued[v].name);
    if (!value)
      continue;
    *valued[v].target = value;
    if (jobs && parse_jobs(jobs, &options->jobs) != 0)
      return args_error("-j needs a positive number, not '%s'", jobs);
    if (plugin) {
      free(options->plugin);
      options->plugin = xstrdup(plugin);
    }
    if (plugin_arg)
      string_list_take(&options->plugin_args,
                       xasprintf("-fplugin-arg-alignlint-%s", plugin_arg));
    return CHECK_ARGS_RUN;
  }
  return args_error("unknown option '%s' for check", argv[*i]);
}

static void set_defaults(struct check_options *options) {
  memset(options, 0, sizeof *options);
  options->jobs = processor_count();
  options->clang = default_clang_path();
}

enum check_args_result parse_check_args(int argc, char **argv,
                                        struct check_options *options) {
  set_defaults(options);
  options->files = xmalloc((size_t)(argc ? argc : 1) * sizeof(char *));
  for (int i = 0; i < argc; i++) {
    const char *arg = argv[i];
    if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
      return CHECK_ARGS_HELP;
    if (strcmp(arg, "--quiet") == 0 || strcmp(arg, "-q") == 0)
      options->quiet = 1;
    else if (strcmp(arg, "--fix") == 0)
      options->fix = 1;
    else if (strcmp(arg, "--dry-run") == 0)
      options->fix = options->dry_run = 1;
    else if (arg[0] != '-' || arg[1] == '\0')
      options->files[options->file_count++] = argv[i];
    else if (parse_one(argc, argv, &i, options) != CHECK_ARGS_RUN)
      return CHECK_ARGS_ERROR;
  }
  if (!options->build_dir)
    return args_error("%s", "check needs -p BUILD_DIR, the folder of "
                            "compile_commands.json");
  return CHECK_ARGS_RUN;
}
