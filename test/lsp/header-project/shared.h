#ifndef SHARED_H
#define SHARED_H

struct rec {
  char tag;
  long value;
  char kind;
};

long rec_sum(const struct rec *r);

#endif
