/*
 * Exact search over the orders of a short segment.
 *
 * Placement is monotone in the start: rounding up is, and clang's bitfield
 * rule opens a new storage unit only when the field does not fit in the
 * current one, which from a later start inside that unit it would not either.
 * So for a set of placed units only the earliest end matters, kept apart by
 * whether the last placed unit is a bitfield run (that limits what may
 * follow). A DP over subsets gives the minimal cost; the sequence is then
 * rebuilt position by position as the best-keyed entry whose completion can
 * still reach that minimum, which is the lexicographically smallest optimum.
 * Whether it can is mostly settled by two bounds, each far cheaper than the
 * DP that settles the rest.
 *
 * Twins (entries of the same shape in the same block) are interchangeable:
 * any order of them costs the same, so they are placed in key order only,
 * which shrinks the states the DP reaches from subsets to multisets. The
 * lexicographically smallest optimum places them in that order anyway.
 * Order constraints are more entries that must precede an entry; twins
 * must also be constrained alike.
 */
#include "segment.h"

#include <stdlib.h>

#define UNREACHABLE UINT64_MAX

typedef struct search {
    const al_segment *segment;
    uint32_t all;              /* mask of every entry */
    uint32_t runs;             /* mask of the bitfield runs */
    uint32_t *must_precede;    /* per entry: earlier blocks, earlier twins,
                                  entries constraints put before it */
    uint32_t *constrained_after;   /* per entry: constraints' `before`s */
    uint32_t *constrained_before;  /* per entry: constraints' `after`s */
    uint64_t *best_end;        /* [placed mask][last is run]: earliest end */
} search;

static uint64_t *best_end(search *s, uint32_t placed, bool last_is_run)
{
    return &s->best_end[2 * (size_t)placed + last_is_run];
}

static bool is_run(const search *s, size_t entry)
{
    return s->runs & (1u << entry);
}

static bool may_follow(const search *s, uint32_t placed, bool last_is_run,
                       size_t entry)
{
    return !(placed & (1u << entry)) &&
           (s->must_precede[entry] & ~placed) == 0 &&
           !(last_is_run && is_run(s, entry));
}

static uint64_t place(const search *s, size_t entry, uint64_t pos_bits)
{
    return al_unit_place(s->segment->record, s->segment->units[entry],
                         pos_bits, NULL);
}

static void extend(search *s, uint32_t placed)
{
    for (int last_is_run = 0; last_is_run < 2; last_is_run++) {
        uint64_t end_bits = *best_end(s, placed, last_is_run);
        if (end_bits == UNREACHABLE)
            continue;
        for (uint32_t left = s->all & ~placed; left; left &= left - 1) {
            size_t entry = (size_t)__builtin_ctz(left);
            if (!may_follow(s, placed, last_is_run, entry))
                continue;
            uint64_t next_end = place(s, entry, end_bits);
            uint64_t *target = best_end(s, placed | 1u << entry,
                                        is_run(s, entry));
            if (next_end < *target)
                *target = next_end;
        }
    }
}

/* The fixed unit after the segment is a bitfield run: the last may not be. */
static bool next_is_run(const search *s)
{
    const al_segment *segment = s->segment;
    return segment->next_unit != AL_NO_UNIT &&
           al_unit_is_run(segment->record, segment->next_unit);
}

static uint64_t cost_of_complete(search *s)
{
    const al_segment *segment = s->segment;
    uint64_t cost = UNREACHABLE;
    for (int last_is_run = 0; last_is_run < 2; last_is_run++) {
        uint64_t end_bits = *best_end(s, s->all, last_is_run);
        if (end_bits == UNREACHABLE || (last_is_run && next_is_run(s)))
            continue;
        uint64_t candidate = al_segment_cost(segment, end_bits);
        if (candidate < cost)
            cost = candidate;
    }
    return cost;
}

/* Minimal cost of any valid completion of `placed`, which ended at
 * pos_bits. Subsets of the free entries are visited in increasing order, so
 * every state is final before it is extended. */
static uint64_t min_completion_cost(search *s, uint32_t placed,
                                    uint64_t pos_bits, bool last_is_run)
{
    uint32_t free_entries = s->all & ~placed;
    uint32_t sub = 0;
    do {
        *best_end(s, placed | sub, false) = UNREACHABLE;
        *best_end(s, placed | sub, true) = UNREACHABLE;
        sub = (sub - free_entries) & free_entries;
    } while (sub);
    *best_end(s, placed, last_is_run) = pos_bits;
    do {
        extend(s, placed | sub);
        sub = (sub - free_entries) & free_entries;
    } while (sub);
    return cost_of_complete(s);
}

/* A lower bound on the cost of completing `placed`: the rest laid end to
 * end (members never overlap; the cost grows with the end). */
static uint64_t completion_lower_bound(const search *s, uint32_t placed,
                                       uint64_t pos_bits)
{
    const al_segment *segment = s->segment;
    uint64_t rest_bits = 0;
    for (uint32_t left = s->all & ~placed; left; left &= left - 1)
        rest_bits += al_unit_size_bits(segment->record,
                                       segment->units[__builtin_ctz(left)]);
    return al_segment_cost(segment, pos_bits + rest_bits);
}

/* The cost of one valid completion of `placed` (an upper bound on the
 * minimal one): the best-keyed entry that may follow, each time.
 * UNREACHABLE when that gets stuck among bitfield runs. */
