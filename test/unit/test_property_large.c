/*
 * Property test at 20-200 fields: records of few shapes (2-5 distinct
 * (size, alignment) pairs, sometimes a one-bitfield run shape), a random
 * start, sometimes an over-aligned member last (the next fence) or a
 * pinned-first member. The optimizer must be proven minimal whenever the
 * record's states (product of (count of a shape + 1)) fit the search
 * budget, and then match a slower exact reference written here: a plain DP
 * over count vectors, without pruning, with its own placement arithmetic.
 * Every plan is a valid order never worse than the written one.
 */
#include "alignlint_rules.h"
#include "check.h"
#include "segment.h" /* AL_SEGMENT_SEARCH_STATES */

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define RECORDS 300
#define MAX_FIELDS 200
#define MAX_SHAPES 5

static uint64_t rng_state = 0x2545f4914f6cdd1du;

static uint64_t next_random(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return rng_state;
}

static unsigned pick(unsigned n) { return (unsigned)(next_random() % n); }

typedef struct shape {
  uint64_t size_bits;
  uint64_t type_size_bits; /* storage unit of a bitfield */
  uint32_t align_bytes;
  bool bitfield;
} shape;

typedef struct large_record {
  shape shapes[MAX_SHAPES];
  size_t shape_count;
  size_t counts[MAX_SHAPES];
  size_t pinned_first;  /* shape of a pinned first unit (0, plain), or
                           MAX_SHAPES */
  uint32_t fence_align; /* 0, or an over-aligned int last */
  al_member members[MAX_FIELDS + 2];
  al_unit units[MAX_FIELDS + 2];
  al_record record;
} large_record;

/* ---- Random records ---- */

static shape random_shape(void) {
  static const uint32_t aligns[] = {1, 2, 4, 8};
  if (pick(4) == 0) { /* a one-bitfield run */
    static const uint32_t type_sizes[] = {1, 2, 4, 8};
    uint32_t type_size = type_sizes[pick(4)];
    return (shape){1 + pick(8 * type_size), 8 * type_size, type_size, true};
  }
  uint32_t align = aligns[pick(4)];
  uint64_t size = align * (1 + pick(5));
  if (pick(4) == 0)
    size = 8 * align + 4; /* object_id-like: 36 bytes, align 4 */
  return (shape){8 * size, 8 * size, align, false};
}

static void add_unit(large_record *r, const shape *sh, unsigned flags) {
  al_record *rec = &r->record;
  al_member *m = &r->members[rec->member_count];
  *m = (al_member){.name = "f",
                   .type_name = "t",
                   .size_bits = sh->size_bits,
                   .type_size_bits = sh->type_size_bits,
                   .align_bytes = sh->align_bytes,
                   .flags = sh->bitfield ? AL_MEMBER_BITFIELD : 0,
                   .hot_group = -1,
                   .contended_group = -1};
  r->units[rec->unit_count++] =
      (al_unit){rec->member_count++, 1,
                flags | (sh->bitfield ? AL_UNIT_BITFIELD_RUN : 0)};
  if (sh->align_bytes > rec->align_bytes)
    rec->align_bytes = sh->align_bytes;
}

/* A shape with fields left, of the kind asked for when there is one. */
static size_t pick_shape(const large_record *r, const size_t *left, bool run) {
  size_t s = pick((unsigned)r->shape_count);
  for (size_t tries = 0; tries < 2 * r->shape_count; tries++) {
    if (left[s] > 0 && r->shapes[s].bitfield == run)
      return s;
    s = (s + 1) % r->shape_count;
  }
  return MAX_SHAPES;
}

/* Fields in a random written order with no two runs adjacent: a
 * completion exists while the runs left are at most the plain fields left,
 * plus one when the last is not a run. */
