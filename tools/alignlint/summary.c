#include "summary.h"

#include "path_resolve.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { TOP_RECORDS = 10, TOP_REASONS = 10 };

void summary_add_finding(struct summary *summary,
                         const struct finding *finding) {
  record_table_add(&summary->records, finding);
}

size_t summary_error_count(const struct summary *summary) {
  size_t errors = 0;
  for (size_t i = 0; i < summary->records.slot_count; i++)
    errors += summary->records.slots[i] && summary->records.slots[i]->is_error;
  return errors;
}

size_t summary_offered_fix_count(const struct summary *summary) {
  size_t offered = 0;
  for (size_t i = 0; i < summary->records.slot_count; i++)
    offered += summary->records.slots[i] &&
               summary->records.slots[i]->fix == FIX_OFFERED;
  return offered;
}

void summary_add_failed_tu(struct summary *summary, const char *file,
                           const char *first_error) {
  if (summary->tus_failed < SUMMARY_FAILED_SHOWN) {
    summary->failed[summary->tus_failed].file = xstrdup(file);
    summary->failed[summary->tus_failed].first_error = xstrdup(first_error);
  }
  summary->tus_failed++;
}

static long bytes_saved(const struct record_tally *tally) {
  return tally->has_bytes ? tally->bytes_current - tally->bytes_proposed : 0;
}

static long lines_saved(const struct record_tally *tally) {
  return tally->has_bytes ? tally->lines_current - tally->lines_proposed : 0;
}

static int compare_by_record(const void *a, const void *b) {
  const struct record_tally *x = *(const struct record_tally *const *)a;
  const struct record_tally *y = *(const struct record_tally *const *)b;
  int by_file = strcmp(x->file, y->file);
  if (by_file)
    return by_file;
  return (x->offset > y->offset) - (x->offset < y->offset);
}

static int same_record(const struct record_tally *x,
                       const struct record_tally *y) {
  return x->offset == y->offset && strcmp(x->file, y->file) == 0;
}

static int compare_by_rule(const void *a, const void *b) {
  return strcmp((*(const struct record_tally *const *)a)->rule,
                (*(const struct record_tally *const *)b)->rule);
}

/* Sorts `items` by rule. */
static void print_rules(struct record_tally **items, size_t count, FILE *out) {
  qsort(items, count, sizeof *items, compare_by_rule);
  fputs("Records flagged, by rule:\n", out);
  for (size_t i = 0; i < count;) {
    size_t flagged = 0, errors = 0;
    const char *rule = items[i]->rule;
    for (; i < count && strcmp(items[i]->rule, rule) == 0; i++) {
      flagged++;
      errors += items[i]->is_error;
    }
    fprintf(out, "  %-14s %5zu", rule, flagged);
    if (errors)
      fprintf(out, "  (%zu at error level)", errors);
    fputc('\n', out);
  }
}

/* A record flagged by several rules saves what its best fix saves; `items`
 * is sorted by record. Keeps each record's tally with the most bytes saved
 * (ties: the one with a fix offered) in `best`; returns their number. */
static size_t best_per_record(struct record_tally **items, size_t count,
                              struct record_tally **best) {
  size_t records = 0;
  for (size_t i = 0; i < count; i++) {
    if (records && same_record(best[records - 1], items[i])) {
      struct record_tally *kept = best[records - 1];
      if (bytes_saved(items[i]) > bytes_saved(kept))
        best[records - 1] = items[i];
    } else {
      best[records++] = items[i];
    }
  }
  return records;
}

static void print_savings(struct record_tally **best, size_t records,
                          FILE *out) {
  long bytes = 0, lines = 0;
  size_t fixed = 0;
  for (size_t i = 0; i < records; i++)
    if (best[i]->fix == FIX_OFFERED && bytes_saved(best[i]) > 0) {
      bytes += bytes_saved(best[i]);
      lines += lines_saved(best[i]);
      fixed++;
    }
  fprintf(out,
          "If all offered fixes were applied: %ld bytes and %ld cache lines "
          "saved, one instance of each of %zu records.\n",
          bytes, lines, fixed);
}

static long impact(const struct record_tally *tally) {
  return bytes_saved(tally) * (long)tally->tu_count;
}

