/* Two wasteful records; the test's change touches only the first. */
struct changed {
  char tag;
  long count;
  char mode;
};

/* Filler lines, so the diff's context lines stop before the next record:
 * clang-tidy-diff shows the diagnostics of the changed lines and their
 * context, and a finding is reported at the record's name.
 *
 *
 */

struct untouched {
  char a;
  long b;
  char c;
};
