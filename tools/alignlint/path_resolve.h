/* Turning the paths in an export into one spelling per file, so that the
 * same header reached as 'inc/s.h' from one build directory and as
 * '../inc/s.h' from another is recognised as one file. */
#ifndef ALIGNLINT_PATH_RESOLVE_H
#define ALIGNLINT_PATH_RESOLVE_H

/* Returns a newly allocated absolute path: `path` itself if absolute, else
 * `path` joined to `base_dir` (or to the working directory when base_dir is
 * empty). Symlinks, "." and ".." are resolved by realpath() when the file
 * exists, lexically otherwise (a missing file is reported when it is read). */
char *resolve_path(const char *path, const char *base_dir);

/* `path` relative to the working directory when it lies below it, else
 * `path` unchanged. Points into `path`, no allocation. */
const char *path_below_cwd(const char *path);

#endif