static int compare_by_impact(const void *a, const void *b) {
  long x = impact(*(const struct record_tally *const *)a);
  long y = impact(*(const struct record_tally *const *)b);
  return (x < y) - (x > y);
}

static const char *fix_word(enum fix_state fix) {
  return fix == FIX_OFFERED ? "offered" : fix == FIX_REFUSED ? "refused" : "-";
}

static void print_top_records(struct record_tally **best, size_t records,
                              FILE *out) {
  qsort(best, records, sizeof *best, compare_by_impact);
  if (!records || impact(best[0]) <= 0)
    return;
  fputs("\nRecords that waste the most (bytes saved x TUs using them):\n"
        "  bytes    TUs  fix      record\n",
        out);
  for (size_t i = 0; i < records && i < TOP_RECORDS && impact(best[i]) > 0; i++)
    fprintf(out, "  %5ld  %5zu  %-7s  %s (%s:%ld)\n", bytes_saved(best[i]),
            best[i]->tu_count, fix_word(best[i]->fix), best[i]->name,
            path_below_cwd(best[i]->file), best[i]->line);
}

static int compare_refusals(const void *a, const void *b) {
  return strcmp((*(const struct record_tally *const *)a)->refusal,
                (*(const struct record_tally *const *)b)->refusal);
}

/* Refusals grouped by reason, the most frequent first. */
static void print_refusals(struct record_tally **items, size_t count,
                           FILE *out) {
  struct record_tally **refused =
      xmalloc((count ? count : 1) * sizeof *refused);
  size_t refused_count = 0;
  for (size_t i = 0; i < count; i++)
    if (items[i]->fix == FIX_REFUSED)
      refused[refused_count++] = items[i];
  if (refused_count) {
    qsort(refused, refused_count, sizeof *refused, compare_refusals);
    fprintf(out, "\nFixes refused (%zu), by reason:\n", refused_count);
    size_t shown = 0;
    for (size_t i = 0; i < refused_count;) {
      size_t same = 1;
      while (i + same < refused_count &&
             strcmp(refused[i]->refusal, refused[i + same]->refusal) == 0)
        same++;
      if (shown++ < TOP_REASONS)
        fprintf(out, "  %5zu  %s\n", same,
                *refused[i]->refusal ? refused[i]->refusal : "(no reason)");
      i += same;
    }
    if (shown > TOP_REASONS)
      fprintf(out, "  and %zu more reasons\n", shown - TOP_REASONS);
  }
  free(refused);
}

static void print_failed(const struct summary *summary, FILE *out) {
  if (!summary->tus_failed)
    return;
  fprintf(out, "\nTUs that could not be checked (%zu):\n", summary->tus_failed);
  for (size_t i = 0; i < summary->tus_failed && i < SUMMARY_FAILED_SHOWN; i++)
    fprintf(out, "  %s: %s\n", path_below_cwd(summary->failed[i].file),
            summary->failed[i].first_error);
  if (summary->tus_failed > SUMMARY_FAILED_SHOWN)
    fprintf(out, "  and %zu more\n",
            summary->tus_failed - SUMMARY_FAILED_SHOWN);
}

void summary_print(const struct summary *summary, FILE *out) {
  size_t count = summary->records.count;
  struct record_tally **items = record_table_items(&summary->records);
  fprintf(out,
          "\nalignlint check: %zu TUs checked, %zu failed, %zu database "
          "entries skipped; %zu findings (%zu at error level)\n\n",
          summary->tus_checked, summary->tus_failed, summary->tus_skipped,
          count, summary_error_count(summary));
  if (count) {
    qsort(items, count, sizeof *items, compare_by_record);
    struct record_tally **best = xmalloc(count * sizeof *best);
    size_t records = best_per_record(items, count, best);
    print_rules(items, count, out); /* `best` keeps its own order */
    print_savings(best, records, out);
    print_top_records(best, records, out);
    print_refusals(items, count, out);
    free(best);
  }
  print_failed(summary, out);
  free(items);
}

void summary_free(struct summary *summary) {
  record_table_free(&summary->records);
  for (size_t i = 0; i < summary->tus_failed && i < SUMMARY_FAILED_SHOWN; i++) {
    free(summary->failed[i].file);
    free(summary->failed[i].first_error);
  }
}
