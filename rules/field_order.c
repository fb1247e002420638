/* Rule field-order: report records that a reordering of units shrinks. */
#include "internal.h"

static uint64_t cache_lines(uint64_t size_bytes, uint64_t line_bytes) {
  return (size_bytes + line_bytes - 1) / line_bytes;
}

/* No order is smaller than the members laid end to end without holes. */
static uint64_t occupied_bits(const al_member *members, size_t count) {
  uint64_t bits = 0;
  for (size_t m = 0; m < count; m++)
    bits += members[m].size_bits;
  return bits;
}

/* When even the end-to-end bound would not save min_saved bytes there is
 * nothing to report, which is most records: checked first, it spares them
 * the model check and the optimizer. */
static bool cannot_save(const al_record *record, uint64_t min_saved) {
  uint64_t bound_bytes = al_record_bytes(
      record, record->start_bits +
                  occupied_bits(record->members, record->member_count));
  return bound_bytes >= record->size_bytes ||
         record->size_bytes - bound_bytes < min_saved;
}

bool al_written_order_is_minimal(const al_member *members, size_t count) {
  uint64_t end_bits = 0;
  uint32_t align_bytes = 1;
  for (size_t m = 0; m < count; m++) {
    end_bits = al_member_offset(&members[m], end_bits) + members[m].size_bits;
    if (members[m].align_bytes > align_bytes)
      align_bytes = members[m].align_bytes;
  }
  uint64_t bound_bits = occupied_bits(members, count);
  return al_roundup((end_bits + 7) / 8, align_bytes) ==
         al_roundup((bound_bits + 7) / 8, align_bytes);
}

bool al_rule_field_order(const al_record *record,
                         const al_field_order_options *options,
                         al_field_order_finding *finding) {
  uint64_t min_saved = options->min_saved_bytes ? options->min_saved_bytes : 1;
  if (record->unit_count < 2 || cannot_save(record, min_saved) ||
      !al_model_matches_clang(record))
    return false;
  al_plan plan;
  if (!al_optimize(record, &plan))
    return false;
  if (plan.size_bytes + min_saved > record->size_bytes) {
    al_plan_free(&plan);
    return false;
  }
  uint64_t line = options->cache_line_bytes ? options->cache_line_bytes : 64;
  finding->current_bytes = record->size_bytes;
  finding->proposed_bytes = plan.size_bytes;
  finding->current_cache_lines = cache_lines(record->size_bytes, line);
  finding->proposed_cache_lines = cache_lines(plan.size_bytes, line);
  finding->plan = plan;
  return true;
}