static void write_fields(large_record *r) {
  size_t left[MAX_SHAPES], runs = 0, plains = 0;
  memcpy(left, r->counts, sizeof left);
  for (size_t s = 0; s < r->shape_count; s++)
    *(r->shapes[s].bitfield ? &runs : &plains) += left[s];
  bool last_is_run = false;
  while (runs + plains > 0) {
    bool run = runs > 0 && !last_is_run && (pick(2) || runs > plains);
    size_t s = pick_shape(r, left, run);
    left[s]--;
    *(run ? &runs : &plains) -= 1;
    add_unit(r, &r->shapes[s], 0);
    last_is_run = run;
  }
}

static void finish(large_record *r) {
  uint64_t offsets[MAX_FIELDS + 2];
  r->record.size_bytes = al_simulate(&r->record, NULL, offsets);
  for (size_t m = 0; m < r->record.member_count; m++)
    r->members[m].offset_bits = offsets[m];
}

static void random_record(large_record *r) {
  memset(r, 0, sizeof *r);
  r->record = (al_record){.name = "struct large",
                          .align_bytes = 1,
                          .members = r->members,
                          .units = r->units};
  r->shape_count = 2 + pick(MAX_SHAPES - 1);
  for (size_t s = 0; s < r->shape_count; s++)
    r->shapes[s] = random_shape();
  r->shapes[0].bitfield = false; /* plain fields keep runs apart */
  r->shapes[0].type_size_bits = r->shapes[0].size_bits =
      8 * (uint64_t)r->shapes[0].align_bytes * (1 + pick(2));
  size_t fields = 20 + pick(MAX_FIELDS - 19), runs = 0;
  for (size_t i = 0; i < fields; i++) {
    size_t s = pick((unsigned)r->shape_count);
    if (r->shapes[s].bitfield && 2 * (runs + 1) > fields)
      s = 0; /* runs stay fewer than plain fields */
    runs += r->shapes[s].bitfield;
    r->counts[s]++;
  }
  r->pinned_first = pick(6) == 0 ? 0 : MAX_SHAPES; /* plain: no run next */
  if (r->pinned_first != MAX_SHAPES)
    add_unit(r, &r->shapes[r->pinned_first], AL_UNIT_PINNED_FIRST);
  write_fields(r);
  r->fence_align = pick(4) == 0 ? 16u << pick(2) : 0;
  if (r->fence_align) {
    shape fence = {32, 32, r->fence_align, false};
    add_unit(r, &fence, AL_UNIT_FENCE);
  }
  r->record.start_bits = pick(3) ? 0 : 8 * pick(12);
  finish(r);
}

/* ---- The reference: DP over count vectors, no pruning ---- */

static uint64_t round_up(uint64_t value, uint64_t multiple) {
  return (value + multiple - 1) / multiple * multiple;
}

static uint64_t place_shape(const shape *sh, uint64_t pos_bits) {
  uint64_t align_bits = 8 * (uint64_t)sh->align_bytes;
  if (sh->bitfield &&
      pos_bits % align_bits + sh->size_bits <= sh->type_size_bits)
    return pos_bits + sh->size_bits;
  return round_up(pos_bits, align_bits) + sh->size_bits;
}

static uint64_t sizeof_after(const large_record *r, uint64_t end_bits) {
  if (r->fence_align)
    end_bits = round_up(end_bits, 8 * (uint64_t)r->fence_align) + 32;
  return round_up((end_bits + 7) / 8, r->record.align_bytes);
}

static size_t state_count(const large_record *r) {
  size_t states = 1;
  for (size_t s = 0; s < r->shape_count; s++)
    states *= r->counts[s] + 1;
  return states;
}

