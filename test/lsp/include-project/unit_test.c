#include "unit.c"

#include <stdio.h>

int main(void) {
  struct entry e = {1, 42, 2}; /* positional: follows the field order */
  printf("%ld %d %d\n", entry_value(&e), e.tag, e.flags);
  return 0;
}
