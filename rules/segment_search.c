/*
 * Exact search over the orders of a segment.
 *
 * Placement is monotone in the start: rounding up is, and clang's bitfield
 * rule opens a new storage unit only when the field does not fit in the
 * current one, which from a later start inside that unit it would not either.
 * So for a set of placed units only the earliest end matters, kept apart by
 * whether the last placed unit is a bitfield run (that limits what may
 * follow).
 *
 * Entries of the same shape, block and order-constraint relations are
 * interchangeable: any order of them costs the same and keeps the same
 * constraints, so they form a class and are placed in key order (which the
 * lexicographically smallest optimum does anyway). A state is how many of
 * each class are placed; records have dozens of fields but few shapes, so
 * the states number the product of (class size + 1), far fewer than the
 * subsets. A DP over the states, in index order (placing one more entry
 * only increases the index), gives the minimal cost; states whose rest laid
 * end to end cannot beat the known upper bound are not extended. The
 * sequence is then rebuilt position by position as the best-keyed entry
 * whose completion can still reach that minimum, which is the
 * lexicographically smallest optimum (see the rebuild below).
 *
 * The work is bounded by states, not entries: two passes over at most
 * AL_SEGMENT_SEARCH_STATES states; a segment with more is left to the
 * heuristic.
 */
#include "segment.h"

#include <stdlib.h>

#define UNREACHABLE UINT64_MAX

typedef struct search_class {
  size_t first; /* its entries: members[first .. first + size) */
  size_t size;
  size_t stride;      /* weight of its count in a state's index */
  size_t unit;        /* a unit of its shape */
  uint64_t size_bits; /* of each entry */
  bool is_run;
  size_t need_first; /* needs[need_first .. need_first + need_count) */
  size_t need_count;
} search_class;

/* A class may place its next entry once class `of` has `count` placed. */
typedef struct need {
  size_t of;
  size_t count;
} need;

typedef struct search {
  const al_segment *segment;
  size_t *rank; /* per entry: position in key order */
  size_t class_count;
  search_class *classes; /* in key order of their first entry */
  size_t *members;       /* entries, class by class, key order */
  need *needs;
  size_t state_count;
  uint64_t *best_end; /* [state][last is run]: earliest end; after
                         fill_latest_starts, the latest start */
  bool next_is_run;   /* the fixed unit after the segment is a run */
} search;

/* ---- Classes ---- */

/* Units that place alike from any position: the same members, member by
 * member (size, storage unit, alignment, bitfield or not). */
static bool same_shape(const al_record *record, size_t unit_a, size_t unit_b) {
  const al_unit *a = &record->units[unit_a], *b = &record->units[unit_b];
  if (a->member_count != b->member_count)
    return false;
  for (size_t m = 0; m < a->member_count; m++) {
    const al_member *x = &record->members[a->first_member + m];
    const al_member *y = &record->members[b->first_member + m];
    if (x->size_bits != y->size_bits ||
        x->type_size_bits != y->type_size_bits ||
        x->align_bytes != y->align_bytes ||
        (x->flags & AL_MEMBER_BITFIELD) != (y->flags & AL_MEMBER_BITFIELD))
      return false;
  }
  return true;
}

/* Order-constraint neighbours of every entry, both ways, as index lists. */
typedef struct relations {
  al_precedence after;  /* the precedence: who must come before */
  al_precedence before; /* its transpose: who must come after */
  unsigned *mark;       /* scratch per entry */
  unsigned stamp;
} relations;

/* Every entry of list `a` but `skip_a` is in list `b` but `skip_b`. */
static bool contained(relations *r, const al_precedence *list, size_t a,
                      size_t skip_a, size_t b, size_t skip_b) {
  r->stamp++;
  for (size_t i = list->start[b]; i < list->start[b + 1]; i++)
    if (list->before[i] != skip_b)
      r->mark[list->before[i]] = r->stamp;
  for (size_t i = list->start[a]; i < list->start[a + 1]; i++)
    if (list->before[i] != skip_a && r->mark[list->before[i]] != r->stamp)
      return false;
  return true;
}

/* Constrained alike: the same entries before and after them, apart from
 * each other (a constraint between the two agrees with key order, since it
 * holds in the written order). */
