/* A record with 16 bytes of padding that reordering removes: alignlint's
   field-order warning shows that the plugin was loaded. */
struct conn {
  char state;
  long buf;
  char flags;
  long len;
};

long conn_len(const struct conn *c) { return c->len + c->buf; }
