/*
 * Rule hot-fields: the hot fields of each group sit together at the front of
 * the record in as few cache lines as they can. The yardstick is the
 * optimizer's own plan (hot units first in the first segment, by group, the
 * fewest bytes), so a record laid out as the plan says is never reported,
 * and field-order, which proposes the same plan, never undoes the fix.
 */
#include "internal.h"

#include <limits.h>
#include <stdlib.h>

static bool is_hot(const al_member *member) {
  return member->hot_group >= 0 &&
         !(member->flags & AL_MEMBER_IGNORE_HOT_FIELDS);
}

static int compare_spans(const void *a, const void *b) {
  const al_line_span *x = a, *y = b;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* Lines touched by the group's members at `offsets`, their range and the
 * number of members crossing a boundary. `scratch` has member_count slots. */
static void measure(const al_record *record, int group, const uint64_t *offsets,
                    uint64_t line_bits, al_line_span *scratch, uint64_t *lines,
                    al_line_span *range, size_t *straddles) {
  size_t n = 0;
  *straddles = 0;
  for (size_t m = 0; m < record->member_count; m++) {
    const al_member *member = &record->members[m];
    if (!is_hot(member) || member->hot_group != group || member->size_bits == 0)
      continue;
    al_line_span i = al_line_span_of(offsets[m], member->size_bits, line_bits);
    *straddles += i.first != i.last;
    scratch[n++] = i;
  }
  qsort(scratch, n, sizeof *scratch, compare_spans);
  *lines = 0;
  *range = (al_line_span){0, 0};
  uint64_t covered_to = 0; /* one past the last line counted */
  for (size_t i = 0; i < n; i++) {
    uint64_t from =
        scratch[i].first > covered_to ? scratch[i].first : covered_to;
    if (scratch[i].last + 1 > from)
      *lines += scratch[i].last + 1 - from;
    if (scratch[i].last + 1 > covered_to)
      covered_to = scratch[i].last + 1;
  }
  if (n > 0)
    *range = (al_line_span){scratch[0].first, covered_to - 1};
}

static void mark_unit(const al_record *record, size_t unit,
                      unsigned char *out) {
  const al_unit *u = &record->units[unit];
  for (size_t m = u->first_member; m < u->first_member + u->member_count; m++)
    out[m] |= is_hot(&record->members[m]);
}

static int block_of(const al_record *record, size_t unit) {
  int group = INT_MAX;
  const al_unit *u = &record->units[unit];
  for (size_t m = u->first_member; m < u->first_member + u->member_count; m++)
    if (is_hot(&record->members[m]) && record->members[m].hot_group < group)
      group = record->members[m].hot_group;
  return group;
}

/* The first segment: the units [begin, end) the hot prefix can lead. */
static void first_segment(const al_record *record, size_t *begin, size_t *end) {
  *begin = 0;
  while (*begin < record->unit_count && al_unit_is_fixed(record, *begin))
    (*begin)++;
  *end = *begin;
  while (*end < record->unit_count && !al_unit_is_fixed(record, *end))
    (*end)++;
}

/* The hot unit an order constraint keeps behind a unit of a later block, as
 * the optimizer sees it; AL_NO_MEMBER when there is none. False on
 * allocation failure. */
static bool find_held_back(const al_record *record, size_t *held_back) {
  size_t begin, end;
  first_segment(record, &begin, &end);
  int *blocks = malloc((end > begin ? end - begin : 1) * sizeof *blocks);
  if (!blocks)
    return false;
  for (size_t u = begin; u < end; u++) {
    int group = al_unit_hot_group(record, u);
    blocks[u - begin] = group >= 0 ? group : INT_MAX;
  }
  *held_back = al_relax_blocks(record, begin, end, blocks);
  free(blocks);
  return true;
}

/* Order: hot units of the first segment before every unit of a later block;
 * hot units outside the first segment cannot be moved there. */
static bool mark_order(const al_record *record, unsigned char *out_of_place) {
  size_t begin, end;
  first_segment(record, &begin, &end);
  bool fixable = true;
  int highest = INT_MIN;
  for (size_t u = 0; u < record->unit_count; u++) {
    int block = block_of(record, u);
    if (block == INT_MAX)
      continue;
    if (u >= begin && u < end) {
      for (size_t before = begin; before < u; before++)
        if (block_of(record, before) > highest)
          highest = block_of(record, before);
      if (highest > block)
        mark_unit(record, u, out_of_place);
    } else if (u >= end) {
      mark_unit(record, u, out_of_place);
      fixable = false;
    }
  }
  return fixable;
}

static bool report_groups(const al_record *record, uint64_t line_bits,
                          const uint64_t *current, const uint64_t *planned,
                          al_line_span *scratch,
                          al_hot_fields_finding *finding) {
  bool any = false;
  for (size_t g = 0; g < finding->group_count; g++) {
    al_hot_group_report *report = &finding->groups[g];
    al_line_span now, plan;
    measure(record, report->group, current, line_bits, scratch,
            &report->current_lines, &now, &report->current_straddles);
    measure(record, report->group, planned, line_bits, scratch,
            &report->plan_lines, &plan, &report->plan_straddles);
    bool misplaced = false;
    for (size_t m = 0; m < record->member_count; m++) {
      const al_member *member = &record->members[m];
      if (!is_hot(member) || member->hot_group != report->group)
        continue;
      report->member_count++;
      report->total_bytes += (member->size_bits + 7) / 8;
      if (member->size_bits > 0) {
        al_line_span is =
            al_line_span_of(current[m], member->size_bits, line_bits);
        al_line_span would_be =
            al_line_span_of(planned[m], member->size_bits, line_bits);
        if (is.first < plan.first || is.last > plan.last ||
            (is.first != is.last && would_be.first == would_be.last))
          finding->out_of_place[m] = 1;
      }
      misplaced |= finding->out_of_place[m];
    }
    report->violated = misplaced ||
                       report->current_lines > report->plan_lines ||
                       report->current_straddles > report->plan_straddles;
    any |= report->violated;
  }
  return any;
}

static bool setup_groups(const al_record *record,
                         al_hot_fields_finding *finding) {
  int max = -1;
  for (size_t m = 0; m < record->member_count; m++)
    if (is_hot(&record->members[m]) && record->members[m].hot_group > max)
      max = record->members[m].hot_group;
  if (max < 0)
    return false;
  finding->groups = calloc((size_t)max + 1, sizeof *finding->groups);
  if (!finding->groups)
    return false;
  for (int group = 0; group <= max; group++) {
    bool present = false;
    for (size_t m = 0; m < record->member_count; m++)
      present |=
          is_hot(&record->members[m]) && record->members[m].hot_group == group;
    if (present)
      finding->groups[finding->group_count++].group = group;
  }
  return true;
}

bool al_rule_hot_fields(const al_record *record, uint64_t cache_line_bytes,
                        al_hot_fields_finding *finding) {
  *finding = (al_hot_fields_finding){0};
  finding->constrained_unit = AL_NO_MEMBER;
  if (record->unit_count == 0 || !al_model_matches_clang(record) ||
      !setup_groups(record, finding))
    return false;
  uint64_t line_bits = 8 * (cache_line_bytes ? cache_line_bytes : 64);
  size_t n = record->member_count;
  uint64_t *current = malloc(n * sizeof *current);
  uint64_t *planned = malloc(n * sizeof *planned);
  al_line_span *scratch = malloc(n * sizeof *scratch);
  finding->out_of_place = calloc(n, 1);
  bool any = false;
  if (current && planned && scratch && finding->out_of_place &&
      al_optimize(record, &finding->plan)) {
    for (size_t m = 0; m < n; m++)
      current[m] = record->members[m].offset_bits;
    al_simulate(record, finding->plan.order, planned);
    /* With unusable constraints the plan is the written order. */
    bool constraints_known = al_constraints_usable(record) &&
                             find_held_back(record, &finding->constrained_unit);
    finding->fixable = mark_order(record, finding->out_of_place) &&
                       constraints_known &&
                       finding->constrained_unit == AL_NO_MEMBER;
    any = report_groups(record, line_bits, current, planned, scratch, finding);
  }
  free(current);
  free(planned);
  free(scratch);
  if (!any)
    al_hot_fields_finding_free(finding);
  return any;
}

void al_hot_fields_finding_free(al_hot_fields_finding *finding) {
  al_plan_free(&finding->plan);
  free(finding->groups);
  free(finding->out_of_place);
  finding->groups = NULL;
  finding->out_of_place = NULL;
  finding->group_count = 0;
}
