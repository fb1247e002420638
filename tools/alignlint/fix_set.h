/* The fixes, vetoes and digests of an export, gathered across all its
 * translation units. */
#ifndef ALIGNLINT_FIX_SET_H
#define ALIGNLINT_FIX_SET_H

#include "export_reader.h"

#include <stddef.h>

/* Names the record a fix reorders: where the record's name is. */
struct record_key {
  const char *file_path;
  size_t offset;
};

struct fix {
  struct record_key key;
  const char *message;
  const char *origin; /* where the first copy was read, for messages */
  const struct replacement *replacements; /* sorted, see compare_fixes */
  size_t replacement_count;
  size_t unit;         /* the TU of the first copy */
  const char *refusal; /* why the TUs of a header record disagree, or NULL */
};

struct veto {
  struct record_key key;
  const char *message;
};

struct file_digest {
  const char *file_path;
  const char *digest; /* "xxh64:<hex>" */
};

struct fix_set {
  struct fix *fixes; /* sorted by key; no two identical */
  size_t fix_count;
  struct veto *vetoes; /* sorted by key; no two identical */
  size_t veto_count;
  struct file_digest *digests; /* sorted by path; no two identical */
  size_t digest_count;
};

/* Sorts out the alignlint diagnostics: the copies of a header record's fix
 * become one fix when all TUs that saw the record agree, or one refused fix
 * (header_agreement.h); without record views, fixes with identical
 * replacements become one fix. Diagnostics of other tools are ignored. Sorts
 * each diagnostic's replacements in place. Returns -1 after printing an error
 * if a digest is malformed. */
int build_fix_set(struct diagnostic_list *diagnostics, struct fix_set *out);

/* Orders replacements by file path, offset, length, then text. */
int compare_replacements(const void *a, const void *b);

/* Orders by file path, then offset. */
int compare_record_keys(struct record_key a, struct record_key b);

#endif
