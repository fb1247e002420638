/* keep_first_of_equals (tools/alignlint/first_of_equals.h): the first of
 * equal items stays, in list order, and each repeat is handed to the
 * handler with its first. */
#include "check.h"
#include "first_of_equals.h"

struct item {
  int key;
  int place;   /* where it was in the list */
  int repeats; /* repeats merged into it */
};

static int compare_keys(const void *a, const void *b) {
  const struct item *x = a, *y = b;
  return (x->key > y->key) - (x->key < y->key);
}

static int dropped;

static void merge(void *repeat, void *first) {
  struct item *kept = first;
  const struct item *copy = repeat;
  CHECK(copy->place > kept->place, "the first is kept: %d after %d",
        copy->place, kept->place);
  kept->repeats++;
  dropped++;
}

int main(void) {
  struct item items[] = {{5, 0, 0}, {3, 1, 0}, {5, 2, 0}, {9, 3, 0},
                         {3, 4, 0}, {5, 5, 0}, {1, 6, 0}};
  size_t count = sizeof items / sizeof *items;
  size_t kept =
      keep_first_of_equals(items, count, sizeof *items, compare_keys, merge);
  CHECK_EQ_U64(kept, 4, "kept");
  CHECK_EQ_U64(dropped, 3, "repeats handed over");
  const int keys[] = {5, 3, 9, 1}, places[] = {0, 1, 3, 6},
            repeats[] = {2, 1, 0, 0};
  for (size_t i = 0; i < kept && i < 4; i++) {
    CHECK(items[i].key == keys[i], "key %zu: %d", i, items[i].key);
    CHECK(items[i].place == places[i], "list order %zu: %d", i, items[i].place);
    CHECK(items[i].repeats == repeats[i], "repeats of %zu: %d", i,
          items[i].repeats);
  }
  CHECK_EQ_U64(
      keep_first_of_equals(items, 1, sizeof *items, compare_keys, merge), 1,
      "one item");
  CHECK_EQ_U64(
      keep_first_of_equals(items, 0, sizeof *items, compare_keys, merge), 0,
      "no item");
  return check_report("first_of_equals");
}
