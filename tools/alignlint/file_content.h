/* Reading a whole source file. */
#ifndef ALIGNLINT_FILE_CONTENT_H
#define ALIGNLINT_FILE_CONTENT_H

#include <stddef.h>
#include <sys/types.h>

struct file_content {
  char *bytes;
  size_t size;
  mode_t mode; /* permission bits, kept when the file is rewritten */
};

/* Returns 0, or -1 with errno set. */
int read_file_content(const char *path, struct file_content *out);

#endif
