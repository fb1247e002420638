/* Unit tests of the cache-line rules: straddle, false-sharing, contended
 * (with the alignment fix) and hot-fields (with idempotence of its plan). */
#include "check.h"
#include "record_builder.h"

#include <stdlib.h>

/* b's units in `order`, as a new written order laid out afresh. */
static const al_record *reordered(const builder *b, const size_t *order,
                                  builder *out) {
  b_init(out, b->record.name);
  for (size_t i = 0; i < b->record.unit_count; i++) {
    const al_unit *unit = &b->units[order[i]];
    for (size_t m = 0; m < unit->member_count; m++) {
      const al_member *src = &b->members[unit->first_member + m];
      al_member *dst = b_add_member(out, m == 0, src->type_name, src->name,
                                    src->size_bits, src->align_bytes);
      *dst = *src;
    }
    out->units[out->record.unit_count - 1].flags = unit->flags;
  }
  return b_finish(out);
}

static void test_straddle(void) {
  builder b;
  /* A packed record (alignment 1): an atomic long at offset 1. */
  b_init(&b, "struct packed");
  b_field(&b, "char", "c", 1, 1);
  al_member *a = b_field(&b, "_Atomic long", "a", 8, 8);
  b_finish(&b);
  a->offset_bits = 8;
  b.record.size_bytes = 9;
  b.record.align_bytes = 1;
  a->flags |= AL_MEMBER_ATOMIC;
  al_straddle_finding found[4];
  size_t n = al_rule_straddle(&b.record, 64, found, 4);
  CHECK_EQ_U64(n, 1, "misaligned atomic in a packed record");
  CHECK(!found[0].definite, "offset 1 crosses no boundary in the record");
  CHECK_EQ_U64(found[0].word_bytes, 8, "word");

  /* At offset 60 it crosses the boundary at 64 in the record itself. */
  a->offset_bits = 60 * 8;
  n = al_rule_straddle(&b.record, 64, found, 4);
  CHECK_EQ_U64(n, 1, "crossing atomic");
  CHECK(found[0].definite, "definite");
  CHECK_EQ_U64(found[0].boundary_bytes, 64, "boundary");
  CHECK_EQ_U64(al_rule_straddle(&b.record, 128, found, 4), 1,
               "record aligned 1: can still cross a 128-byte line");

  /* Naturally aligned: never. */
  a->offset_bits = 64;
  b.record.align_bytes = 8;
  CHECK_EQ_U64(al_rule_straddle(&b.record, 64, found, 4), 0, "aligned atomic");
  a->flags |= AL_MEMBER_IGNORE_STRADDLE;
  a->offset_bits = 8;
  b.record.align_bytes = 1;
  CHECK_EQ_U64(al_rule_straddle(&b.record, 64, found, 4), 0, "ignored");

  /* A 40-byte lock (word: 8 bytes) at offset 32 of an aligned record: its
   * bytes cross 64 but its lock word does not. */
  b_init(&b, "struct locked");
  b_field(&b, "char", "pad", 32, 8);
  al_member *lock = b_field(&b, "pthread_mutex_t", "lock", 40, 8);
  lock->flags |= AL_MEMBER_LOCK;
  b_finish(&b);
  CHECK_EQ_U64(al_rule_straddle(&b.record, 64, found, 4), 0, "lock word fine");
  lock->offset_bits = 60 * 8; /* as if packed */
  b.record.align_bytes = 1;
  CHECK_EQ_U64(al_rule_straddle(&b.record, 64, found, 4), 1, "lock word split");
}

static void test_false_sharing(void) {
  builder b;
  b_init(&b, "struct counters");
  al_member *x = b_field(&b, "_Atomic long", "x", 8, 8);
  al_member *y = b_field(&b, "_Atomic long", "y", 8, 8);
  b_field(&b, "char", "pad", 64, 1);
  al_member *z = b_field(&b, "_Atomic long", "z", 8, 8);
  al_member *h = b_field(&b, "long", "h", 8, 8);
  x->flags |= AL_MEMBER_ATOMIC;
  y->flags |= AL_MEMBER_ATOMIC;
  z->flags |= AL_MEMBER_ATOMIC;
  b_finish(&b);
  al_false_sharing_pair pairs[8];
  size_t n = al_rule_false_sharing(&b.record, 64, pairs, 8);
  CHECK_EQ_U64(n, 1, "x and y share line 0; z is alone on line 1");
  CHECK_EQ_U64(pairs[0].member, 0, "x");
  CHECK_EQ_U64(pairs[0].other, 1, "y");
  CHECK_EQ_U64(pairs[0].line, 0, "line");

  h->hot_group = 0;
  n = al_rule_false_sharing(&b.record, 64, pairs, 8);
  CHECK_EQ_U64(n, 2, "z shares line 1 with hot h");
  CHECK_EQ_U64(pairs[1].member, 3, "z");
  CHECK_EQ_U64(pairs[1].other, 4, "h");
  CHECK_EQ_U64(pairs[1].line, 1, "line 1");

  y->contended_group = 0; /* annotated: the contended rule's business */
  n = al_rule_false_sharing(&b.record, 64, pairs, 8);
  CHECK_EQ_U64(n, 1, "only z/h left");
  CHECK_EQ_U64(al_rule_false_sharing(&b.record, 128, pairs, 8), 2,
               "128-byte lines: x/z and z/h");
}

