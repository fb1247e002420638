/* Optimizer table tests: expected order and size for known records
 * (x86_64 sizes and alignments). */
#include "alignlint_rules.h"
#include "check.h"
#include "record_builder.h"

static void check_plan(const char *what, const al_record *record,
                       const size_t *want_order, uint64_t want_size,
                       bool want_proven) {
  al_plan plan;
  if (!al_optimize(record, &plan)) {
    CHECK(false, "%s: al_optimize failed", what);
    return;
  }
  CHECK_EQ_U64(plan.size_bytes, want_size, what);
  CHECK_EQ_U64(al_simulate(record, plan.order, NULL), plan.size_bytes, what);
  CHECK(plan.proven_minimal == want_proven, "%s: proven_minimal %d", what,
        plan.proven_minimal);
  for (size_t i = 0; i < record->unit_count; i++)
    CHECK(plan.order[i] == want_order[i],
          "%s: position %zu holds unit %zu, want %zu", what, i, plan.order[i],
          want_order[i]);
  for (size_t i = 1; i < record->unit_count; i++)
    CHECK(!((record->units[plan.order[i - 1]].flags & AL_UNIT_BITFIELD_RUN) &&
            (record->units[plan.order[i]].flags & AL_UNIT_BITFIELD_RUN)),
          "%s: bitfield runs adjacent at %zu", what, i);
  al_plan_free(&plan);
}

static void test_largest_alignment_first_stable(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "long", "p", 8, 8);
  b_field(&b, "char", "b", 1, 1);
  b_field(&b, "long", "q", 8, 8);
  b_field(&b, "char", "c", 1, 1);
  const size_t want[] = {1, 3, 0, 2, 4};
  check_plan("stable sort", b_finish(&b), want, 24, true);
}

static void test_optimal_written_order_kept(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "char", "b", 1, 1);
  b_field(&b, "short", "s", 2, 2);
  b_field(&b, "int", "i", 4, 4);
  const size_t want[] = {0, 1, 2, 3};
  check_plan("written order already minimal", b_finish(&b), want, 8, true);
}

static void test_multi_member_unit(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "c", 1, 1);
  b_field(&b, "int", "x", 4, 4);
  b_also(&b, "int", "y", 4, 4); /* int x, y; */
  b_field(&b, "char", "d", 1, 1);
  const size_t want[] = {1, 0, 2};
  check_plan("int x, y; moves as one", b_finish(&b), want, 12, true);
}

/* Start after a 1-byte base: the sort leaves holes; the exact search finds
 * the smallest order closest to it. */
static void test_exact_search_misaligned_start(void) {
  builder b;
  b_init(&b, "struct s");
  b.record.start_bits = 8;
  b_field(&b, "long", "a", 8, 8);
  b_field(&b, "int", "b", 4, 4);
  b_field(&b, "short", "s", 2, 2);
  b_field(&b, "char", "c", 1, 1);
  const size_t want[] = {3, 2, 1, 0};
  check_plan("exact search", b_finish(&b), want, 16, true);
}

static void test_pinned_first(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "tag", 1, 1);
  b_unit_flags(&b, AL_UNIT_PINNED_FIRST);
  b_field(&b, "long", "x", 8, 8);
  b_field(&b, "char", "y", 1, 1);
  b_field(&b, "int", "z", 4, 4);
  const size_t want[] = {0, 2, 3, 1};
  check_plan("pinned first", b_finish(&b), want, 16, true);
}

static void test_pinned_last(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "int", "n", 4, 4);
  b_field(&b, "char", "b", 1, 1);
  b_field(&b, "double", "d", 8, 8);
  b_field(&b, "int[]", "tail", 0, 4);
  b_unit_flags(&b, AL_UNIT_PINNED_LAST);
  const size_t want[] = {3, 1, 0, 2, 4};
  check_plan("pinned last", b_finish(&b), want, 16, true);
}

