#include "gcc_flags.h"

#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Build wrappers that run the compiler named after them. */
static const char *const wrappers[] = {"ccache", "sccache", "distcc", "icecc"};

/* Arguments whose next argument is theirs: output and dependency files. */
static const char *const dropped_with_value[] = {"-o", "-MF", "-MT", "-MQ"};

/* Arguments dropped alone: the compile step, dependency files, and what
 * -fsyntax-only already says. */
static const char *const dropped_exactly[] = {"-c",
                                              "-S",
                                              "-E",
                                              "-M",
                                              "-MM",
                                              "-MD",
                                              "-MMD",
                                              "-MP",
                                              "-MG",
                                              "-fsyntax-only",
                                              "-pipe",
                                              "-save-temps",
                                              "-fconserve-stack",
                                              "-mindirect-branch-register",
                                              "-mrecord-mcount",
                                              "-mskip-rax-setup",
                                              "-fuse-linker-plugin",
                                              "-fno-fat-lto-objects",
                                              "-fno-var-tracking-assignments"};

/* Prefixes of GCC-only flags (docs/check.md says why each is safe to drop:
 * none changes how a record is laid out). */
static const char *const dropped_prefixes[] = {
    "-MF",
    "-MT",
    "-MQ",
    "-Wp,-M", /* dependency files */
    "-fanalyzer",
    "-fno-analyzer",
    "-Wanalyzer",
    "-Wno-analyzer",
    "-fplugin=",
    "-fplugin-arg-", /* GCC plugins */
    "-specs=",
    "--specs=",
    "-ftree-",
    "-fno-tree-",
    "-fipa-",
    "-fno-ipa-",
    "-mindirect-branch=",
    "-mfunction-return=",
    "-mpreferred-stack-boundary=",
    "-flto",
    "-fno-lto",
    "-fdump-",
    "-fopt-info",
    "-fprofile-use",
    "-fauto-profile",
    "-fmax-errors=",
    "-flive-patching=",
    "-fexcess-precision=",
    "-fstack-usage",
    "-fcallgraph-info",
    "-fdiagnostics-urls=",
    "-fdiagnostics-format="};

static int in_list(const char *arg, const char *const *list, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (strcmp(arg, list[i]) == 0)
      return 1;
  return 0;
}

static int has_prefix_in(const char *arg, const char *const *list,
                         size_t count) {
  for (size_t i = 0; i < count; i++)
    if (strncmp(arg, list[i], strlen(list[i])) == 0)
      return 1;
  return 0;
}

#define COUNT(array) (sizeof array / sizeof *array)

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* The compiler's name without a trailing version ("gcc-12" -> "gcc"). */
static char *unversioned_name(const char *path) {
  char *name = xstrdup(base_name(path));
  char *dash = strrchr(name, '-');
  if (dash && dash[1] && strspn(dash + 1, "0123456789.") == strlen(dash + 1))
    *dash = '\0';
  return name;
}

/* "aarch64-linux-gnu-gcc" -> "aarch64-linux-gnu"; NULL when the name has no
 * triple in front of the driver's own name. */
static char *target_of_compiler(const char *compiler) {
  static const char *const drivers[] = {"-gcc", "-g++",   "-cc",
                                        "-c++", "-clang", "-clang++"};
  char *name = unversioned_name(compiler);
  size_t length = strlen(name);
  char *target = NULL;
  for (size_t i = 0; i < COUNT(drivers) && !target; i++) {
    size_t suffix = strlen(drivers[i]);
    if (length > suffix && strcmp(name + length - suffix, drivers[i]) == 0 &&
        memchr(name, '-', length - suffix))
      target = xmemdup(name, length - suffix);
  }
  free(name);
  return target;
}

static int names_target(char **argv) {
  for (size_t i = 1; argv[i]; i++)
    if (strcmp(argv[i], "-target") == 0 ||
        strncmp(argv[i], "--target=", 9) == 0)
      return 1;
  return 0;
}

/* g++ compiles a .c file as C++; clang does so only in g++ mode. */
static int is_cxx_driver(const char *compiler) {
  char *name = unversioned_name(compiler);
  int cxx = strstr(name, "++") != NULL;
  free(name);
  return cxx;
}

