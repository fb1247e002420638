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
    AL_MEMBER_BITFIELD = 1u << 0,  /* width_bits is a bitfield width */
    AL_MEMBER_ATOMIC = 1u << 1,    /* _Atomic, atomic_*, std::atomic<> */
    AL_MEMBER_LOCK = 1u << 2,      /* pthread_mutex_t, std::mutex, ... */
};

/* One field declaration (FieldDecl) as clang laid it out. */
typedef struct al_member {
    const char *name;          /* "" for unnamed bitfields */
    const char *type_name;     /* as written, for diagrams: "unsigned int" */
    uint64_t offset_bits;      /* clang's offset in the written order */
    uint64_t size_bits;        /* bitfield width, or sizeof * 8 */
    uint64_t type_size_bits;   /* sizeof(declared type) * 8 (bitfields) */
    uint32_t align_bytes;      /* alignment the member is placed at */
    unsigned flags;            /* enum al_member_flags */
    int hot_group;             /* -1: not hot; else a group number */
    int contended_group;       /* -1: not contended; else a group number */
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
    unsigned flags;           /* enum al_unit_flags */
} al_unit;

typedef struct al_record {
    const char *name;         /* "struct conn", "conn_t", "Foo" */
    uint64_t size_bytes;      /* clang's sizeof */
    uint32_t align_bytes;     /* clang's alignof */
    uint64_t start_bits;      /* where own fields may begin (C++ bases and
                                 vptr end here); 0 for C */
    const al_member *members;
    size_t member_count;
    const al_unit *units;
    size_t unit_count;
} al_record;

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
    size_t *order;            /* unit_count unit indices */
    uint64_t size_bytes;      /* sizeof in that order */
    bool proven_minimal;      /* exact search or a provably optimal sort */
} al_plan;

/* Finds the smallest sizeof reachable by reordering units (fences, pinned
 * units and bitfield-run separation respected); among orders of that size it
 * prefers largest alignment first, otherwise the written order. Returns false
 * only on allocation failure. Free with al_plan_free. */
bool al_optimize(const al_record *record, al_plan *plan);
void al_plan_free(al_plan *plan);

/* ---- Rules and findings ------------------------------------------------- */

typedef struct al_field_order_finding {
    uint64_t current_bytes;
    uint64_t proposed_bytes;
    uint64_t current_cache_lines;  /* ceil(size / line) */
    uint64_t proposed_cache_lines;
    al_plan plan;                  /* the proposed order */
} al_field_order_finding;

typedef struct al_field_order_options {
    uint64_t min_saved_bytes;      /* report only savings >= this (default 1) */
    uint64_t cache_line_bytes;     /* 64 */
} al_field_order_options;

/* Rule field-order. Returns true and fills *finding when reordering saves at
 * least min_saved_bytes; the caller frees finding->plan. Records whose model
 * does not match clang are never reported. */
bool al_rule_field_order(const al_record *record,
                         const al_field_order_options *options,
                         al_field_order_finding *finding);

/* ---- Text ---------------------------------------------------------------- */

/* Writes a pahole-style diagram of the record in `order` (NULL = written):
 * offset, size, holes, tail padding and cache-line boundaries. Returns a
 * malloc'd NUL-terminated string (caller frees), or NULL on allocation
 * failure. */
char *al_layout_diagram(const al_record *record, const size_t *order,
                        uint64_t cache_line_bytes);

#ifdef __cplusplus
}
#endif

#endif
