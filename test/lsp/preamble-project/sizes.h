#ifndef SIZES_H
#define SIZES_H

#include <stdint.h>

#define NAME_LEN 13

/* A header record: wasteful, but reported where it is defined only. */
struct pair {
  char tag;
  int64_t value;
  char kind;
};

enum mode { MODE_A, MODE_B };

#endif
