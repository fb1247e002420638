/*
 * alignlint.h - layout annotations read by the alignlint Clang plugin.
 *
 * Under clang each macro expands to __attribute__((annotate("alignlint:...")));
 * under any other compiler (GCC, MSVC, ...) or when ALIGNLINT_NO_ANNOTATIONS
 * is defined, each expands to nothing, so annotated code builds everywhere
 * and the annotations never change the layout. The header is C89-compatible.
 *
 *   ALIGNLINT_HOT                   annotate("alignlint:hot")
 *   ALIGNLINT_HOT_GROUP(name)       annotate("alignlint:hot:<name>")
 *       Fields read together on the hot path. Members of a hot group belong
 *       together in as few 64-byte cache lines as possible, at the front of
 *       the record. Unnamed HOT fields form one default group.
 *
 *   ALIGNLINT_CONTENDED             annotate("alignlint:contended")
 *   ALIGNLINT_CONTENDED_GROUP(name) annotate("alignlint:contended:<name>")
 *       Fields written by different threads. Java @Contended semantics:
 *       the members of one named group may share a cache line with each
 *       other, never with anything else; an unnamed CONTENDED field is
 *       isolated alone on its own line(s).
 *
 *   ALIGNLINT_IGNORE(rule)          annotate("alignlint:ignore:<rule>")
 *       On a field or a record: suppress one rule for it. rule is one of
 *       field-order, hot-fields, contended, false-sharing, straddle, all.
 *
 * Where to write them: after the declarator (int x ALIGNLINT_HOT;) or before
 * the declaration (ALIGNLINT_HOT int x;); on a record, between the keyword
 * and the tag (struct ALIGNLINT_IGNORE(all) s { ... };).
 * See docs/annotations.md for every position and its meaning.
 */
#ifndef ALIGNLINT_H
#define ALIGNLINT_H

#if defined(__clang__) && !defined(ALIGNLINT_NO_ANNOTATIONS)
/* #arg stringifies without macro-expanding the argument, so
 * ALIGNLINT_IGNORE(false-sharing) stays "false-sharing". */
#define ALIGNLINT_ANNOTATE_(s) __attribute__((annotate(s)))
#define ALIGNLINT_HOT ALIGNLINT_ANNOTATE_("alignlint:hot")
#define ALIGNLINT_HOT_GROUP(name) ALIGNLINT_ANNOTATE_("alignlint:hot:" #name)
#define ALIGNLINT_CONTENDED ALIGNLINT_ANNOTATE_("alignlint:contended")
#define ALIGNLINT_CONTENDED_GROUP(name)                                        \
  ALIGNLINT_ANNOTATE_("alignlint:contended:" #name)
#define ALIGNLINT_IGNORE(rule) ALIGNLINT_ANNOTATE_("alignlint:ignore:" #rule)
#else
#define ALIGNLINT_HOT
#define ALIGNLINT_HOT_GROUP(name)
#define ALIGNLINT_CONTENDED
#define ALIGNLINT_CONTENDED_GROUP(name)
#define ALIGNLINT_IGNORE(rule)
#endif

#endif /* ALIGNLINT_H */
