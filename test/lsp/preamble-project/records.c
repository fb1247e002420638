/* alignlint-clangd precompiles the includes at the top of this file; the
   findings must be the same as those of a full parse. */
#include <stddef.h>
#include <stdio.h>

// Macros before and between the includes belong to the prefix.
#define BEFORE_INCLUDES 1
#include "sizes.h"
#undef BEFORE_INCLUDES
#define EXTRA_LEN                                                            \
  (NAME_LEN + 2)
#include "local.h" /* the last include */

#define AFTER_PREFIX 4

struct conn {
  char state;
  int64_t bytes;
  char name[EXTRA_LEN];
  LOCAL_FLAG_T flags[LOCAL_COUNT];
  int fd;
  enum mode mode;
};

struct quiet { // NOLINT(alignlint-field-order)
  char a;
  long b;
  char c;
};

struct pinned {
  char kind;
  long count;
  char mark;
  short tail_len; /* must be last */
};

static struct conn first = {'s', 7, "name", {1, 2, 3}, AFTER_PREFIX, MODE_B};

int main(void) {
  struct pinned p = {'k', 2, 'm', 1};
  struct quiet q = {1, 2, 3};
  struct pair pr = {'t', 5, 'k'};
  printf("%d %ld %s %d %d %ld %d %d\n", first.state, (long)first.bytes,
         first.name, first.fd, p.kind, p.count, q.a, pr.tag);
  return 0;
}
