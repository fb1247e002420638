#include "shared.h"
#include <stdio.h>

int main(void) {
  struct rec r = {1, 40, 1};
  printf("%ld\n", rec_sum(&r));
  return 0;
}
