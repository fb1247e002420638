/* Minimal test harness: CHECK records a failure and goes on; a test's
 * main returns check_report(), nonzero when anything failed. */
#ifndef ALIGNLINT_CHECK_H
#define ALIGNLINT_CHECK_H

#include <inttypes.h>
#include <stdio.h>

static int check_failures;
static int check_count;

#define CHECK(cond, ...)                                                       \
  do {                                                                         \
    check_count++;                                                             \
    if (!(cond)) {                                                             \
      check_failures++;                                                        \
      fprintf(stderr, "%s:%d: CHECK(%s) failed: ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
    }                                                                          \
  } while (0)

#define CHECK_EQ_U64(actual, expected, what)                                   \
  CHECK((uint64_t)(actual) == (uint64_t)(expected),                            \
        "%s: got %" PRIu64 ", want %" PRIu64, what, (uint64_t)(actual),        \
        (uint64_t)(expected))

static int check_report(const char *test) {
  printf("%s: %d checks, %d failed\n", test, check_count, check_failures);
  return check_failures != 0;
}

#endif