static uint64_t greedy_completion_cost(const search *s, const size_t *by_key,
                                       uint32_t placed, uint64_t pos_bits,
                                       bool last_is_run)
{
    const al_segment *segment = s->segment;
    while (placed != s->all) {
        size_t i = 0;
        while (i < segment->count &&
               !may_follow(s, placed, last_is_run, by_key[i]))
            i++;
        if (i == segment->count)
            return UNREACHABLE;
        pos_bits = place(s, by_key[i], pos_bits);
        placed |= 1u << by_key[i];
        last_is_run = is_run(s, by_key[i]);
    }
    if (last_is_run && next_is_run(s))
        return UNREACHABLE;
    return al_segment_cost(segment, pos_bits);
}

static bool can_reach(search *s, const size_t *by_key, uint32_t placed,
                      uint64_t pos_bits, bool last_is_run, uint64_t min_cost)
{
    if (completion_lower_bound(s, placed, pos_bits) > min_cost)
        return false;
    if (greedy_completion_cost(s, by_key, placed, pos_bits, last_is_run) ==
        min_cost)
        return true;
    return min_completion_cost(s, placed, pos_bits, last_is_run) == min_cost;
}

static void rebuild(search *s, const size_t *by_key, uint64_t min_cost,
                    size_t *sequence)
{
    const al_segment *segment = s->segment;
    uint32_t placed = 0;
    uint64_t pos_bits = segment->start_bits;
    bool last_is_run = segment->after_run;
    for (size_t position = 0; position < segment->count; position++) {
        for (size_t i = 0; i < segment->count; i++) {
            size_t entry = by_key[i];
            if (!may_follow(s, placed, last_is_run, entry))
                continue;
            bool entry_is_run = is_run(s, entry);
            uint64_t next_pos = place(s, entry, pos_bits);
            uint32_t next_placed = placed | 1u << entry;
            if (can_reach(s, by_key, next_placed, next_pos, entry_is_run,
                          min_cost)) {
                sequence[position] = entry;
                placed = next_placed;
                pos_bits = next_pos;
                last_is_run = entry_is_run;
                break;
            }
        }
    }
}

/* Units that place alike from any position: the same members, member by
 * member (size, storage unit, alignment, bitfield or not). */
static bool same_shape(const al_record *record, size_t unit_a, size_t unit_b)
{
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

/* Twins are interchangeable only when order constraints relate them to the
 * same entries (a constraint between the two agrees with key order: it
 * holds in the written order). */
static bool same_relations(const search *s, size_t a, size_t b)
{
    uint32_t both = 1u << a | 1u << b;
    return (s->constrained_after[a] & ~both) ==
               (s->constrained_after[b] & ~both) &&
           (s->constrained_before[a] & ~both) ==
               (s->constrained_before[b] & ~both);
}

static bool must_come_before(const search *s, size_t b, size_t a)
{
    const al_segment *segment = s->segment;
    if (segment->blocks[b] != segment->blocks[a])
        return segment->blocks[b] < segment->blocks[a];
    return segment->units[b] < segment->units[a] &&
           same_shape(segment->record, segment->units[a], segment->units[b]) &&
           same_relations(s, a, b);
}

/* constrained_after[e]: entries constraints put before e; and the reverse. */
static void describe_constraints(search *s)
{
    const al_precedence *precedence = s->segment->precedence;
    for (size_t a = 0; a < s->segment->count; a++)
        s->constrained_after[a] = s->constrained_before[a] = 0;
    for (size_t a = 0; a < s->segment->count; a++)
        for (size_t p = precedence->start[a]; p < precedence->start[a + 1];
             p++) {
            s->constrained_after[a] |= 1u << precedence->before[p];
            s->constrained_before[precedence->before[p]] |= 1u << a;
        }
}

static void describe_entries(search *s)
{
    const al_segment *segment = s->segment;
    describe_constraints(s);
    for (size_t a = 0; a < segment->count; a++) {
        s->must_precede[a] = s->constrained_after[a];
        for (size_t b = 0; b < segment->count; b++)
            if (b != a && must_come_before(s, b, a))
                s->must_precede[a] |= 1u << b;
        if (al_segment_is_run(segment, a))
            s->runs |= 1u << a;
    }
}

static bool search_init(search *s, const al_segment *segment)
{
    size_t n = segment->count;
    *s = (search){segment, (uint32_t)((1u << n) - 1), 0, NULL, NULL, NULL,
                  NULL};
    s->must_precede = malloc(3 * (n ? n : 1) * sizeof *s->must_precede);
    s->best_end = malloc(2 * ((size_t)1 << n) * sizeof *s->best_end);
    if (!s->must_precede || !s->best_end)
        return false;
    s->constrained_after = s->must_precede + n;
    s->constrained_before = s->constrained_after + n;
    describe_entries(s);
    return true;
}

static void search_free(search *s)
{
    free(s->must_precede);
    free(s->best_end);
}

bool al_segment_min_cost(const al_segment *segment, uint64_t *min_cost)
{
    search s;
    bool allocated = search_init(&s, segment);
    if (allocated)
        *min_cost = min_completion_cost(&s, 0, segment->start_bits,
                                        segment->after_run);
    search_free(&s);
    return allocated;
}

bool al_segment_search(const al_segment *segment, uint64_t min_cost,
                       size_t *sequence)
{
    search s;
    size_t *by_key = malloc((segment->count ? segment->count : 1) *
                            sizeof *by_key);
    bool allocated = search_init(&s, segment) && by_key &&
                     al_segment_key_order(segment, by_key);
    if (allocated) {
        rebuild(&s, by_key, min_cost, sequence);
    }
    search_free(&s);
    free(by_key);
    return allocated;
}
