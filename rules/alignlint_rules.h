/*
 * alignlint rules engine: the public interface.
 *
 * The engine knows nothing about Clang. The plugin describes each record as
 * clang laid it out for the target (members with bit offsets, sizes and
 * alignments, grouped into units that move as one), and the engine
 *   - re-simulates that layout to prove its model matches clang's,
 *   - finds the smallest layout reachable by reordering units,
 *   - runs the rules, which report findings as plain data.
 * All sizes are in bits where a bitfield could make bytes too coarse, and
 * in bytes otherwise; the suffix of every name says which.
 */
#ifndef ALIGNLINT_RULES_H
#define ALIGNLINT_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- The model ---------------------------------------------------------- */

enum al_member_flags {
  AL_MEMBER_BITFIELD = 1u << 0, /* width_bits is a bitfield width */
  AL_MEMBER_ATOMIC = 1u << 1,   /* _Atomic, atomic_*, std::atomic<> */
  AL_MEMBER_LOCK = 1u << 2,     /* pthread_mutex_t, std::mutex, ... */
  /* Facts al_unit_policy_flags derives the units' flags from: */
  AL_MEMBER_FLEXIBLE = 1u << 3,     /* a flexible array member, or a record
                                       ending in one */
  AL_MEMBER_OVER_ALIGNED = 1u << 4, /* aligned beyond its type by an
                                       attribute or _Alignas */
  AL_MEMBER_RECORD = 1u << 5,       /* of struct or union type */
  /* (and AL_MEMBER_IGNORE_FIELD_ORDER, with the other ignore flags) */
};

/* One field declaration (FieldDecl) as clang laid it out. */
typedef struct al_member {
  const char *name;        /* "" for unnamed bitfields */
  const char *type_name;   /* as written, for diagrams: "unsigned int" */
  uint64_t offset_bits;    /* clang's offset in the written order */
  uint64_t size_bits;      /* bitfield width, or sizeof * 8 */
  uint64_t type_size_bits; /* sizeof(declared type) * 8 (bitfields) */
  uint32_t align_bytes;    /* alignment the member is placed at */
  unsigned flags;          /* enum al_member_flags */
  int hot_group;           /* -1: not hot; else a group number */
  int contended_group;     /* -1: not contended; else a group number */
} al_member;

enum al_unit_flags {
  AL_UNIT_FENCE = 1u << 0,        /* zero-size, over-aligned or `:0`: never
                                     moves; splits the record in segments */
  AL_UNIT_PINNED_FIRST = 1u << 1, /* stays first (base-struct idiom) */
  AL_UNIT_PINNED_LAST = 1u << 2,  /* flexible array member: stays last */
  AL_UNIT_BITFIELD_RUN = 1u << 3, /* adjacent non-zero-width bitfields:
                                     one memory location; two runs must
                                     never become adjacent (they'd merge) */
};

/* What moves as one: a field, a bitfield run, `int a, b;`, or an anonymous
 * struct/union member. Its members are consecutive in al_record.members. */
typedef struct al_unit {
  size_t first_member;
  size_t member_count;
  unsigned flags; /* enum al_unit_flags */
} al_unit;

/* An order every proposed layout keeps: unit `before` stays before unit
 * `after`. Adapters derive these from code whose meaning depends on the
 * relative order (C++ construction order of members whose initialization
 * has effects, a field that uses a name an earlier field declares, a member
 * pinned first or last). They always hold in the written order, so
 * before_unit < after_unit < unit_count; a record with any other constraint
 * (out of range, reversed, cyclic) is kept in its written order.
 *
 * Every order the optimizer proposes keeps them, and its minimum is the
 * minimum over the orders that keep them. The figure without them (what the
 * constraints cost) is al_optimize on a copy of the record with
 * constraint_count = 0. */
typedef struct al_order_constraint {
  size_t before_unit;
  size_t after_unit;
} al_order_constraint;

enum al_record_flags {
  /* The C "base struct" idiom: code casts between the record and the type
   * of a leading struct or union member, which therefore stays first. */
  AL_RECORD_KEEP_FIRST_RECORD_FIELD = 1u << 0,
};

typedef struct al_record {
  const char *name;     /* "struct conn", "conn_t", "Foo" */
  uint64_t size_bytes;  /* clang's sizeof */
  uint32_t align_bytes; /* clang's alignof */
  uint64_t start_bits;  /* where own fields may begin (C++ bases and
                           vptr end here); 0 for C */
  const al_member *members;
  size_t member_count;
  const al_unit *units;
  size_t unit_count;
  const al_order_constraint *constraints; /* may be NULL when count is 0 */
  size_t constraint_count;
  unsigned flags; /* enum al_record_flags */
} al_record;

/* The flags of a unit that follow from its members' facts and the record's
 * flags (rules/unit_policy.c): AL_UNIT_FENCE for a zero-size member, a
 * zero-width bitfield, an over-aligned member or one that ignores rule
 * field-order; AL_UNIT_PINNED_LAST for a flexible array member;
 * AL_UNIT_BITFIELD_RUN for bitfields of non-zero width; AL_UNIT_PINNED_FIRST
 * for a first unit that is a single struct or union member when the record
 * keeps its first record field. Adapters set units' flags from it. */
