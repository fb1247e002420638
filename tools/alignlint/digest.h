/* Content digests, in the spelling of an alignlint-file-digest diagnostic. */
#ifndef ALIGNLINT_DIGEST_H
#define ALIGNLINT_DIGEST_H

#include <stddef.h>

#define DIGEST_PREFIX "sha256:"
/* "sha256:" + 64 hex digits + NUL */
#define DIGEST_TEXT_SIZE (sizeof DIGEST_PREFIX - 1 + 64 + 1)

/* Writes "sha256:<64 lowercase hex digits>" for `bytes` into `text`. */
void digest_text(const char *bytes, size_t length, char text[DIGEST_TEXT_SIZE]);

/* Whether `text` is "sha256:" followed by 64 hex digits (either case). */
int digest_text_is_valid(const char *text);

/* Whether two valid digest texts name the same digest. */
int digest_texts_equal(const char *a, const char *b);

#endif