static void test_contended(void) {
  builder b;
  b_init(&b, "struct q");
  b_field(&b, "long", "head", 8, 8)->contended_group = 0;
  b_field(&b, "long", "tail", 8, 8)->contended_group = 1;
  b_field(&b, "int", "size", 4, 4);
  b_finish(&b);
  al_contended_finding found[4];
  size_t n = al_rule_contended(&b.record, 64, NULL, 0, found, 4);
  CHECK_EQ_U64(n, 2, "both groups violated");
  CHECK(found[0].misaligned, "record aligned 8 < 64");
  CHECK_EQ_U64(found[0].intruder, 1, "tail shares head's line");

  unsigned char align[8];
  al_contended_fix fix;
  CHECK(al_contended_fix_units(&b.record, 64, align, &fix), "fixable");
  CHECK(align[0] && align[1] && align[2], "head, tail and size aligned");
  CHECK_EQ_U64(fix.new_size_bytes, 192, "three lines");
  CHECK_EQ_U64(fix.new_align_bytes, 64, "aligned");
  CHECK(al_contended_fix_units(&b.record, 128, align, &fix), "128");
  CHECK_EQ_U64(fix.new_size_bytes, 384, "three 128-byte lines");

  /* A group ending the record needs no trailing alignment. */
  b_init(&b, "struct tailgroup");
  b_field(&b, "int", "a", 4, 4);
  b_field(&b, "long", "c1", 8, 8)->contended_group = 0;
  b_field(&b, "long", "c2", 8, 8)->contended_group = 0;
  b_finish(&b);
  CHECK(al_contended_fix_units(&b.record, 64, align, &fix), "fixable");
  CHECK(!align[0] && align[1] && !align[2], "only c1 aligned");
  CHECK_EQ_U64(fix.new_size_bytes, 128, "two lines");

  /* Already meeting the rule: a 64-aligned member and what follows it. */
  b_init(&b, "struct ok");
  b_field(&b, "long", "c", 8, 64)->contended_group = 0;
  b_field(&b, "long", "d", 8, 64);
  b_finish(&b);
  CHECK_EQ_U64(al_rule_contended(&b.record, 64, NULL, 0, found, 4), 0, "ok");

  /* Scattered group and bitfields: refused. */
  b_init(&b, "struct scattered");
  b_field(&b, "long", "c1", 8, 8)->contended_group = 0;
  b_field(&b, "int", "x", 4, 4);
  b_field(&b, "long", "c2", 8, 8)->contended_group = 0;
  b_finish(&b);
  CHECK(!al_contended_fix_units(&b.record, 64, align, &fix), "scattered");
  CHECK_EQ_U64(fix.problem, AL_CONTENDED_FIX_SCATTERED, "problem");
  b_init(&b, "struct bits");
  b_field(&b, "long", "c", 8, 8)->contended_group = 0;
  b_bits(&b, "unsigned", "f", 3, 4, 4);
  b_finish(&b);
  CHECK(!al_contended_fix_units(&b.record, 64, align, &fix), "bitfield");
  CHECK_EQ_U64(fix.problem, AL_CONTENDED_FIX_BITFIELD, "problem");
}

