/* Hot fields: a large array of 256-byte records; the hot loop reads 4 fields
 * per record. Variant S (scattered): the 4 fields sit at offsets 0, 64, 128,
 * 192, one per cache line. Variant G (grouped): the same 4 fields are the
 * first 32 bytes, one line, what alignlint's hot-fields fix-it produces.
 * The array (default 256 MiB) is far larger than L2 (1 MiB) and L3 (32 MiB).
 * Two access patterns: random (a shuffled index array: every record touched
 * once, in random order) and sequential (every record in order, where the
 * hardware prefetcher streams lines). Prints best-of-R time per variant and
 * the ratios S/G.
 *
 * Each timed sample is PASSES full sweeps.
 *
 * usage: hot_fields [MiB=256] [runs=5] */
#define PASSES 4
/* Keeps the compiler from merging the PASSES identical sweeps into one: the
 * arrays come from malloc and never escape, so a plain memory clobber is not
 * enough; launder the pointer through an empty asm. */
#define LAUNDER(ptr) __asm__ __volatile__("" : "+r"(ptr) : : "memory")
/* Forces a value to be computed here, before the next clock read (the sums
 * touch only non-escaping memory, so they could otherwise move past it). */
#define USE(val) __asm__ __volatile__("" : : "r"(val) : "memory")
/* Times PASSES sweeps of EXPR into best[K]; ARR is the array it reads. */
#define TIME(K, ARR, EXPR)                                                     \
  do {                                                                         \
    t0 = now();                                                                \
    for (p = 0; p < PASSES; p++) {                                             \
      LAUNDER(ARR);                                                            \
      v[K] = (EXPR);                                                           \
      USE(v[K]);                                                               \
    }                                                                          \
    t = now() - t0;                                                            \
    if (t < best[K])                                                           \
      best[K] = t;                                                             \
  } while (0)
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define REC 256
struct scattered {
  long f0;
  char pad0[56];
  long f1;
  char pad1[56];
  long f2;
  char pad2[56];
  long f3;
  char pad3[56];
};
struct grouped {
  long f0, f1, f2, f3;
  char cold[REC - 4 * sizeof(long)];
};
_Static_assert(sizeof(struct scattered) == REC, "scattered is 256 bytes");
_Static_assert(sizeof(struct grouped) == REC, "grouped is 256 bytes");

static volatile long g_sink;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static uint64_t rng_state = 0x9e3779b97f4a7c15u;
static uint64_t rng(void) { /* xorshift64* */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545f4914f6cdd1du;
}

#define DEFINE_SUM(T)                                                          \
  static long sum_rand_##T(const struct T *a, const uint32_t *idx, size_t n) { \
    long s = 0;                                                                \
    size_t i;                                                                  \
    for (i = 0; i < n; i++) {                                                  \
      const struct T *r = &a[idx[i]];                                          \
      s += r->f0 + r->f1 + r->f2 + r->f3;                                      \
    }                                                                          \
    return s;                                                                  \
  }                                                                            \
  static long sum_seq_##T(const struct T *a, size_t n) {                       \
    long s = 0;                                                                \
    size_t i;                                                                  \
    for (i = 0; i < n; i++)                                                    \
      s += a[i].f0 + a[i].f1 + a[i].f2 + a[i].f3;                              \
    return s;                                                                  \
  }
DEFINE_SUM(scattered)
DEFINE_SUM(grouped)

int main(int argc, char **argv) {
  size_t mib = argc > 1 ? (size_t)atol(argv[1]) : 256;
  int runs = argc > 2 ? atoi(argv[2]) : 5, r;
  size_t n = mib * 1024 * 1024 / REC, i;
  struct scattered *s = aligned_alloc(64, n * REC);
  struct grouped *g = aligned_alloc(64, n * REC);
  uint32_t *idx = malloc(n * sizeof *idx);
  double best[4] = {1e30, 1e30, 1e30, 1e30};
  long expect;
  if (!s || !g || !idx) {
    fprintf(stderr, "out of memory\n");
    return 1;
  }
  memset(s, 1, n * REC); /* touch every page */
  memset(g, 1, n * REC);
  for (i = 0; i < n; i++) {
    s[i].f0 = g[i].f0 = (long)i;
    s[i].f1 = g[i].f1 = 1;
    s[i].f2 = g[i].f2 = 2;
    s[i].f3 = g[i].f3 = 3;
    idx[i] = (uint32_t)i;
  }
  for (i = n - 1; i > 0; i--) { /* Fisher-Yates */
    size_t j = (size_t)(rng() % (i + 1));
    uint32_t t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  expect = (long)(n * (n - 1) / 2 + 6 * n);
  printf("hot_fields: %zu records x %d B = %zu MiB per array, %d sweeps, best "
         "of %d\n",
         n, REC, mib, PASSES, runs);
  for (r = 0; r < runs; r++) { /* interleave variants against drift */
    double t0, t;
    long v[4];
    int p;
    TIME(0, s, sum_rand_scattered(s, idx, n));
    TIME(1, g, sum_rand_grouped(g, idx, n));
    TIME(2, s, sum_seq_scattered(s, n));
    TIME(3, g, sum_seq_grouped(g, n));
    if (v[0] != expect || v[1] != expect || v[2] != expect || v[3] != expect) {
      fprintf(stderr, "checksum mismatch\n");
      return 1;
    }
    g_sink = v[0];
  }
  printf("  random     S scattered %8.3f s %6.2f ns/rec   G grouped %8.3f s "
         "%6.2f ns/rec\n",
         best[0], best[0] / n / PASSES * 1e9, best[1],
         best[1] / n / PASSES * 1e9);
  printf("  sequential S scattered %8.3f s %6.2f ns/rec   G grouped %8.3f s "
         "%6.2f ns/rec\n",
         best[2], best[2] / n / PASSES * 1e9, best[3],
         best[3] / n / PASSES * 1e9);
  printf("hot_fields ratio S/G: random = %.2f   sequential = %.2f\n",
         best[0] / best[1], best[2] / best[3]);
  free(s);
  free(g);
  free(idx);
  return 0;
}
