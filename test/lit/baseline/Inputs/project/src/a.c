#include "shared.h"
#include <stdio.h>

/* A record of this file only. */
struct local {
  char c;
  long l;
  char d;
};

/* Positional: the fix rewrites this initializer in this file too. */
static struct shared from_a = {'a', 1.5, 1};

void print_shared(const char *who, const struct shared *s) {
  printf("%s: %c %.1f %d\n", who, s->tag, s->value, s->flag);
}

void print_b(void);

int main(void) {
  struct local l = {.c = 'x', .l = 42, .d = 'y'};
  print_shared("a", &from_a);
  printf("local: %c %ld %c\n", l.c, l.l, l.d);
  print_b();
  return 0;
}