static bool same_relations(relations *r, size_t a, size_t b) {
  return contained(r, &r->after, a, b, b, a) &&
         contained(r, &r->after, b, a, a, b) &&
         contained(r, &r->before, a, b, b, a) &&
         contained(r, &r->before, b, a, a, b);
}

static bool interchangeable(const search *s, relations *r, size_t a, size_t b) {
  const al_segment *segment = s->segment;
  return segment->blocks[a] == segment->blocks[b] &&
         same_shape(segment->record, segment->units[a], segment->units[b]) &&
         same_relations(r, a, b);
}

static bool transpose(const al_precedence *in, size_t n, al_precedence *out) {
  out->start = calloc(n + 1, sizeof *out->start);
  out->before = malloc((in->start[n] ? in->start[n] : 1) * sizeof *out->before);
  size_t *filled = calloc(n ? n : 1, sizeof *filled);
  bool ok = out->start && out->before && filled;
  for (size_t e = 0; ok && e < n; e++)
    for (size_t i = in->start[e]; i < in->start[e + 1]; i++)
      out->start[in->before[i] + 1]++;
  for (size_t e = 0; ok && e < n; e++)
    out->start[e + 1] += out->start[e];
  for (size_t e = 0; ok && e < n; e++)
    for (size_t i = in->start[e]; i < in->start[e + 1]; i++) {
      size_t to = in->before[i];
      out->before[out->start[to] + filled[to]++] = e;
    }
  free(filled);
  return ok;
}

/* class_of[e] and index_of[e] (its place in the class), in key order;
 * returns the number of classes. */
static size_t assign_classes(search *s, relations *r, const size_t *by_key,
                             size_t *class_of, size_t *index_of,
                             size_t *first_entry, size_t *sizes) {
  size_t class_count = 0;
  for (size_t i = 0; i < s->segment->count; i++) {
    size_t entry = by_key[i], c = 0;
    while (c < class_count && !interchangeable(s, r, entry, first_entry[c]))
      c++;
    if (c == class_count) {
      first_entry[class_count] = entry;
      sizes[class_count++] = 0;
    }
    class_of[entry] = c;
    index_of[entry] = sizes[c]++;
  }
  return class_count;
}

/* What class c waits for: every class of an earlier block, and the entries
 * its order constraints put before it. Returns the number of needs, written
 * to needs when non-NULL. */
static size_t list_needs(const search *s, size_t c, const size_t *class_of,
                         const size_t *index_of, need *needs) {
  const al_segment *segment = s->segment;
  const al_precedence *precedence = segment->precedence;
  size_t first = s->members[s->classes[c].first], count = 0;
  for (size_t d = 0; d < c; d++)
    if (segment->blocks[s->members[s->classes[d].first]] !=
        segment->blocks[first]) {
      if (needs)
        needs[count] = (need){d, s->classes[d].size};
      count++;
    }
  for (size_t i = precedence->start[first]; i < precedence->start[first + 1];
       i++) {
    size_t before = precedence->before[i];
    if (class_of[before] == c)
      continue;
    if (needs)
      needs[count] = (need){class_of[before], index_of[before] + 1};
    count++;
  }
  return count;
}

static bool fill_classes(search *s, const size_t *class_of,
                         const size_t *index_of, const size_t *sizes) {
  const al_segment *segment = s->segment;
  size_t first = 0, need_total = 0;
  for (size_t c = 0; c < s->class_count; c++) {
    s->classes[c] = (search_class){.first = first, .size = sizes[c]};
    first += sizes[c];
  }
  for (size_t e = 0; e < segment->count; e++)
    s->members[s->classes[class_of[e]].first + index_of[e]] = e;
  for (size_t c = 0; c < s->class_count; c++) {
    search_class *k = &s->classes[c];
    k->unit = segment->units[s->members[k->first]];
    k->size_bits = al_unit_size_bits(segment->record, k->unit);
    k->is_run = al_unit_is_run(segment->record, k->unit);
    k->need_first = need_total;
    k->need_count = list_needs(s, c, class_of, index_of, NULL);
    need_total += k->need_count;
  }
  s->needs = malloc((need_total ? need_total : 1) * sizeof *s->needs);
  for (size_t c = 0; s->needs && c < s->class_count; c++)
    list_needs(s, c, class_of, index_of, s->needs + s->classes[c].need_first);
  return s->needs != NULL;
}

