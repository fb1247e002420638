/*
 * Rule contended: every contended group starts a cache line and shares its
 * lines with nothing outside the group (Java @Contended semantics). The fix
 * adds `_Alignas(line)` to the first unit of a group and to the unit after
 * it, and is checked by simulating the layout with those alignments.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static bool in_group(const al_member *member, int group) {
  return member->contended_group == group &&
         !(member->flags & AL_MEMBER_IGNORE_CONTENDED);
}

static int max_group(const al_record *record) {
  int max = -1;
  for (size_t m = 0; m < record->member_count; m++)
    if (in_group(&record->members[m], record->members[m].contended_group) &&
        record->members[m].contended_group > max)
      max = record->members[m].contended_group;
  return max;
}

/* Evaluates one group; returns false when the group has no member. */
static bool check_group(const al_record *record, uint64_t line_bits,
                        const uint64_t *offsets, uint32_t align_bytes,
                        int group, al_contended_finding *finding) {
  size_t first = AL_NO_MEMBER, last = AL_NO_MEMBER;
  uint64_t start = 0, end = 0;
  for (size_t m = 0; m < record->member_count; m++) {
    const al_member *member = &record->members[m];
    if (!in_group(member, group))
      continue;
    uint64_t member_end = offsets[m] + member->size_bits;
    if (first == AL_NO_MEMBER || offsets[m] < start) {
      first = m;
      start = offsets[m];
    }
    if (last == AL_NO_MEMBER || member_end > end) {
      last = m;
      end = member_end;
    }
  }
  if (first == AL_NO_MEMBER)
    return false;
  *finding = (al_contended_finding){.group = group,
                                    .first_member = first,
                                    .last_member = last,
                                    .intruder = AL_NO_MEMBER};
  finding->misaligned = align_bytes * 8 < line_bits || start % line_bits != 0;
  al_line_span group_lines = al_line_span_of(start, end - start, line_bits);
  for (size_t m = 0; m < record->member_count; m++) {
    const al_member *member = &record->members[m];
    if (in_group(member, group) || member->size_bits == 0)
      continue;
    al_line_span lines =
        al_line_span_of(offsets[m], member->size_bits, line_bits);
    if (lines.last >= group_lines.first && lines.first <= group_lines.last) {
      finding->intruder = m;
      finding->intruder_line =
          lines.first > group_lines.first ? lines.first : group_lines.first;
      break;
    }
  }
  /* C++ bases and the vptr sit before the first field. */
  if (finding->intruder == AL_NO_MEMBER && record->start_bits > 0 &&
      group_lines.first == 0)
    finding->misaligned = true;
  return true;
}

size_t al_rule_contended(const al_record *record, uint64_t cache_line_bytes,
                         const uint64_t *offsets_bits, uint32_t align_bytes,
                         al_contended_finding *out, size_t max) {
  uint64_t line_bits = 8 * (cache_line_bytes ? cache_line_bytes : 64);
  uint64_t *clang_offsets = NULL;
  if (!offsets_bits) {
    clang_offsets = malloc((record->member_count ? record->member_count : 1) *
                           sizeof *clang_offsets);
    if (!clang_offsets)
      return 0;
    for (size_t m = 0; m < record->member_count; m++)
      clang_offsets[m] = record->members[m].offset_bits;
    offsets_bits = clang_offsets;
  }
  if (align_bytes == 0)
    align_bytes = record->align_bytes;
  size_t count = 0;
  int groups = max_group(record);
  for (int group = 0; group <= groups; group++) {
    al_contended_finding finding;
    if (!check_group(record, line_bits, offsets_bits, align_bytes, group,
                     &finding))
      continue;
    if (!finding.misaligned && finding.intruder == AL_NO_MEMBER)
      continue;
    if (count < max)
      out[count] = finding;
    count++;
  }
  free(clang_offsets);
  return count;
}

static size_t unit_of(const al_record *record, size_t member) {
  for (size_t u = 0; u < record->unit_count; u++)
    if (member >= record->units[u].first_member &&
        member < record->units[u].first_member + record->units[u].member_count)
      return u;
  return 0;
}

/* The units holding a group's members must be consecutive and hold nothing
 * else: aligning a unit cannot separate what one declaration holds. */
static bool group_units(const al_record *record, int group, size_t *first,
                        size_t *last, size_t *bad_unit) {
  *first = *last = AL_NO_MEMBER;
  for (size_t u = 0; u < record->unit_count; u++) {
    const al_unit *unit = &record->units[u];
    size_t members_in = 0;
    for (size_t m = unit->first_member;
         m < unit->first_member + unit->member_count; m++)
      members_in += in_group(&record->members[m], group);
    if (members_in == 0)
      continue;
    if (members_in != unit->member_count ||
        (*last != AL_NO_MEMBER && *last + 1 != u)) {
      *bad_unit = u;
      return false;
    }
    if (*first == AL_NO_MEMBER)
      *first = u;
    *last = u;
  }
  return true;
}

