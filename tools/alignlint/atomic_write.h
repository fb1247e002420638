/* Replacing a file so that a reader (or a crash) sees either the old or the
 * new content, never a mix: write a temporary file in the same directory,
 * fsync it, rename it over the original.
 *
 * Opening and committing are separate steps so that every file of a run can
 * be checked for writability before any of them is replaced. */
#ifndef ALIGNLINT_ATOMIC_WRITE_H
#define ALIGNLINT_ATOMIC_WRITE_H

#include <stddef.h>
#include <sys/types.h>

struct pending_write {
  const char *target_path;
  char *temp_path;
  int fd;
};

/* Creates the temporary file next to target_path. Returns 0, or -1 after
 * printing why. */
int open_pending_write(struct pending_write *pending, const char *target_path);

/* Writes `content` with permission bits `mode`, syncs it and renames it over
 * the target. Returns 0, or -1 after printing why (the target is then
 * untouched and the temporary file removed). */
int commit_pending_write(struct pending_write *pending, const char *content,
                         size_t size, mode_t mode);

/* The permission bits a new file gets: 0666 less the umask. */
mode_t new_file_mode(void);

/* Removes the temporary file; the target stays as it is. */
void discard_pending_write(struct pending_write *pending);

#endif