static void test_fences_split_segments(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "int", "b", 4, 4);
  b_field(&b, "char", "c", 1, 1);
  b_field(&b, "char[0]", "mark", 0, 1);
  b_unit_flags(&b, AL_UNIT_FENCE);
  b_field(&b, "char", "d", 1, 1);
  b_field(&b, "int", "e", 4, 4);
  b_field(&b, "char", "f", 1, 1);
  /* First segment: b, a, c ends at 6 (not 9); the second then starts at
   * 6, where d, f, e packs without a hole. Written: 20 bytes. */
  const size_t want[] = {1, 0, 2, 3, 4, 6, 5};
  check_plan("fence", b_finish(&b), want, 12, true);
}

/* Minimising roundup(end, fence alignment): a, s, c ends at 5, which the
 * long-aligned fence rounds to 8 like any better order would: unchanged. */
static void test_fence_alignment_objective(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "short", "s", 2, 2);
  b_field(&b, "char", "c", 1, 1);
  b_field(&b, "long[0]", "mark", 0, 8);
  b_unit_flags(&b, AL_UNIT_FENCE);
  b_field(&b, "long", "x", 8, 8);
  const size_t want[] = {0, 1, 2, 3, 4};
  check_plan("fence alignment objective", b_finish(&b), want, 16, true);
}

static void test_hot_prefix(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "long", "a", 8, 8);
  b_field(&b, "char", "h1", 1, 1)->hot_group = 1;
  b_field(&b, "int", "b", 4, 4);
  b_field(&b, "char", "h0", 1, 1)->hot_group = 0;
  b_field(&b, "short", "s", 2, 2);
  const size_t want[] = {3, 1, 4, 2, 0};
  check_plan("hot prefix", b_finish(&b), want, 16, true);
}

static void test_hot_after_pinned_first(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "long", "base", 8, 8);
  b_unit_flags(&b, AL_UNIT_PINNED_FIRST);
  b_field(&b, "long", "x", 8, 8);
  b_field(&b, "int", "h", 4, 4)->hot_group = 0;
  const size_t want[] = {0, 2, 1};
  check_plan("hot after pinned first", b_finish(&b), want, 24, true);
}

static void set_constraints(builder *b, const al_order_constraint *constraints,
                            size_t count) {
  b->record.constraints = constraints;
  b->record.constraint_count = count;
}

/* `c` must stay after `a` (its initializer reads a): the sort places a
 * before c, no bigger for it. */
static void test_constraint_kept(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "long", "l", 8, 8);
  b_field(&b, "char", "c", 1, 1);
  b_field(&b, "int", "i", 4, 4);
  const al_order_constraint keep[] = {{0, 2}};
  b_finish(&b);
  set_constraints(&b, keep, 1);
  const size_t want[] = {1, 3, 0, 2};
  check_plan("constraint kept by the sort", &b.record, want, 16, true);
}

/* a before l, c before i: the sort (a, l, c, i) leaves holes; the search
 * finds a, c, i, l. */
static void test_constraints_searched(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "long", "l", 8, 8);
  b_field(&b, "char", "c", 1, 1);
  b_field(&b, "int", "i", 4, 4);
  b_finish(&b);
  const al_order_constraint keep[] = {{0, 1}, {2, 3}};
  set_constraints(&b, keep, 2);
  const size_t want[] = {0, 2, 3, 1};
  check_plan("constraints searched", &b.record, want, 16, true);
}

/* A pinned-last unit as a constraint from every other unit, and one naming
 * a fixed unit: nothing breaks, the rest is still sorted. */
static void test_constraints_on_every_unit(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "long", "base", 8, 8);
  b_unit_flags(&b, AL_UNIT_PINNED_FIRST);
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "long", "l", 8, 8);
  b_field(&b, "short", "last", 2, 2);
  b_finish(&b);
  const al_order_constraint last[] = {{0, 3}, {1, 3}, {2, 3}};
  set_constraints(&b, last, 3);
  const size_t want[] = {0, 2, 1, 3};
  check_plan("pinned last by constraints", &b.record, want, 24, true);
}

