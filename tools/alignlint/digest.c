#include "digest.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xxhash.h>

void digest_text(const char *bytes, size_t length,
                 char text[DIGEST_TEXT_SIZE]) {
  snprintf(text, DIGEST_TEXT_SIZE, DIGEST_PREFIX "%016llx",
           (unsigned long long)XXH64(bytes, length, 0));
}

int digest_text_is_valid(const char *text) {
  size_t prefix_length = sizeof DIGEST_PREFIX - 1;
  if (strncmp(text, DIGEST_PREFIX, prefix_length) != 0 ||
      strlen(text) != DIGEST_TEXT_SIZE - 1)
    return 0;
  for (const char *digit = text + prefix_length; *digit; digit++)
    if (!isxdigit((unsigned char)*digit))
      return 0;
  return 1;
}

int digest_texts_equal(const char *a, const char *b) {
  return strcasecmp(a, b) == 0;
}
