/* Unit policy: the flags al_unit_policy_flags derives from member facts,
 * one case per rule of the policy. */
#include "alignlint_rules.h"
#include "check.h"
#include "record_builder.h"

/* The flags of the builder's last unit. */
static unsigned last_unit_flags(const builder *b) {
  return al_unit_policy_flags(&b->record, b->record.unit_count - 1);
}

static void test_plain_member_moves(void) {
  builder b;
  b_init(&b, "struct plain");
  b_field(&b, "int", "a", 4, 4);
  CHECK(last_unit_flags(&b) == 0, "a plain int: flags %#x",
        last_unit_flags(&b));
}

static void test_bitfields(void) {
  builder b;
  b_init(&b, "struct bits");
  b_bits(&b, "unsigned", "a", 3, 4, 4);
  b_bits(&b, "unsigned", "b", 5, 4, 4);
  CHECK(last_unit_flags(&b) == AL_UNIT_BITFIELD_RUN, "a run: flags %#x",
        last_unit_flags(&b));
  b_field(&b, "unsigned", "", 0, 4)->flags |= AL_MEMBER_BITFIELD; /* `:0` */
  CHECK(last_unit_flags(&b) == AL_UNIT_FENCE, "a zero-width bitfield: %#x",
        last_unit_flags(&b));
}

static void test_zero_size_member_is_a_fence(void) {
  builder b;
  b_init(&b, "struct marked");
  b_field(&b, "char", "mark[0]", 0, 1);
  CHECK(last_unit_flags(&b) == AL_UNIT_FENCE, "char mark[0]: flags %#x",
        last_unit_flags(&b));
  /* `char c, mark[0];`: one zero-size member fences its whole unit */
  b_field(&b, "char", "c", 1, 1);
  b_also(&b, "char", "mark[0]", 0, 1);
  CHECK(last_unit_flags(&b) == AL_UNIT_FENCE, "char c, mark[0]: flags %#x",
        last_unit_flags(&b));
}

static void test_flexible_array_stays_last(void) {
  builder b;
  b_init(&b, "struct flex");
  b_field(&b, "int", "n", 4, 4);
  b_field(&b, "int", "data[]", 0, 4)->flags |= AL_MEMBER_FLEXIBLE;
  /* pinned last only: its zero size does not make it a fence */
  CHECK(last_unit_flags(&b) == AL_UNIT_PINNED_LAST, "int data[]: flags %#x",
        last_unit_flags(&b));
  /* a record ending in a flexible array has a size */
  b_init(&b, "struct outer");
  b_field(&b, "struct flex", "tail", 4, 4)->flags |=
      AL_MEMBER_FLEXIBLE | AL_MEMBER_RECORD;
  CHECK(al_unit_policy_flags(&b.record, 0) == AL_UNIT_PINNED_LAST,
        "struct flex tail: flags %#x", al_unit_policy_flags(&b.record, 0));
}

static void test_over_aligned_member_is_a_fence(void) {
  builder b;
  b_init(&b, "struct aligned");
  b_field(&b, "int", "a", 4, 4);
  b_field(&b, "int", "b", 4, 64)->flags |= AL_MEMBER_OVER_ALIGNED;
  CHECK(last_unit_flags(&b) == AL_UNIT_FENCE, "_Alignas(64) int b: flags %#x",
        last_unit_flags(&b));
  /* aligned as its type is, a member still moves */
  b_field(&b, "double", "d", 8, 8);
  CHECK(last_unit_flags(&b) == 0, "double d: flags %#x", last_unit_flags(&b));
}

static void test_ignored_member_is_a_fence(void) {
  builder b;
  b_init(&b, "struct ignored");
  b_field(&b, "int", "a", 4, 4)->flags |= AL_MEMBER_IGNORE_FIELD_ORDER;
  CHECK(last_unit_flags(&b) == AL_UNIT_FENCE, "ignore:field-order: %#x",
        last_unit_flags(&b));
  /* ignoring another rule does not stop field-order */
  b_field(&b, "int", "b", 4, 4)->flags |= AL_MEMBER_IGNORE_HOT_FIELDS;
  CHECK(last_unit_flags(&b) == 0, "ignore:hot-fields: %#x",
        last_unit_flags(&b));
}

/* { struct base head; int x; } with the record's flags given. */
static void build_derived(builder *b, unsigned record_flags) {
  b_init(b, "struct derived");
  b->record.flags = record_flags;
  b_field(b, "struct base", "head", 16, 8)->flags |= AL_MEMBER_RECORD;
  b_field(b, "int", "x", 4, 4);
}

static void test_first_record_field_pin(void) {
  builder b;
  build_derived(&b, AL_RECORD_KEEP_FIRST_RECORD_FIELD);
  CHECK(al_unit_policy_flags(&b.record, 0) == AL_UNIT_PINNED_FIRST,
        "leading struct base: flags %#x", al_unit_policy_flags(&b.record, 0));
  CHECK(al_unit_policy_flags(&b.record, 1) == 0, "int x: flags %#x",
        al_unit_policy_flags(&b.record, 1));

  build_derived(&b, 0); /* the record does not keep it */
  CHECK(al_unit_policy_flags(&b.record, 0) == 0, "not kept: flags %#x",
        al_unit_policy_flags(&b.record, 0));

  /* a record member that is not first moves */
  b_init(&b, "struct later");
  b.record.flags = AL_RECORD_KEEP_FIRST_RECORD_FIELD;
  b_field(&b, "int", "x", 4, 4);
  b_field(&b, "struct base", "head", 16, 8)->flags |= AL_MEMBER_RECORD;
  CHECK(al_unit_policy_flags(&b.record, 0) == 0 &&
            al_unit_policy_flags(&b.record, 1) == 0,
        "struct base second: flags %#x", al_unit_policy_flags(&b.record, 1));

  /* `struct base a, b;` first: not the single base of the idiom */
  b_init(&b, "struct pair");
  b.record.flags = AL_RECORD_KEEP_FIRST_RECORD_FIELD;
  b_field(&b, "struct base", "a", 16, 8)->flags |= AL_MEMBER_RECORD;
  b_also(&b, "struct base", "b", 16, 8)->flags |= AL_MEMBER_RECORD;
  CHECK(al_unit_policy_flags(&b.record, 0) == 0, "struct base a, b: %#x",
        al_unit_policy_flags(&b.record, 0));

  /* a leading non-record member is not pinned */
  b_init(&b, "struct scalar");
  b.record.flags = AL_RECORD_KEEP_FIRST_RECORD_FIELD;
  b_field(&b, "long", "head", 8, 8);
  CHECK(al_unit_policy_flags(&b.record, 0) == 0, "long head: flags %#x",
        al_unit_policy_flags(&b.record, 0));
}

int main(void) {
  test_plain_member_moves();
  test_bitfields();
  test_zero_size_member_is_a_fence();
  test_flexible_array_stays_last();
  test_over_aligned_member_is_a_fence();
  test_ignored_member_is_a_fence();
  test_first_record_field_pin();
  return check_report("unit_policy");
}