/* Broken constraints (reversed, out of range) keep the written order. */
static void test_broken_constraints(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "long", "l", 8, 8);
  b_field(&b, "char", "c", 1, 1);
  b_finish(&b);
  const size_t written[] = {0, 1, 2};
  const al_order_constraint reversed[] = {{2, 0}};
  set_constraints(&b, reversed, 1);
  check_plan("reversed constraint", &b.record, written, 24, false);
  const al_order_constraint cycle[] = {{0, 1}, {1, 0}};
  set_constraints(&b, cycle, 2);
  check_plan("cyclic constraints", &b.record, written, 24, false);
  const al_order_constraint out_of_range[] = {{0, 7}};
  set_constraints(&b, out_of_range, 1);
  check_plan("constraint out of range", &b.record, written, 24, false);
  set_constraints(&b, NULL, 2);
  check_plan("constraints missing", &b.record, written, 24, false);
}

/* A hot unit constrained after a cold one stays with the cold block; the
 * other hot unit still leads. */
static void test_hot_held_back_by_constraint(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "long", "a", 8, 8);
  b_field(&b, "char", "h1", 1, 1)->hot_group = 0;
  b_field(&b, "int", "b", 4, 4);
  b_field(&b, "char", "h0", 1, 1)->hot_group = 0;
  b_finish(&b);
  const al_order_constraint keep[] = {{2, 3}};
  set_constraints(&b, keep, 1);
  const size_t want[] = {1, 0, 2, 3};
  check_plan("hot held back", &b.record, want, 24, true);
}

/* 14 units with constraints c0 < l1, c2 < l3: the sort (longs first as
 * they come free) leaves holes; the search puts every char before l1 and
 * l3, which fills the record. */
static void test_large_segment_constrained(void) {
  builder b;
  b_init(&b, "struct s");
  for (int i = 0; i < 7; i++) {
    b_field(&b, "char", "c", 1, 1);
    b_field(&b, "long", "l", 8, 8);
  }
  b_finish(&b);
  const al_order_constraint chain[] = {{0, 1}, {2, 3}};
  set_constraints(&b, chain, 2);
  const size_t want[] = {5, 7, 9, 11, 13, 0, 2, 4, 6, 8, 10, 12, 1, 3};
  check_plan("large constrained", &b.record, want, 64, true);
}

static void test_bitfield_runs_kept_apart(void) {
  builder b;
  b_init(&b, "struct s");
  b_bits(&b, "unsigned int", "a", 3, 4, 4);
  b_field(&b, "char", "c", 1, 1);
  b_field(&b, "long", "p", 8, 8);
  b_bits(&b, "unsigned int", "b", 5, 4, 4);
  b_field(&b, "int", "x", 4, 4);
  const size_t want[] = {2, 0, 1, 3, 4};
  check_plan("bitfield runs apart", b_finish(&b), want, 16, true);
}

static void test_contended_stays_put(void) {
  builder b;
  b_init(&b, "struct s");
  b_field(&b, "char", "a", 1, 1);
  b_field(&b, "long", "x", 8, 8)->contended_group = 0;
  b_field(&b, "char", "b", 1, 1);
  b_field(&b, "long", "d", 8, 8);
  b_field(&b, "char", "e", 1, 1);
  const size_t want[] = {0, 1, 3, 2, 4};
  check_plan("contended stays put", b_finish(&b), want, 32, true);
}

/* 14 units without holes after sorting: the sort is provably minimal. */
static void test_large_segment_sorted(void) {
  builder b;
  b_init(&b, "struct s");
  for (int i = 0; i < 7; i++) {
    b_field(&b, "char", "c", 1, 1);
    b_field(&b, "long", "l", 8, 8);
  }
  const size_t want[] = {1, 3, 5, 7, 9, 11, 13, 0, 2, 4, 6, 8, 10, 12};
  check_plan("large sorted", b_finish(&b), want, 64, true);
}

/* 14 units whose sort leaves a hole, beyond the old 12-entry search: two
 * classes (longs, 3-bit runs), 64 states. Starting with a run fills byte 1;
 * two longs in a row are preferred where the runs allow. */
