/*
 * Cost of al_optimize on large records: time per record for 20/50/100/200
 * fields of 2-5 distinct (size, alignment) shapes, in the hard case where
 * the sort is not provably minimal (an odd start leaves a hole the sort
 * cannot fill), so the exact search runs. Prints the mean and worst time
 * per record (CPU time: the machine may be shared) and how many were
 * proven minimal.
 *
 *   cc -O2 -std=c11 -Irules bench/engine_large_records.c rules/[a-z]*.c \
 *      -o engine_large_records && ./engine_large_records
 */
#define _POSIX_C_SOURCE 199309L
#include "alignlint_rules.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define MAX_FIELDS 200
#define SAMPLES 20

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static unsigned pick(unsigned n) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (unsigned)(rng_state % n);
}

static al_member members[MAX_FIELDS];
static al_unit units[MAX_FIELDS];

/* Shapes as in real records: pointers, ints, shorts, chars, a 36-byte
 * struct of 4-byte alignment, 12-byte arrays. */
static const uint32_t shape_size[] = {8, 4, 2, 1, 36, 12, 16};
static const uint32_t shape_align[] = {8, 4, 2, 1, 4, 4, 8};

static al_record make_record(size_t fields, size_t shapes) {
  size_t chosen[7];
  for (size_t s = 0; s < shapes; s++) {
    chosen[s] = pick(7);
    for (size_t t = 0; t < s; t++)
      if (chosen[t] == chosen[s]) {
        chosen[s] = (chosen[s] + 1) % 7;
        t = (size_t)-1; /* recheck from the first */
      }
  }
  al_record record = {.name = "struct bench",
                      .align_bytes = 1,
                      .start_bits = 8,
                      .members = members,
                      .member_count = fields,
                      .units = units,
                      .unit_count = fields};
  for (size_t f = 0; f < fields; f++) {
    size_t s = chosen[f < shapes ? f : pick((unsigned)shapes)];
    members[f] = (al_member){.name = "f",
                             .type_name = "t",
                             .size_bits = 8u * shape_size[s],
                             .type_size_bits = 8u * shape_size[s],
                             .align_bytes = shape_align[s],
                             .hot_group = -1,
                             .contended_group = -1};
    units[f] = (al_unit){f, 1, 0};
    if (shape_align[s] > record.align_bytes)
      record.align_bytes = shape_align[s];
  }
  uint64_t offsets[MAX_FIELDS];
  record.size_bytes = al_simulate(&record, NULL, offsets);
  for (size_t f = 0; f < fields; f++)
    members[f].offset_bits = offsets[f];
  return record;
}

static double seconds(void) {
  struct timespec now;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

int main(void) {
  static const size_t sizes[] = {20, 50, 100, 200};
  printf("fields shapes   mean_us    max_us  proven\n");
  for (size_t i = 0; i < 4; i++)
    for (size_t shapes = 2; shapes <= 5; shapes++) {
      double total = 0, worst = 0;
      int proven = 0;
      for (int sample = 0; sample < SAMPLES; sample++) {
        al_record record = make_record(sizes[i], shapes);
        al_plan plan;
        double started = seconds();
        if (!al_optimize(&record, &plan))
          return 1;
        double took = seconds() - started;
        total += took;
        worst = took > worst ? took : worst;
        proven += plan.proven_minimal;
        al_plan_free(&plan);
      }
      printf("%6zu %6zu %9.1f %9.1f  %2d/%d\n", sizes[i], shapes,
             1e6 * total / SAMPLES, 1e6 * worst, proven, SAMPLES);
    }
  return 0;
}
