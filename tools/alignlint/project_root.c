#include "project_root.h"

#include "path_resolve.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int is_directory(const char *path) {
  struct stat info;
  return stat(path, &info) == 0 && S_ISDIR(info.st_mode);
}

/* The nearest directory from `start` upward holding a .git directory or
 * file (a worktree or submodule has a file); NULL when there is none. */
static char *git_top_level(const char *start) {
  char *dir = xstrdup(start);
  for (;;) {
    char *marker = xasprintf("%s/.git", dir);
    struct stat info;
    int found = stat(marker, &info) == 0;
    free(marker);
    if (found)
      return dir;
    char *slash = strrchr(dir, '/');
    if (!slash || strcmp(dir, "/") == 0) {
      free(dir);
      return NULL;
    }
    slash[slash == dir ? 1 : 0] = '\0';
  }
}

char *find_project_root(const char *given) {
  if (given) {
    if (!is_directory(given)) {
      fprintf(stderr, "alignlint: error: the root %s is not a directory\n",
              given);
      return NULL;
    }
    return resolve_path(given, NULL);
  }
  char *cwd = resolve_path(".", NULL);
  char *top = git_top_level(cwd);
  if (!top)
    return cwd;
  free(cwd);
  return top;
}

const char *path_below_root(const char *path, const char *root) {
  size_t length = strlen(root);
  if (strcmp(root, "/") == 0)
    return path[0] == '/' ? path + 1 : path;
  if (strncmp(path, root, length) == 0 && path[length] == '/')
    return path + length + 1;
  return path;
}

/* Length of the leading whole components `a` and `b` share. */
static size_t common_prefix(const char *a, const char *b) {
  size_t common = 0;
  for (size_t i = 0;; i++) {
    int a_end = a[i] == '\0' || a[i] == '/';
    int b_end = b[i] == '\0' || b[i] == '/';
    if (a_end && b_end)
      common = i;
    if (a[i] != b[i] || a[i] == '\0')
      return common;
  }
}

char *relative_path_between(const char *from, const char *to) {
  size_t common = strcmp(from, "/") == 0 ? 0 : common_prefix(from, to);
  const char *rest = to + common;
  while (*rest == '/')
    rest++;
  char *relative = xstrdup("");
  for (const char *p = from + common; *p; p++) {
    if (*p != '/' || p[1] == '\0' || p[1] == '/')
      continue;
    char *longer = xasprintf("%s../", relative);
    free(relative);
    relative = longer;
  }
  char *joined = xasprintf("%s%s", relative, *rest ? rest : "");
  free(relative);
  size_t length = strlen(joined);
  if (length == 0) {
    free(joined);
    return xstrdup(".");
  }
  if (joined[length - 1] == '/')
    joined[length - 1] = '\0';
  return joined;
}