static void test_hot_fields(void) {
  builder b;
  b_init(&b, "struct conn");
  b_field(&b, "char", "cold", 60, 1);
  b_field(&b, "long", "rx", 8, 8)->hot_group = 0;
  b_field(&b, "char", "cold2", 100, 1);
  b_field(&b, "int", "tx", 4, 4)->hot_group = 0;
  b_finish(&b);
  al_hot_fields_finding found;
  CHECK(al_rule_hot_fields(&b.record, 64, &found), "hot fields spread");
  CHECK_EQ_U64(found.group_count, 1, "one group");
  CHECK_EQ_U64(found.groups[0].current_lines, 2,
               "rx line 0..1? no: 64..71 and 168..171");
  CHECK_EQ_U64(found.groups[0].plan_lines, 1, "fits one line");
  CHECK_EQ_U64(found.groups[0].total_bytes, 12, "12 hot bytes");
  CHECK(found.out_of_place[1] && found.out_of_place[3], "rx and tx");
  CHECK(found.fixable, "fixable");
  CHECK_EQ_U64(found.plan.order[0], 1, "rx first");
  CHECK_EQ_U64(found.plan.order[1], 3, "tx second");
  builder fixed;
  const al_record *after = reordered(&b, found.plan.order, &fixed);
  al_hot_fields_finding again;
  CHECK(!al_rule_hot_fields(after, 64, &again), "the plan meets the rule");
  al_field_order_options options = {1, 64};
  al_field_order_finding order;
  CHECK(!al_rule_field_order(after, &options, &order),
        "field-order does not undo the hot fix");
  al_hot_fields_finding_free(&found);

  /* Already at the front: no finding, even when hot set > one line. */
  b_init(&b, "struct big");
  b_field(&b, "long", "a", 48, 8)->hot_group = 0;
  b_field(&b, "long", "b", 48, 8)->hot_group = 0;
  b_field(&b, "char", "c", 1, 1);
  b_finish(&b);
  CHECK(!al_rule_hot_fields(&b.record, 64, &found), "large but in place");

  /* Two groups in the wrong order of blocks; a cold field between. */
  b_init(&b, "struct two");
  b_field(&b, "int", "g1", 4, 4)->hot_group = 1;
  b_field(&b, "int", "cold", 4, 4);
  b_field(&b, "int", "g0", 4, 4)->hot_group = 0;
  b_finish(&b);
  CHECK(al_rule_hot_fields(&b.record, 64, &found), "group 0 behind");
  CHECK(found.out_of_place[2], "g0 out of place");
  CHECK_EQ_U64(found.plan.order[0], 2, "g0 first");
  CHECK_EQ_U64(found.plan.order[1], 0, "then g1");
  al_hot_fields_finding_free(&found);

  /* Behind a fence: reported, not fixable. */
  b_init(&b, "struct fenced");
  b_field(&b, "int", "a", 4, 4);
  b_field(&b, "char", "mark", 0, 1);
  b_unit_flags(&b, AL_UNIT_FENCE);
  b_field(&b, "int", "h", 4, 4)->hot_group = 0;
  b_finish(&b);
  CHECK(al_rule_hot_fields(&b.record, 64, &found), "hot behind a fence");
  CHECK(!found.fixable, "not fixable");
  CHECK_EQ_U64(found.constrained_unit, AL_NO_MEMBER, "no constraint");
  al_hot_fields_finding_free(&found);
}

/* A hot field whose initializer reads a cold one stays behind it: reported,
 * not fixable, and the plan keeps the constraint; without the constraint it
 * is fixable. */
static void test_hot_fields_constrained(void) {
  builder b;
  b_init(&b, "struct conn");
  b_field(&b, "char", "cold", 60, 1);
  b_field(&b, "long", "rx", 8, 8)->hot_group = 0;
  b_field(&b, "char", "cold2", 100, 1);
  b_field(&b, "int", "tx", 4, 4)->hot_group = 0;
  b_finish(&b);
  const al_order_constraint tx_after_cold2[] = {{2, 3}};
  b.record.constraints = tx_after_cold2;
  b.record.constraint_count = 1;
  al_hot_fields_finding found;
  CHECK(al_rule_hot_fields(&b.record, 64, &found), "hot fields spread");
  CHECK(!found.fixable, "held back by a constraint: not fixable");
  CHECK_EQ_U64(found.constrained_unit, 3, "tx held back");
  size_t cold2_at = 0, tx_at = 0;
  for (size_t i = 0; i < b.record.unit_count; i++) {
    cold2_at = found.plan.order[i] == 2 ? i : cold2_at;
    tx_at = found.plan.order[i] == 3 ? i : tx_at;
  }
  CHECK(cold2_at < tx_at, "the plan keeps cold2 before tx");
  CHECK_EQ_U64(found.plan.order[0], 1, "rx still leads");
  al_hot_fields_finding_free(&found);

  b.record.constraint_count = 0;
  CHECK(al_rule_hot_fields(&b.record, 64, &found), "unconstrained");
  CHECK(found.fixable, "fixable without the constraint");
  al_hot_fields_finding_free(&found);

  const al_order_constraint reversed[] = {{3, 2}};
  b.record.constraints = reversed;
  b.record.constraint_count = 1;
  CHECK(al_rule_hot_fields(&b.record, 64, &found), "broken constraint");
  CHECK(!found.fixable, "broken constraints: not fixable");
  al_hot_fields_finding_free(&found);
}

int main(void) {
  test_straddle();
  test_false_sharing();
  test_contended();
  test_hot_fields();
  test_hot_fields_constrained();
  return check_report("unit_cacheline");
}
