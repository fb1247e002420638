/* Rule field-order: report records that a reordering of units shrinks. */
#include "internal.h"

static uint64_t cache_lines(uint64_t size_bytes, uint64_t line_bytes)
{
    return (size_bytes + line_bytes - 1) / line_bytes;
}

/* No order is smaller than the members laid end to end without holes. When
 * even that would not save min_saved bytes there is nothing to report,
 * which is most records: checked first, it spares them the model check and
 * the optimizer. */
static bool cannot_save(const al_record *record, uint64_t min_saved)
{
    uint64_t occupied_bits = record->start_bits;
    for (size_t m = 0; m < record->member_count; m++)
        occupied_bits += record->members[m].size_bits;
    uint64_t bound_bytes = al_record_bytes(record, occupied_bits);
    return bound_bytes >= record->size_bytes ||
           record->size_bytes - bound_bytes < min_saved;
}

bool al_rule_field_order(const al_record *record,
                         const al_field_order_options *options,
                         al_field_order_finding *finding)
{
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
