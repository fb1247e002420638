/* Größe matters: a record in a header that two translation units include
 * (the comment's non-ASCII letters make characters and bytes differ). */
struct shared {
  char tag;      /* kind of value */
  double value;
  char flag;
};

void print_shared(const char *who, const struct shared *s);
