/* A file under test: its own translation unit, and also #included by
 * unit_test.c, which sees its statics and its records. */
struct entry {
  char tag;
  long value;
  char flags;
};

static long entry_value(const struct entry *e) { return e->value; }
long unit_value(long v) {
  struct entry e = {.tag = 1, .value = v, .flags = 2};
  return entry_value(&e);
}