/* The smallest sizeof over every order of the fields with runs apart. */
static uint64_t reference_minimum(const large_record *r) {
  size_t states = state_count(r), stride[MAX_SHAPES];
  stride[0] = 1;
  for (size_t s = 1; s < r->shape_count; s++)
    stride[s] = stride[s - 1] * (r->counts[s - 1] + 1);
  uint64_t *end = malloc(2 * states * sizeof *end);
  for (size_t i = 0; i < 2 * states; i++)
    end[i] = UINT64_MAX;
  uint64_t start = r->record.start_bits;
  bool start_after_run = false;
  if (r->pinned_first != MAX_SHAPES) {
    start = place_shape(&r->shapes[r->pinned_first], start);
    start_after_run = r->shapes[r->pinned_first].bitfield;
  }
  end[start_after_run] = start;
  uint64_t best = UINT64_MAX;
  for (size_t state = 0; state < states; state++) {
    size_t rest = state, count[MAX_SHAPES];
    for (size_t s = 0; s < r->shape_count; s++) {
      count[s] = rest % (r->counts[s] + 1);
      rest /= r->counts[s] + 1;
    }
    for (int run = 0; run < 2; run++) {
      uint64_t at = end[2 * state + run];
      if (at == UINT64_MAX)
        continue;
      if (state == states - 1) {
        uint64_t size = sizeof_after(r, at);
        best = size < best ? size : best;
      }
      for (size_t s = 0; s < r->shape_count; s++) {
        if (count[s] == r->counts[s] || (run && r->shapes[s].bitfield))
          continue;
        uint64_t next = place_shape(&r->shapes[s], at);
        uint64_t *target =
            &end[2 * (state + stride[s]) + r->shapes[s].bitfield];
        if (next < *target)
          *target = next;
      }
    }
  }
  free(end);
  return best;
}

/* ---- The properties ---- */

static bool is_run(const al_record *r, size_t unit) {
  return r->units[unit].flags & AL_UNIT_BITFIELD_RUN;
}

static void check_plan_valid(int index, const large_record *lr,
                             const al_plan *plan) {
  const al_record *r = &lr->record;
  bool seen[MAX_FIELDS + 2] = {false};
  for (size_t i = 0; i < r->unit_count; i++) {
    size_t unit = plan->order[i];
    CHECK(unit < r->unit_count && !seen[unit], "record %d: not a permutation",
          index);
    if (unit >= r->unit_count)
      return;
    seen[unit] = true;
    if (r->units[i].flags & (AL_UNIT_FENCE | AL_UNIT_PINNED_FIRST))
      CHECK(unit == i, "record %d: fixed unit %zu moved", index, i);
    if (i > 0)
      CHECK(!(is_run(r, unit) && is_run(r, plan->order[i - 1])),
            "record %d: runs adjacent at %zu", index, i);
  }
}

static int proven_count, in_budget_count;
static size_t largest_unproven_fields;

static void check_record(int index, const large_record *lr) {
  const al_record *r = &lr->record;
  al_plan plan;
  if (!al_optimize(r, &plan)) {
    CHECK(false, "record %d: al_optimize failed", index);
    return;
  }
  check_plan_valid(index, lr, &plan);
  CHECK_EQ_U64(al_simulate(r, plan.order, NULL), plan.size_bytes, "plan size");
  CHECK(plan.size_bytes <= r->size_bytes, "record %d: worse than written",
        index);
  bool in_budget = state_count(lr) <= AL_SEGMENT_SEARCH_STATES;
  in_budget_count += in_budget;
  if (in_budget) {
    uint64_t best = reference_minimum(lr);
    CHECK(plan.proven_minimal,
          "record %d (%zu units, %zu states): not "
          "proven",
          index, r->unit_count, state_count(lr));
    CHECK(plan.size_bytes == best,
          "record %d (%zu units): %" PRIu64 " but the reference finds %" PRIu64,
          index, r->unit_count, plan.size_bytes, best);
  }
  if (plan.proven_minimal)
    proven_count++;
  else if (r->unit_count > largest_unproven_fields)
    largest_unproven_fields = r->unit_count;
  al_plan_free(&plan);
}

int main(void) {
  static large_record record;
  clock_t started = clock();
  for (int i = 0; i < RECORDS; i++) {
    random_record(&record);
    check_record(i, &record);
  }
  printf("property_large: %d of %d records (20-200 fields) proven minimal, "
         "%d within the state budget; largest unproven: %zu units; %.2f s\n",
         proven_count, RECORDS, in_budget_count, largest_unproven_fields,
         (double)(clock() - started) / CLOCKS_PER_SEC);
  CHECK(in_budget_count > RECORDS / 3, "many records are within budget");
  return check_report("property_large");
}