/* Strides and the number of states; false when over the budget. */
static bool count_states(search *s) {
  size_t states = 1;
  for (size_t c = 0; c < s->class_count; c++) {
    s->classes[c].stride = states;
    if (states > AL_SEGMENT_SEARCH_STATES / (s->classes[c].size + 1))
      return false;
    states *= s->classes[c].size + 1;
  }
  s->state_count = states;
  return true;
}

/* ---- The DP ---- */

static bool may_place(const search *s, const size_t *counts, bool last_is_run,
                      size_t c) {
  const search_class *k = &s->classes[c];
  if (counts[c] == k->size || (last_is_run && k->is_run))
    return false;
  for (size_t i = k->need_first; i < k->need_first + k->need_count; i++)
    if (counts[s->needs[i].of] < s->needs[i].count)
      return false;
  return true;
}

static uint64_t place(const search *s, size_t c, uint64_t pos_bits) {
  return al_unit_place(s->segment->record, s->classes[c].unit, pos_bits, NULL);
}

/* The rest laid end to end (members never overlap; cost grows with the
 * end): a lower bound on the cost of any completion. */
static uint64_t completion_lower_bound(const search *s, const size_t *counts,
                                       uint64_t pos_bits) {
  uint64_t rest_bits = 0;
  for (size_t c = 0; c < s->class_count; c++)
    rest_bits += (s->classes[c].size - counts[c]) * s->classes[c].size_bits;
  return al_segment_cost(s->segment, pos_bits + rest_bits);
}

/* Steps counts (and its index) to the next state in index order; false
 * after the last (counts are then back to zero). */
static bool next_state(const search *s, size_t *counts, size_t *index) {
  for (size_t c = 0; c < s->class_count; c++) {
    if (counts[c] < s->classes[c].size) {
      counts[c]++;
      *index += s->classes[c].stride;
      return true;
    }
    *index -= counts[c] * s->classes[c].stride;
    counts[c] = 0;
  }
  return false;
}

/* The same, backwards from the full state. */
static bool previous_state(const search *s, size_t *counts, size_t *index) {
  for (size_t c = 0; c < s->class_count; c++) {
    if (counts[c] > 0) {
      counts[c]--;
      *index -= s->classes[c].stride;
      return true;
    }
    counts[c] = s->classes[c].size;
    *index += counts[c] * s->classes[c].stride;
  }
  return false;
}

static void extend(search *s, const size_t *counts, size_t index,
                   uint64_t bound) {
  for (int last_is_run = 0; last_is_run < 2; last_is_run++) {
    uint64_t end_bits = s->best_end[2 * index + last_is_run];
    if (end_bits == UNREACHABLE ||
        completion_lower_bound(s, counts, end_bits) > bound)
      continue;
    for (size_t c = 0; c < s->class_count; c++) {
      if (!may_place(s, counts, last_is_run, c))
        continue;
      uint64_t next_end = place(s, c, end_bits);
      uint64_t *target = &s->best_end[2 * (index + s->classes[c].stride) +
                                      s->classes[c].is_run];
      if (next_end < *target)
        *target = next_end;
    }
  }
}

/* Whether a complete sequence whose last is (or is not) a run may end here:
 * not a run before the fixed unit after the segment if that is one. */
static bool may_end(const search *s, bool last_is_run) {
  return !(last_is_run && s->next_is_run);
}

/* The minimal cost of a valid sequence that is at most `bound`, else
 * UNREACHABLE; leaves best_end filled. `counts` is scratch (zero). */
static uint64_t min_cost_within(search *s, uint64_t bound, size_t *counts) {
  const al_segment *segment = s->segment;
  for (size_t i = 0; i < 2 * s->state_count; i++)
    s->best_end[i] = UNREACHABLE;
  s->best_end[segment->after_run] = segment->start_bits;
  size_t index = 0;
  do {
    extend(s, counts, index, bound);
  } while (next_state(s, counts, &index));
  uint64_t cost = UNREACHABLE;
  size_t full = s->state_count - 1;
  for (int last_is_run = 0; last_is_run < 2; last_is_run++) {
    uint64_t end_bits = s->best_end[2 * full + last_is_run];
    if (end_bits == UNREACHABLE || !may_end(s, last_is_run))
      continue;
    uint64_t candidate = al_segment_cost(segment, end_bits);
    if (candidate < cost)
      cost = candidate;
  }
  return cost <= bound ? cost : UNREACHABLE;
}