unsigned al_unit_policy_flags(const al_record *record, size_t unit);

/* ---- Layout simulation -------------------------------------------------- */

/* Lays out the units in `order` (unit indices; NULL = written order) the way
 * the SysV/AAPCS/Itanium record layout does, writing each member's offset to
 * member_offsets_bits (indexed like members; may be NULL). Returns sizeof in
 * bytes. */
uint64_t al_simulate(const al_record *record, const size_t *order,
                     uint64_t *member_offsets_bits);

/* True when simulating the written order reproduces clang's offset for every
 * member and clang's sizeof. When false the engine must not propose a fix:
 * the record uses an ABI rule the model does not know. */
bool al_model_matches_clang(const al_record *record);

/* ---- The optimizer ------------------------------------------------------ */

/* A proposed order of a record's units. */
typedef struct al_plan {
  size_t *order;       /* unit_count unit indices */
  uint64_t size_bytes; /* sizeof in that order */
  bool proven_minimal; /* every segment's order is proven minimal:
                          by the holes-free bound, or by the exact
                          search (any number of units, up to 2^16
                          states = product over classes of
                          interchangeable units of (count + 1)) */
} al_plan;

/* Finds the smallest sizeof reachable by reordering units (fences, pinned
 * units, bitfield-run separation and order constraints respected); among
 * orders of that size it prefers largest alignment first, otherwise the
 * written order. Hot units lead the first segment unless a constraint keeps
 * one behind a colder unit; that one then stays with the colder block.
 * The size is the minimum whenever plan->proven_minimal; otherwise (a
 * segment over the search's state budget, or broken constraints) it is a
 * heuristic order never worse than the written one. Returns false only on
 * allocation failure. Free with al_plan_free. */
bool al_optimize(const al_record *record, al_plan *plan);
void al_plan_free(al_plan *plan);

/* ---- Rules and findings ------------------------------------------------- */

typedef struct al_field_order_finding {
  uint64_t current_bytes;
  uint64_t proposed_bytes;
  uint64_t current_cache_lines; /* ceil(size / line) */
  uint64_t proposed_cache_lines;
  al_plan plan; /* the proposed order */
} al_field_order_finding;

typedef struct al_field_order_options {
  uint64_t min_saved_bytes;  /* report only savings >= this (default 1) */
  uint64_t cache_line_bytes; /* 64 */
} al_field_order_options;

/* Rule field-order. Returns true and fills *finding when reordering saves at
 * least min_saved_bytes; the caller frees finding->plan. Records whose model
 * does not match clang are never reported. */
bool al_rule_field_order(const al_record *record,
                         const al_field_order_options *options,
                         al_field_order_finding *finding);

/* Whether members laid out in the written order from offset 0 (their
 * offset_bits are not read), in a record aligned to the largest of their
 * alignments, already reach the size of the members end to end, which no
 * order beats. Lets an adapter settle most records from their fields'
 * types, before the compiler lays them out. */
bool al_written_order_is_minimal(const al_member *members, size_t count);

/* ---- Text ---------------------------------------------------------------- */

/* Writes a pahole-style diagram of the record in `order` (NULL = written):
 * offset, size, holes, tail padding and cache-line boundaries. Returns a
 * malloc'd NUL-terminated string (caller frees), or NULL on allocation
 * failure. */
char *al_layout_diagram(const al_record *record, const size_t *order,
                        uint64_t cache_line_bytes);

/* ---- Cache-line rules: straddle, false-sharing, contended, hot-fields -----
 * (rules/straddle.c, false_sharing.c, contended.c, hot_fields.c; see
 * docs/cacheline-rules.md). Lines are counted in record coordinates: line k
 * holds bytes [k * line, (k + 1) * line) of the record, which is where they
 * are for every instance of a record aligned to the line. */

/* alignlint:ignore:<rule> on a field, kept in al_member.flags (field-order's
 * too: al_unit_policy_flags reads it). */
enum al_member_ignore_flags {
  AL_MEMBER_IGNORE_HOT_FIELDS = 1u << 8,
  AL_MEMBER_IGNORE_CONTENDED = 1u << 9,
  AL_MEMBER_IGNORE_FALSE_SHARING = 1u << 10,
  AL_MEMBER_IGNORE_STRADDLE = 1u << 11,
  AL_MEMBER_IGNORE_FIELD_ORDER = 1u << 12, /* the member's unit never moves */
};

#define AL_NO_MEMBER ((size_t)-1)

/* The lines [first, last] that the bits [offset, offset + size) occupy (a
 * zero-size member: the line at its offset). */
typedef struct al_line_span {
  uint64_t first, last;
} al_line_span;
al_line_span al_line_span_of(uint64_t offset_bits, uint64_t size_bits,
                             uint64_t line_bits);

/* Rule straddle (split locks). The atomic word of a member is the whole
 * member for an atomic of at most 16 bytes (larger ones are not lock-free:
 * no bus lock), and its first min(size, align_bytes, 8) bytes for a lock.
 * For the straddle path align_bytes is the type's own alignment, even in a
 * packed record. */
