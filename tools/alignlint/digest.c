#include "digest.h"

#include <ctype.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void digest_text(const char *bytes, size_t length,
                 char text[DIGEST_TEXT_SIZE]) {
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int hash_length = 0;
  /* Only fails when libcrypto itself is broken: no sane way to continue. */
  if (!EVP_Digest(bytes, length, hash, &hash_length, EVP_sha256(), NULL) ||
      hash_length != 32) {
    fputs("alignlint: error: libcrypto cannot compute SHA-256\n", stderr);
    exit(2);
  }
  char *out = text + strlen(strcpy(text, DIGEST_PREFIX));
  for (unsigned int i = 0; i < hash_length; i++)
    out += sprintf(out, "%02x", hash[i]);
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
