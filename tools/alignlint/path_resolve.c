#include "path_resolve.h"

#include "xalloc.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *current_dir(void) {
  char buffer[PATH_MAX];
  return xstrdup(getcwd(buffer, sizeof buffer) ? buffer : "/");
}

static char *join_to_absolute(const char *path, const char *base_dir) {
  if (path[0] == '/')
    return xstrdup(path);
  if (base_dir && base_dir[0] == '/')
    return xasprintf("%s/%s", base_dir, path);
  char *cwd = current_dir();
  char *joined = base_dir && base_dir[0]
                     ? xasprintf("%s/%s/%s", cwd, base_dir, path)
                     : xasprintf("%s/%s", cwd, path);
  free(cwd);
  return joined;
}

/* Removes empty and "." components and folds ".." in place. */
static void normalize_lexically(char *absolute) {
  char *out = absolute;
  const char *in = absolute;
  while (*in) {
    while (*in == '/')
      in++;
    const char *component = in;
    while (*in && *in != '/')
      in++;
    size_t length = (size_t)(in - component);
    if (length == 0 || (length == 1 && component[0] == '.'))
      continue;
    if (length == 2 && component[0] == '.' && component[1] == '.') {
      while (out > absolute && *--out != '/')
        ;
      continue;
    }
    *out++ = '/';
    memmove(out, component, length);
    out += length;
  }
  if (out == absolute)
    *out++ = '/';
  *out = '\0';
}

char *resolve_path(const char *path, const char *base_dir) {
  char *absolute = join_to_absolute(path, base_dir);
  char resolved[PATH_MAX];
  if (realpath(absolute, resolved)) {
    free(absolute);
    return xstrdup(resolved);
  }
  normalize_lexically(absolute);
  return absolute;
}

const char *path_below_cwd(const char *path) {
  char *cwd = current_dir();
  size_t cwd_length = strlen(cwd);
  const char *relative = path;
  if (strcmp(cwd, "/") != 0 && strncmp(path, cwd, cwd_length) == 0 &&
      path[cwd_length] == '/')
    relative = path + cwd_length + 1;
  free(cwd);
  return relative;
}