typedef struct al_straddle_finding {
  size_t member;
  uint64_t word_offset_bytes; /* offset of the atomic word */
  uint64_t word_bytes;
  bool definite;           /* crosses a line in record coordinates */
  uint64_t boundary_bytes; /* the boundary crossed (when definite) */
} al_straddle_finding;

/* Finds atomic/lock members whose atomic word crosses a line boundary in
 * some instance of the record (the record placed at any multiple of its
 * alignment). Writes up to `max` findings; returns how many there are. */
size_t al_rule_straddle(const al_record *record, uint64_t cache_line_bytes,
                        al_straddle_finding *out, size_t max);

/* Rule false-sharing: an atomic or lock that is not annotated contended
 * shares a line with another such member or with a hot field. */
typedef struct al_false_sharing_pair {
  size_t member; /* the atomic or lock */
  size_t other;  /* another atomic/lock, or a hot field */
  uint64_t line; /* the first line they share */
} al_false_sharing_pair;

/* One pair per atomic/lock at most: its first atomic/lock neighbour after it
 * on a shared line, else the first hot field on a shared line. Returns the
 * number of pairs; writes up to `max`. */
size_t al_rule_false_sharing(const al_record *record, uint64_t cache_line_bytes,
                             al_false_sharing_pair *out, size_t max);

/* Rule contended: each contended group starts a line in every instance and
 * no member outside the group touches any of its lines. */
typedef struct al_contended_finding {
  int group;
  size_t first_member; /* lowest offset in the group */
  size_t last_member;  /* highest end in the group */
  bool misaligned;     /* does not start a line everywhere */
  size_t intruder;     /* member outside the group on one of its
                          lines, or AL_NO_MEMBER */
  uint64_t intruder_line;
} al_contended_finding;

/* Evaluates the layout given by member offsets (NULL: clang's offsets in
 * record->members) with record alignment align_bytes (0: the record's).
 * Returns the number of violating groups; writes up to `max`. */
size_t al_rule_contended(const al_record *record, uint64_t cache_line_bytes,
                         const uint64_t *offsets_bits, uint32_t align_bytes,
                         al_contended_finding *out, size_t max);

enum al_contended_fix_problem {
  AL_CONTENDED_FIX_OK,
  AL_CONTENDED_FIX_MODEL,       /* the model does not match clang */
  AL_CONTENDED_FIX_SCATTERED,   /* a group's units are not consecutive */
  AL_CONTENDED_FIX_BITFIELD,    /* _Alignas would go on a bitfield */
  AL_CONTENDED_FIX_NO_PROGRESS, /* aligning does not satisfy the rule */
  AL_CONTENDED_FIX_NOMEM,
};

typedef struct al_contended_fix {
  int problem;             /* enum al_contended_fix_problem */
  size_t problem_unit;     /* the unit concerned, when any */
  uint64_t new_size_bytes; /* sizeof with the alignments added */
  uint32_t new_align_bytes;
} al_contended_fix;

/* The units that need `_Alignas(line)` (set in align_unit, unit_count
 * entries) so that the written order meets rule contended: the first unit of
 * a group that does not start a line, and the unit after a group that shares
 * its last line. The new layout is simulated and checked. Returns false
 * (with fix->problem) when alignment specifiers cannot do it. */
bool al_contended_fix_units(const al_record *record, uint64_t cache_line_bytes,
                            unsigned char *align_unit, al_contended_fix *fix);

/* Rule hot-fields. Per hot group, compared with the optimizer's plan (hot
 * units first in the first segment, fewest bytes). */
typedef struct al_hot_group_report {
  int group;
  size_t member_count;
  uint64_t total_bytes;     /* sum of the hot members' sizes */
  uint64_t current_lines;   /* distinct lines they touch now */
  uint64_t plan_lines;      /* ... in the plan */
  size_t current_straddles; /* hot members crossing a boundary now */
  size_t plan_straddles;
  bool violated;
} al_hot_group_report;

typedef struct al_hot_fields_finding {
  al_plan plan; /* the proposed order */
  size_t group_count;
  al_hot_group_report *groups; /* ascending group numbers */
  unsigned char *out_of_place; /* per member: hot and misplaced now */
  bool fixable;                /* every hot unit is in the first segment
                                  and no order constraint holds one
                                  back */
  size_t constrained_unit;     /* a hot unit an order constraint keeps
                                  behind a unit that is not hot or of a
                                  later group (the plan keeps it there),
                                  or AL_NO_MEMBER */
} al_hot_fields_finding;

/* True when a hot group is out of place: a unit of a later block (not hot,
 * or a later group) before one of its units, a hot unit behind a fixed unit,
 * a member on a line the plan does not use for its group, or more lines or
 * straddles than in the plan. Free with al_hot_fields_finding_free. */
bool al_rule_hot_fields(const al_record *record, uint64_t cache_line_bytes,
                        al_hot_fields_finding *finding);
void al_hot_fields_finding_free(al_hot_fields_finding *finding);

#ifdef __cplusplus
}
#endif

#endif
