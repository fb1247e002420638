#include "plugin_locate.h"

#include "xalloc.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *default_clang_path(void) {
#ifdef ALIGNLINT_CLANG
  return ALIGNLINT_CLANG;
#else
  return "clang";
#endif
}

/* The folder this binary is in, or NULL. */
static char *own_directory(void) {
  char path[PATH_MAX];
  ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
  if (length <= 0)
    return NULL;
  path[length] = '\0';
  char *slash = strrchr(path, '/');
  if (!slash)
    return NULL;
  *slash = '\0';
  return xstrdup(path);
}

char *find_plugin_path(void) {
  /* Relative to the folder of the binary: the build tree's
   * tools/alignlint/, then an install tree's bin/. */
  static const char *const candidates[] = {
      "../../plugin/libalignlint.so",
      "../plugin/libalignlint.so",
#ifdef ALIGNLINT_LLVM_MAJOR
      "../lib/alignlint/llvm-" ALIGNLINT_LLVM_MAJOR "/libalignlint.so",
#endif
  };
  char *directory = own_directory();
  if (!directory)
    return NULL;
  char *found = NULL;
  for (size_t i = 0; i < sizeof candidates / sizeof *candidates && !found;
       i++) {
    char *candidate = xasprintf("%s/%s", directory, candidates[i]);
    found = realpath(candidate, NULL);
    free(candidate);
  }
  free(directory);
  return found;
}