static bool unit_takes_alignas(const al_record *record, size_t unit) {
  const al_unit *u = &record->units[unit];
  for (size_t m = u->first_member; m < u->first_member + u->member_count; m++)
    if (record->members[m].flags & AL_MEMBER_BITFIELD)
      return false;
  return true;
}

/* Simulates the written order with align_unit applied; fills offsets and
 * returns sizeof. `members` is scratch of member_count entries. */
static uint64_t simulate_aligned(const al_record *record, uint64_t line,
                                 const unsigned char *align_unit,
                                 al_member *members, uint64_t *offsets,
                                 uint32_t *align_bytes) {
  memcpy(members, record->members, record->member_count * sizeof *members);
  al_record aligned = *record;
  aligned.members = members;
  for (size_t u = 0; u < record->unit_count; u++) {
    if (!align_unit[u])
      continue;
    const al_unit *unit = &record->units[u];
    for (size_t m = unit->first_member;
         m < unit->first_member + unit->member_count; m++)
      if (members[m].align_bytes < line)
        members[m].align_bytes = (uint32_t)line;
    if (aligned.align_bytes < line)
      aligned.align_bytes = (uint32_t)line;
  }
  *align_bytes = aligned.align_bytes;
  return al_simulate(&aligned, NULL, offsets);
}

static bool fail(al_contended_fix *fix, int problem, size_t unit) {
  fix->problem = problem;
  fix->problem_unit = unit;
  return false;
}

/* Marks a unit for `_Alignas`; false (with the problem) when it cannot. */
static bool mark(const al_record *record, unsigned char *align_unit,
                 size_t unit, al_contended_fix *fix, bool *progress) {
  if (align_unit[unit])
    return true;
  if (!unit_takes_alignas(record, unit))
    return fail(fix, AL_CONTENDED_FIX_BITFIELD, unit);
  align_unit[unit] = 1;
  *progress = true;
  return true;
}

static bool fix_step(const al_record *record, unsigned char *align_unit,
                     const al_contended_finding *findings, size_t count,
                     al_contended_fix *fix, bool *progress) {
  for (size_t i = 0; i < count; i++) {
    size_t first, last, bad;
    if (!group_units(record, findings[i].group, &first, &last, &bad))
      return fail(fix, AL_CONTENDED_FIX_SCATTERED, bad);
    if (findings[i].misaligned) {
      if (!mark(record, align_unit, first, fix, progress))
        return false;
    } else if (findings[i].intruder != AL_NO_MEMBER &&
               unit_of(record, findings[i].intruder) > last &&
               last + 1 < record->unit_count) {
      if (!mark(record, align_unit, last + 1, fix, progress))
        return false;
    }
  }
  return true;
}

bool al_contended_fix_units(const al_record *record, uint64_t cache_line_bytes,
                            unsigned char *align_unit, al_contended_fix *fix) {
  uint64_t line = cache_line_bytes ? cache_line_bytes : 64;
  memset(align_unit, 0, record->unit_count);
  *fix = (al_contended_fix){.problem = AL_CONTENDED_FIX_OK,
                            .problem_unit = AL_NO_MEMBER,
                            .new_size_bytes = record->size_bytes,
                            .new_align_bytes = record->align_bytes};
  if (!al_model_matches_clang(record))
    return fail(fix, AL_CONTENDED_FIX_MODEL, AL_NO_MEMBER);
  size_t n = record->member_count ? record->member_count : 1;
  al_member *members = malloc(n * sizeof *members);
  uint64_t *offsets = malloc(n * sizeof *offsets);
  al_contended_finding *findings = malloc(n * sizeof *findings);
  bool ok = members && offsets && findings;
  if (!ok)
    fail(fix, AL_CONTENDED_FIX_NOMEM, AL_NO_MEMBER);
  /* Each round adds at least one alignment; two per group suffice. */
  for (size_t round = 0; ok; round++) {
    uint32_t align;
    uint64_t size =
        simulate_aligned(record, line, align_unit, members, offsets, &align);
    al_record aligned = *record;
    aligned.members = members;
    size_t count =
        al_rule_contended(&aligned, line, offsets, align, findings, n);
    if (count == 0) {
      fix->new_size_bytes = size;
      fix->new_align_bytes = align;
      break;
    }
    bool progress = false;
    ok = fix_step(record, align_unit, findings, count < n ? count : n, fix,
                  &progress);
    if (ok && (!progress || round > record->unit_count))
      ok = fail(fix, AL_CONTENDED_FIX_NO_PROGRESS, AL_NO_MEMBER);
  }
  free(members);
  free(offsets);
  free(findings);
  return ok;
}