static int is_dropped(const char *arg, const struct string_list *dropped) {
  return in_list(arg, (const char *const *)dropped->items, dropped->count) ||
         in_list(arg, dropped_exactly, COUNT(dropped_exactly)) ||
         has_prefix_in(arg, dropped_prefixes, COUNT(dropped_prefixes));
}

void translate_compile_arguments(char **argv, const struct string_list *dropped,
                                 struct string_list *out) {
  while (argv[0] && argv[1] &&
         in_list(base_name(argv[0]), wrappers, COUNT(wrappers)))
    argv++;
  if (!argv[0])
    return;
  if (is_cxx_driver(argv[0]))
    string_list_add(out, "--driver-mode=g++");
  char *target = names_target(argv) ? NULL : target_of_compiler(argv[0]);
  if (target) {
    string_list_take(out, xasprintf("--target=%s", target));
    free(target);
  }
  for (size_t i = 1; argv[i]; i++) {
    if (in_list(argv[i], dropped_with_value, COUNT(dropped_with_value))) {
      if (argv[i + 1])
        i++;
    } else if (!is_dropped(argv[i], dropped)) {
      string_list_add(out, argv[i]);
    }
  }
}

/* The quoted text after `marker` in `line`, or NULL. */
static char *quoted_after(const char *line, const char *marker) {
  const char *at = strstr(line, marker);
  if (!at)
    return NULL;
  const char *open = strchr(at + strlen(marker), '\'');
  const char *close = open ? strchr(open + 1, '\'') : NULL;
  return close ? xmemdup(open + 1, (size_t)(close - open - 1)) : NULL;
}

/* Whether `arg` is what the driver named: the argument itself, or one of an
 * option spelled with '=' ("-flto=" names "-flto=auto"). */
static int matches_rejected(const char *arg, const char *rejected) {
  size_t length = strlen(rejected);
  if (length && rejected[length - 1] == '=')
    return strncmp(arg, rejected, length) == 0;
  return strcmp(arg, rejected) == 0;
}

static size_t drop_matching(char **argv, const char *rejected, int by_prefix,
                            struct string_list *dropped) {
  size_t added = 0;
  for (size_t i = 1; argv[i]; i++) {
    int match = by_prefix ? strncmp(argv[i], rejected, strlen(rejected)) == 0
                          : matches_rejected(argv[i], rejected);
    if (match && !in_list(argv[i], (const char *const *)dropped->items,
                          dropped->count)) {
      string_list_add(dropped, argv[i]);
      added++;
    }
  }
  return added;
}

/* Driver errors and where the rejected argument is: in the first quotes
 * after `marker`. */
static const struct {
  const char *error;
  const char *marker;
} argument_errors[] = {
    {"unknown argument", "unknown argument"},
    {"unsupported option", "unsupported option"},
    {"unsupported argument", "to option"},
    {"does not support", "does not support"},
    {"invalid value", "' in "}, /* "invalid value 'x' in '-y'" */
};

static size_t rejected_in_line(const char *line, char **argv,
                               struct string_list *dropped) {
  size_t added = 0;
  if (strstr(line, "unknown target CPU")) {
    added += drop_matching(argv, "-march=", 1, dropped);
    added += drop_matching(argv, "-mtune=", 1, dropped);
    added += drop_matching(argv, "-mcpu=", 1, dropped);
    return added;
  }
  for (size_t i = 0; i < COUNT(argument_errors); i++) {
    if (!strstr(line, argument_errors[i].error))
      continue;
    char *rejected = quoted_after(line, argument_errors[i].marker);
    if (rejected) {
      added += drop_matching(argv, rejected, 0, dropped);
      free(rejected);
    }
  }
  return added;
}

size_t find_rejected_arguments(const char *messages, char **argv,
                               struct string_list *dropped) {
  size_t added = 0;
  const char *line = messages;
  while (line && *line) {
    const char *end = strchr(line, '\n');
    char *text = end ? xmemdup(line, (size_t)(end - line)) : xstrdup(line);
    if (strstr(text, "error: "))
      added += rejected_in_line(text, argv, dropped);
    free(text);
    line = end ? end + 1 : NULL;
  }
  return added;
}