/* ---- Rebuilding the preferred sequence ----
 *
 * A second pass, backwards, turns each state's earliest end into its
 * latest start: the last position from which its completion still reaches
 * the minimal cost. Monotone placement makes "reaches" hold for every
 * position up to that one, so the rebuild asks one comparison per
 * candidate. States the first pass did not extend (unreachable, or whose
 * rest cannot fit the bound from their earliest end) never reach it. */

#define NO_START UINT64_MAX

/* The last position from which class c's next entry ends by `limit`
 * (NO_START: none). Placement is monotone, so those positions are a prefix
 * of [0, limit]: a binary search finds its end. */
static uint64_t last_position(const search *s, size_t c, uint64_t limit) {
  if (place(s, c, 0) > limit)
    return NO_START;
  const al_unit *unit = &s->segment->record->units[s->classes[c].unit];
  const al_member *member = &s->segment->record->members[unit->first_member];
  if (unit->member_count == 1 && !(member->flags & AL_MEMBER_BITFIELD)) {
    /* roundup(p, align) + size <= limit */
    uint64_t align_bits = al_align_bits(member);
    return (limit - member->size_bits) / align_bits * align_bits;
  }
  uint64_t low = 0, high = limit; /* place(low) <= limit; place(p) > p */
  while (low < high) {
    uint64_t middle = low + (high - low + 1) / 2;
    if (place(s, c, middle) <= limit)
      low = middle;
    else
      high = middle - 1;
  }
  return low;
}

/* The last end of a complete sequence whose cost is at most min_cost. */
static uint64_t last_end(const search *s, uint64_t min_cost) {
  uint64_t low = 0, high = min_cost; /* al_segment_cost(p) >= p */
  if (al_segment_cost(s->segment, 0) > min_cost)
    return NO_START;
  while (low < high) {
    uint64_t middle = low + (high - low + 1) / 2;
    if (al_segment_cost(s->segment, middle) <= min_cost)
      low = middle;
    else
      high = middle - 1;
  }
  return low;
}

static uint64_t latest_start(const search *s, const size_t *counts,
                             size_t index, bool last_is_run) {
  uint64_t latest = NO_START;
  for (size_t c = 0; c < s->class_count; c++) {
    if (!may_place(s, counts, last_is_run, c))
      continue;
    uint64_t next =
        s->best_end[2 * (index + s->classes[c].stride) + s->classes[c].is_run];
    uint64_t start = next == NO_START ? NO_START : last_position(s, c, next);
    if (start != NO_START && (latest == NO_START || start > latest))
      latest = start;
  }
  return latest;
}

/* Overwrites best_end with the latest starts, in reverse index order (a
 * state's successors are done before it). `counts`: scratch, zero. */
static void fill_latest_starts(search *s, uint64_t min_cost, size_t *counts) {
  size_t full = s->state_count - 1, index = full;
  uint64_t end = last_end(s, min_cost);
  for (size_t c = 0; c < s->class_count; c++)
    counts[c] = s->classes[c].size;
  for (int last_is_run = 0; last_is_run < 2; last_is_run++)
    if (s->best_end[2 * full + last_is_run] == UNREACHABLE ||
        !may_end(s, last_is_run))
      s->best_end[2 * full + last_is_run] = NO_START;
    else
      s->best_end[2 * full + last_is_run] = end;
  while (previous_state(s, counts, &index)) {
    for (int last_is_run = 0; last_is_run < 2; last_is_run++) {
      uint64_t *slot = &s->best_end[2 * index + last_is_run];
      bool extended = *slot != UNREACHABLE &&
                      completion_lower_bound(s, counts, *slot) <= min_cost;
      *slot = extended ? latest_start(s, counts, index, last_is_run) : NO_START;
    }
  }
}

/* The allowed class whose next entry comes first in key order among those
 * that can still reach the minimum from pos_bits; class_count when none. */
static size_t best_reaching(const search *s, const size_t *counts, size_t index,
                            uint64_t pos_bits, bool last_is_run) {
  size_t best = s->class_count, best_rank = 0;
  for (size_t c = 0; c < s->class_count; c++) {
    if (!may_place(s, counts, last_is_run, c))
      continue;
    uint64_t latest =
        s->best_end[2 * (index + s->classes[c].stride) + s->classes[c].is_run];
    if (latest == NO_START || place(s, c, pos_bits) > latest)
      continue;
    size_t rank = s->rank[s->members[s->classes[c].first + counts[c]]];
    if (best == s->class_count || rank < best_rank) {
      best = c;
      best_rank = rank;
    }
  }
  return best;
}

