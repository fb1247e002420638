#include <stdio.h>

struct conn {
  long bytes;
  int fd;
  char state;
  char flags;
};

int main(void) {
  struct conn c = {.bytes = 7, .fd = 3, .state = 's', .flags = 1};
  printf("%ld %d %c %d\n", c.bytes, c.fd, c.state, c.flags);
  return 0;
}
