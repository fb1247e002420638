#include "atomic_write.h"

#include "xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *directory_of(const char *path) {
  char *copy = xstrdup(path);
  char *directory = xstrdup(dirname(copy));
  free(copy);
  return directory;
}

int open_pending_write(struct pending_write *pending, const char *target_path) {
  char *directory = directory_of(target_path);
  char *name_copy = xstrdup(target_path);
  pending->target_path = target_path;
  /* Hidden and recognisable, should a crash leave it behind. */
  pending->temp_path =
      xasprintf("%s/.%s.alignlint-XXXXXX", directory, basename(name_copy));
  free(name_copy);
  free(directory);
  pending->fd = mkstemp(pending->temp_path);
  if (pending->fd >= 0)
    return 0;
  fprintf(stderr,
          "alignlint: error: cannot write %s: cannot create a "
          "temporary file in its directory: %s\n",
          target_path, strerror(errno));
  free(pending->temp_path);
  pending->temp_path = NULL;
  return -1;
}

static int write_all(int fd, const char *bytes, size_t size) {
  while (size > 0) {
    ssize_t written = write(fd, bytes, size);
    if (written < 0 && errno == EINTR)
      continue;
    if (written < 0)
      return -1;
    bytes += written;
    size -= (size_t)written;
  }
  return 0;
}

/* Makes the rename itself durable. Failing here loses nothing that the
 * rename has not already done, so it is not reported. */
static void sync_directory(const char *path) {
  char *directory = directory_of(path);
  int fd = open(directory, O_RDONLY);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
  free(directory);
}

int commit_pending_write(struct pending_write *pending, const char *content,
                         size_t size, mode_t mode) {
  /* mkstemp creates mode 0600: restore the original bits before renaming. */
  int status = write_all(pending->fd, content, size);
  if (status == 0)
    status = fchmod(pending->fd, mode);
  if (status == 0)
    status = fsync(pending->fd);
  int saved_errno = errno;
  if (close(pending->fd) != 0 && status == 0) {
    saved_errno = errno;
    status = -1;
  }
  pending->fd = -1;
  if (status == 0 && rename(pending->temp_path, pending->target_path) != 0) {
    saved_errno = errno;
    status = -1;
  }
  if (status != 0) {
    fprintf(stderr, "alignlint: error: cannot write %s: %s\n",
            pending->target_path, strerror(saved_errno));
    discard_pending_write(pending);
    return -1;
  }
  sync_directory(pending->target_path);
  free(pending->temp_path);
  pending->temp_path = NULL;
  return 0;
}

void discard_pending_write(struct pending_write *pending) {
  if (pending->fd >= 0)
    close(pending->fd);
  pending->fd = -1;
  if (pending->temp_path)
    unlink(pending->temp_path);
  free(pending->temp_path);
  pending->temp_path = NULL;
}

mode_t new_file_mode(void) {
  mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}