/* False if it gets stuck, which the latest starts rule out. */
static bool rebuild(search *s, size_t *counts, size_t *sequence) {
  const al_segment *segment = s->segment;
  uint64_t pos_bits = segment->start_bits;
  bool last_is_run = segment->after_run;
  size_t index = 0;
  for (size_t c = 0; c < s->class_count; c++)
    counts[c] = 0;
  for (size_t position = 0; position < segment->count; position++) {
    size_t c = best_reaching(s, counts, index, pos_bits, last_is_run);
    if (c == s->class_count)
      return false;
    sequence[position] = s->members[s->classes[c].first + counts[c]];
    counts[c]++;
    index += s->classes[c].stride;
    pos_bits = place(s, c, pos_bits);
    last_is_run = s->classes[c].is_run;
  }
  return true;
}

/* ---- Setting up ---- */

static bool classify(search *s, const size_t *by_key) {
  size_t n = s->segment->count ? s->segment->count : 1;
  relations r = {.after = *s->segment->precedence};
  size_t *scratch = malloc(4 * n * sizeof *scratch);
  r.mark = calloc(n, sizeof *r.mark);
  bool ok =
      scratch && r.mark && transpose(&r.after, s->segment->count, &r.before);
  if (ok) {
    size_t *class_of = scratch, *index_of = scratch + n;
    size_t *first_entry = scratch + 2 * n, *sizes = scratch + 3 * n;
    s->class_count =
        assign_classes(s, &r, by_key, class_of, index_of, first_entry, sizes);
    ok = fill_classes(s, class_of, index_of, sizes);
  }
  free(scratch);
  free(r.mark);
  free(r.before.start);
  free(r.before.before);
  return ok;
}

static void search_free(search *s) {
  free(s->rank);
  free(s->classes);
  free(s->members);
  free(s->needs);
  free(s->best_end);
}

/* False on allocation failure; *within_budget false when too many states. */
static bool search_init(search *s, const al_segment *segment,
                        bool *within_budget) {
  size_t n = segment->count ? segment->count : 1;
  *s = (search){.segment = segment};
  s->next_is_run = segment->next_unit != AL_NO_UNIT &&
                   al_unit_is_run(segment->record, segment->next_unit);
  size_t *by_key = malloc(n * sizeof *by_key);
  s->rank = malloc(n * sizeof *s->rank);
  s->classes = malloc(n * sizeof *s->classes);
  s->members = malloc(n * sizeof *s->members);
  bool ok = by_key && s->rank && s->classes && s->members &&
            al_segment_key_order(segment, by_key) && classify(s, by_key);
  for (size_t i = 0; ok && i < segment->count; i++)
    s->rank[by_key[i]] = i;
  free(by_key);
  *within_budget = ok && count_states(s);
  if (*within_budget) {
    s->best_end = malloc(2 * s->state_count * sizeof *s->best_end);
    ok = s->best_end != NULL;
  }
  return ok;
}

al_search_status al_segment_search(const al_segment *segment,
                                   uint64_t upper_cost, uint64_t known_cost,
                                   uint64_t *min_cost, size_t *sequence) {
  search s;
  bool within_budget;
  al_search_status status = AL_SEARCH_NOMEM;
  size_t n = segment->count ? segment->count : 1;
  size_t *counts = calloc(n, sizeof *counts);
  size_t *built = malloc(n * sizeof *built);
  if (search_init(&s, segment, &within_budget) && counts && built) {
    status = AL_SEARCH_OVER_BUDGET;
    if (within_budget) {
      *min_cost = min_cost_within(&s, upper_cost, counts);
      bool rebuilt = *min_cost == UNREACHABLE || *min_cost == known_cost;
      if (!rebuilt) {
        fill_latest_starts(&s, *min_cost, counts);
        rebuilt = rebuild(&s, counts, built);
        for (size_t i = 0; rebuilt && i < segment->count; i++)
          sequence[i] = built[i];
      }
      status = rebuilt ? AL_SEARCH_DONE : AL_SEARCH_OVER_BUDGET;
    }
  }
  search_free(&s);
  free(counts);
  free(built);
  return status;
}
