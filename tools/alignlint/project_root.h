/* The project root that the baseline and SARIF name files relative to, so
 * that both stay the same in every checkout of the project. */
#ifndef ALIGNLINT_PROJECT_ROOT_H
#define ALIGNLINT_PROJECT_ROOT_H

/* The root as an absolute real path: `given` (--root) when not NULL, else
 * the top level of the git work tree holding the working directory (the
 * nearest directory upward with a .git entry), else the working directory.
 * Returns NULL after an error when `given` is not a directory. */
char *find_project_root(const char *given);

/* `path` relative to `root` when it lies below it, else `path` unchanged.
 * Points into `path`, no allocation. */
const char *path_below_root(const char *path, const char *root);

/* The relative path that leads from directory `from` to `to` (both
 * absolute and normalized), "." when they are the same. */
char *relative_path_between(const char *from, const char *to);

#endif
