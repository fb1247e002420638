/* Content digests, in the spelling of an alignlint-file-digest diagnostic. */
#ifndef ALIGNLINT_DIGEST_H
#define ALIGNLINT_DIGEST_H

#include <stddef.h>

/* XXH64 with seed 0, as the plugin computes it (docs/export-format.md). */
#define DIGEST_PREFIX "xxh64:"
#define DIGEST_HEX_DIGITS 16
/* Older exports' digests: recognised only to say they are outdated. */
#define OLD_DIGEST_PREFIX "sha256:"
/* "xxh64:" + 16 hex digits + NUL */
#define DIGEST_TEXT_SIZE (sizeof DIGEST_PREFIX - 1 + DIGEST_HEX_DIGITS + 1)

/* Writes "xxh64:<16 lowercase hex digits>" for `bytes` into `text`. */
void digest_text(const char *bytes, size_t length, char text[DIGEST_TEXT_SIZE]);

/* Whether `text` is "xxh64:" followed by 16 hex digits (either case). */
int digest_text_is_valid(const char *text);

/* Whether two valid digest texts name the same digest. */
int digest_texts_equal(const char *a, const char *b);

#endif
