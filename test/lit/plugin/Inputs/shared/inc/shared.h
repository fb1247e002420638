/* A record in a header that two translation units include. */
struct shared {
  char tag;      /* kind of value */
  double value;
  char flag;
};