static void test_large_segment_searched(void) {
  builder b;
  b_init(&b, "struct s");
  b.record.start_bits = 8;
  for (int i = 0; i < 7; i++) {
    b_field(&b, "long", "l", 8, 8);
    b_bits(&b, "unsigned int", "f", 3, 4, 4);
  }
  const size_t want[] = {1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
  check_plan("large searched", b_finish(&b), want, 112, true);
}

/* 20 units of 20 shapes (2^20 states, over the budget) whose sort leaves a
 * hole: not proven, never worse than the written order. */
static void test_over_budget_heuristic(void) {
  builder b;
  b_init(&b, "struct s");
  b.record.start_bits = 8;
  for (uint32_t i = 1; i <= 10; i++) {
    b_field(&b, "int[]", "i", 4 * i, 4);
    b_field(&b, "char[]", "c", i, 1);
  }
  const al_record *record = b_finish(&b);
  al_plan plan;
  CHECK(al_optimize(record, &plan), "al_optimize");
  CHECK(!plan.proven_minimal, "over the budget: not proven");
  CHECK(plan.size_bytes <= record->size_bytes, "never worse than written");
  al_plan_free(&plan);
}

/* git's struct ref_update (refs/refs-internal.h, 2026; x86_64): a 36-byte
 * object_id pinned first (the base-struct idiom), 14 fields, a flexible
 * array last. The sort (pointers first) leaves a hole after new_oid and
 * ends at 188, so 192; the search reaches the end-to-end 184 with old_oid
 * (the best-keyed of the 4-aligned units) right after new_oid. */
static void test_git_ref_update(void) {
  builder b;
  b_init(&b, "struct ref_update");
  b_field(&b, "struct object_id", "new_oid", 36, 4);
  b_unit_flags(&b, AL_UNIT_PINNED_FIRST);
  b_field(&b, "struct object_id", "old_oid", 36, 4);
  b_field(&b, "struct object_id", "peeled", 36, 4);
  b_field(&b, "const char *", "new_target", 8, 8);
  b_field(&b, "const char *", "old_target", 8, 8);
  b_field(&b, "unsigned int", "flags", 4, 4);
  b_field(&b, "void *", "backend_data", 8, 8);
  b_field(&b, "unsigned int", "type", 4, 4);
  b_field(&b, "char *", "msg", 8, 8);
  b_field(&b, "char *", "committer_info", 8, 8);
  b_field(&b, "uint64_t", "index", 8, 8);
  b_field(&b, "enum ref_transaction_error", "rejection_err", 4, 4);
  b_field(&b, "const char *", "rejection_details", 8, 8);
  b_field(&b, "struct ref_update *", "parent_update", 8, 8);
  b_field(&b, "const char[]", "refname", 0, 1);
  b_unit_flags(&b, AL_UNIT_PINNED_LAST);
  const al_record *record = b_finish(&b);
  CHECK_EQ_U64(record->size_bytes, 200, "ref_update as written");
  /* old_oid 36..72, the 8 pointers 72..136, peeled 136..172, the three
   * ints 172..184. */
  const size_t want[] = {0, 1, 3, 4, 6, 8, 9, 10, 12, 13, 2, 5, 7, 11, 14};
  check_plan("git ref_update", record, want, 184, true);
}

int main(void) {
  test_largest_alignment_first_stable();
  test_optimal_written_order_kept();
  test_multi_member_unit();
  test_exact_search_misaligned_start();
  test_pinned_first();
  test_pinned_last();
  test_fences_split_segments();
  test_fence_alignment_objective();
  test_hot_prefix();
  test_hot_after_pinned_first();
  test_bitfield_runs_kept_apart();
  test_contended_stays_put();
  test_large_segment_sorted();
  test_large_segment_searched();
  test_over_budget_heuristic();
  test_git_ref_update();
  test_constraint_kept();
  test_constraints_searched();
  test_constraints_on_every_unit();
  test_broken_constraints();
  test_hot_held_back_by_constraint();
  test_large_segment_constrained();
  return check_report("optimize");
}
