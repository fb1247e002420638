/* Rule field-order: when it reports, and what the finding holds. */
#include "alignlint_rules.h"
#include "check.h"
#include "record_builder.h"

/* { char a; long p; char b; } is 24 bytes; p, a, b is 16. */
static const al_record *build_wasteful(builder *b) {
  b_init(b, "struct w");
  b_field(b, "char", "a", 1, 1);
  b_field(b, "long", "p", 8, 8);
  b_field(b, "char", "b", 1, 1);
  return b_finish(b);
}

static void test_reports_saving(void) {
  builder b;
  al_field_order_options options = {.min_saved_bytes = 0,
                                    .cache_line_bytes = 16};
  al_field_order_finding finding;
  CHECK(al_rule_field_order(build_wasteful(&b), &options, &finding),
        "reported");
  CHECK_EQ_U64(finding.current_bytes, 24, "current bytes");
  CHECK_EQ_U64(finding.proposed_bytes, 16, "proposed bytes");
  CHECK_EQ_U64(finding.current_cache_lines, 2, "current lines of 16");
  CHECK_EQ_U64(finding.proposed_cache_lines, 1, "proposed lines of 16");
  CHECK_EQ_U64(finding.plan.order[0], 1, "long first");
  CHECK(finding.plan.proven_minimal, "proven");
  al_plan_free(&finding.plan);

  options = (al_field_order_options){0}; /* line 0 means 64 */
  CHECK(al_rule_field_order(build_wasteful(&b), &options, &finding),
        "reported");
  CHECK_EQ_U64(finding.current_cache_lines, 1, "current lines of 64");
  al_plan_free(&finding.plan);
}

static void test_threshold(void) {
  builder b;
  al_field_order_finding finding;
  al_field_order_options eight = {.min_saved_bytes = 8};
  CHECK(al_rule_field_order(build_wasteful(&b), &eight, &finding),
        "saving 8 >= 8");
  al_plan_free(&finding.plan);
  al_field_order_options nine = {.min_saved_bytes = 9};
  CHECK(!al_rule_field_order(build_wasteful(&b), &nine, &finding),
        "saving 8 < 9");
}

static void test_silent_cases(void) {
  builder b;
  al_field_order_options options = {.min_saved_bytes = 1,
                                    .cache_line_bytes = 64};
  al_field_order_finding finding;

  b_init(&b, "struct optimal");
  b_field(&b, "long", "p", 8, 8);
  b_field(&b, "char", "a", 1, 1);
  CHECK(!al_rule_field_order(b_finish(&b), &options, &finding),
        "already minimal");

  b_init(&b, "struct one");
  b_field(&b, "long", "p", 8, 8);
  CHECK(!al_rule_field_order(b_finish(&b), &options, &finding),
        "a single unit");

  const al_record *record = build_wasteful(&b);
  b.members[1].offset_bits = 8; /* packed: the model does not know it */
  b.record.size_bytes = 10;
  CHECK(!al_rule_field_order(record, &options, &finding), "model mismatch");
}

int main(void) {
  test_reports_saving();
  test_threshold();
  test_silent_cases();
  return check_report("field_order");
}
