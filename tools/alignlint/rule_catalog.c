#include "rule_catalog.h"

#include <string.h>

const struct rule_description rule_catalog[] = {
    {"field-order", "alignlint-field-order",
     "A record that reordering its fields makes smaller.",
     "The record's fields leave padding between them that another order of "
     "the same fields does not: reordering them makes every object, array "
     "and allocation of the record smaller. The size comes from clang's own "
     "layout for the target being compiled.",
     "Apply the fix (the fields in the suggested order, keeping their "
     "comments and attributes), with alignlint apply or -Xclang -fixit. When "
     "the order carries meaning (a wire or file format, a public ABI), mark "
     "the record ALIGNLINT_IGNORE(field-order) instead.",
     "README.md", "warning", 1},
    {"hot-fields", "alignlint-hot-fields",
     "Fields marked hot that are not together at the front of the record.",
     "Fields marked ALIGNLINT_HOT are the ones read together on a fast path; "
     "spread over the record or over a cache-line boundary they cost extra "
     "cache lines on every access.",
     "Apply the fix, which moves the hot fields to the front in an order "
     "that wastes the fewest bytes.",
     "docs/cacheline-rules.md", "warning", 1},
    {"contended", "alignlint-contended",
     "Members marked contended that share a cache line with others.",
     "A member marked ALIGNLINT_CONTENDED is written by one thread while "
     "others use the rest of the record: sharing its cache line with other "
     "members makes the cores fight over that line (false sharing).",
     "Apply the fix, which aligns the member (and the member after it) to "
     "the cache line with _Alignas or alignas; the record grows.",
     "docs/cacheline-rules.md", "warning", 1},
    {"false-sharing", "alignlint-false-sharing",
     "Atomics and locks that share a cache line with each other or with "
     "hot fields.",
     "Two atomics or locks on one cache line, written by different threads, "
     "make the cores fight over the line. A heuristic: it cannot know which "
     "threads write what.",
     "Mark the member ALIGNLINT_CONTENDED when threads do contend for it, or "
     "ALIGNLINT_IGNORE(false-sharing) when one thread owns both.",
     "docs/cacheline-rules.md", "warning", 0},
    {"straddle", "alignlint-straddle",
     "An atomic or lock that crosses a cache-line boundary.",
     "An atomic operation on a member that crosses a cache-line boundary is "
     "a split lock on x86: a bus lock that stalls every core, which Linux "
     "5.7 and later can trap.",
     "Align the member (or the record) so that it cannot cross a line; do "
     "not pack records that hold atomics or locks.",
     "docs/cacheline-rules.md", "error", 1},
};

const size_t rule_catalog_size = sizeof rule_catalog / sizeof rule_catalog[0];

const struct rule_description *find_rule(const char *name) {
  for (size_t i = 0; i < rule_catalog_size; i++)
    if (strcmp(rule_catalog[i].name, name) == 0)
      return &rule_catalog[i];
  return NULL;
}
