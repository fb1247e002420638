#include "header_agreement.h"

#include "digest.h"
#include "file_content.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VIEW_PREFIX "view:"
#define DIGEST_NAME "alignlint-file-digest"

int parse_record_view(const struct diagnostic *diagnostic,
                      struct record_view *out) {
  const char *text = diagnostic->message;
  size_t digest_length = strcspn(text, " ");
  const char *span = text + digest_length + (text[digest_length] == ' ');
  const char *verdict = span + strcspn(span, " ");
  verdict += *verdict == ' ';
  int is_fix = strncmp(verdict, "fix ", 4) == 0;
  int is_no_fix = strncmp(verdict, "no-fix ", 7) == 0;
  if (strncmp(text, VIEW_PREFIX, sizeof VIEW_PREFIX - 1) != 0 ||
      digest_length >= sizeof out->digest || (!is_fix && !is_no_fix) ||
      !diagnostic->file_path[0]) {
    fprintf(stderr,
            "alignlint: error: %s: " RECORD_VIEW_NAME " needs a FilePath and "
            "a Message '" VIEW_PREFIX "<hex> <begin>-<end> fix|no-fix "
            "<record>[: <reason>]', not '%s'\n",
            diagnostic->origin, text);
    return -1;
  }
  out->key =
      (struct record_key){diagnostic->file_path, diagnostic->file_offset};
  out->unit = diagnostic->unit;
  memcpy(out->digest, text, digest_length);
  out->digest[digest_length] = '\0';
  out->proposes_fix = is_fix;
  out->what = verdict + (is_fix ? 4 : 7);
  return 0;
}

enum unit_state { UNIT_UNKNOWN, UNIT_FRESH, UNIT_STALE, UNIT_NO_DIGEST };

struct settling {
  const struct diagnostic_list *diagnostics;
  const char **main_digests; /* per unit: its main file's digest, or NULL */
  const struct diagnostic **digests; /* every digest, grouped by unit */
  size_t *first_digest;              /* per unit (and one past): in digests */
  enum unit_state *states;           /* per unit, judged on first need */
  struct fix *raw; /* the per-TU copies, sorted by key, unit */
  size_t raw_count;
  struct fix *settled;
  size_t settled_count, settled_capacity;
};

static int compare_keys_then_units(const void *a_ptr, const void *b_ptr) {
  const struct fix *a = a_ptr, *b = b_ptr;
  int order = compare_record_keys(a->key, b->key);
  return order ? order : (a->unit > b->unit) - (a->unit < b->unit);
}

/* Finds each unit's digests: its main file's, and those of the other files
 * its views and edits touch. */
static void find_digests(struct settling *run) {
  const struct diagnostic_list *list = run->diagnostics;
  size_t units = list->unit_count;
  run->main_digests = xmalloc((units + 1) * sizeof(char *));
  run->states = xmalloc((units + 1) * sizeof(enum unit_state));
  run->first_digest = xmalloc((units + 2) * sizeof(size_t));
  for (size_t u = 0; u <= units + 1; u++)
    run->first_digest[u] = 0;
  for (size_t u = 0; u < units; u++) {
    run->main_digests[u] = NULL;
    run->states[u] = UNIT_UNKNOWN;
  }
  for (size_t i = 0; i < list->count; i++)
    if (strcmp(list->items[i].name, DIGEST_NAME) == 0)
      run->first_digest[list->items[i].unit + 2]++;
  for (size_t u = 2; u <= units + 1; u++)
    run->first_digest[u] += run->first_digest[u - 1];
  /* first_digest[u + 1] counts unit u's digests placed so far; once all are
   * placed it is where unit u + 1's begin. */
  run->digests =
      xmalloc((run->first_digest[units + 1] + 1) * sizeof(struct diagnostic *));
  for (size_t i = 0; i < list->count; i++) {
    const struct diagnostic *d = &list->items[i];
    if (strcmp(d->name, DIGEST_NAME) != 0)
      continue;
    run->digests[run->first_digest[d->unit + 1]++] = d;
    if (strcmp(d->file_path, list->units[d->unit].main_file) == 0)
      run->main_digests[d->unit] = d->message;
  }
}

/* Whether the file still has the content whose digest is `expected`. */
static int file_matches(const char *path, const char *expected) {
  struct file_content content;
  if (read_file_content(path, &content) != 0)
    return 0; /* gone or unreadable: not what was compiled */
  char actual[DIGEST_TEXT_SIZE];
  digest_text(content.bytes, content.size, actual);
  free(content.bytes);
  return digest_texts_equal(expected, actual);
}

/* Whether the TU's main file, and every other file it recorded a digest
 * of, still have the content it was compiled from. */
static enum unit_state unit_state(struct settling *run, size_t unit) {
  if (run->states[unit] != UNIT_UNKNOWN)
    return run->states[unit];
  enum unit_state state = UNIT_NO_DIGEST;
  if (run->main_digests[unit]) {
    state = UNIT_FRESH;
    for (size_t i = run->first_digest[unit]; i < run->first_digest[unit + 1];
         i++)
      if (!file_matches(run->digests[i]->file_path, run->digests[i]->message))
        state = UNIT_STALE;
  }
  return run->states[unit] = state;
}

/* The edits of one TU's copies of a fix, split into those of its own main
 * file and those of shared files (the header). The file that defines the
 * record is always shared, even when it is this TU's main file: a source file
 * that another TU #includes (a unit test including the file it tests) is
 * that TU's header, and both must edit it alike. */
struct unit_edits {
  size_t unit;
  const struct fix *first_copy;
  struct replacement *shared, *own;
  size_t shared_count, own_count;
};

static void split_edits(const struct settling *run, const struct fix *copies,
                        size_t copy_count, struct unit_edits *out) {
  const char *main_file = run->diagnostics->units[copies[0].unit].main_file;
  size_t total = 0;
  for (size_t c = 0; c < copy_count; c++)
    total += copies[c].replacement_count;
  *out = (struct unit_edits){copies[0].unit,
                             &copies[0],
                             xmalloc(total * sizeof(struct replacement) + 1),
                             xmalloc(total * sizeof(struct replacement) + 1),
                             0,
                             0};
  for (size_t c = 0; c < copy_count; c++)
    for (size_t r = 0; r < copies[c].replacement_count; r++) {
      const struct replacement *edit = &copies[c].replacements[r];
      if (strcmp(edit->file_path, main_file) == 0 &&
          strcmp(edit->file_path, copies[0].key.file_path) != 0)
        out->own[out->own_count++] = *edit;
      else
        out->shared[out->shared_count++] = *edit;
    }
  qsort(out->shared, out->shared_count, sizeof *out->shared,
        compare_replacements);
}

static int same_edits(const struct unit_edits *a, const struct unit_edits *b) {
  if (a->shared_count != b->shared_count)
    return 0;
  for (size_t i = 0; i < a->shared_count; i++)
    if (compare_replacements(&a->shared[i], &b->shared[i]))
      return 0;
  return 1;
}

static void add_reason(char **reasons, const char *unit_file,
                       const char *format, const char *detail) {
  char *reason = xasprintf(format, detail);
  char *joined = *reasons ? xasprintf("%s; %s: %s", *reasons, unit_file, reason)
                          : xasprintf("%s: %s", unit_file, reason);
  free(reason);
  free(*reasons);
  *reasons = joined;
}

static void keep_fix(struct settling *run, struct fix fix) {
  grow_array((void **)&run->settled, sizeof *run->settled, run->settled_count,
             &run->settled_capacity);
  run->settled[run->settled_count++] = fix;
}

/* Whether views[0..count) has one of `unit`. */
static int has_view(const struct record_view *views, size_t count,
                    size_t unit) {
  for (size_t i = 0; i < count; i++)
    if (views[i].unit == unit)
      return 1;
  return 0;
}

static int has_copy(const struct unit_edits *edits, size_t count, size_t unit) {
  for (size_t i = 0; i < count; i++)
    if (edits[i].unit == unit)
      return 1;
  return 0;
}

/* The copies of copies[0..copy_count) (sorted by unit), one entry per TU. */
static struct unit_edits *group_by_unit(const struct settling *run,
                                        const struct fix *copies,
                                        size_t copy_count, size_t *count) {
  struct unit_edits *edits = xmalloc(copy_count * sizeof *edits);
  *count = 0;
  for (size_t c = 0, past; c < copy_count; c = past) {
    for (past = c + 1; past < copy_count && copies[past].unit == copies[c].unit;
         past++)
      ;
    split_edits(run, copies + c, past - c, &edits[(*count)++]);
  }
  return edits;
}

/* Why the TUs of one record disagree ("<TU>: <why>; ..."), or NULL when
 * each TU that saw it proposed the same fix, saw the same fields and has not
 * changed since. */
static char *find_disagreements(struct settling *run,
                                const struct record_view *views,
                                size_t view_count,
                                const struct unit_edits *edits,
                                size_t edit_count) {
  const struct translation_unit *units = run->diagnostics->units;
  const char *first_edits_file = units[edits[0].unit].main_file;
  char *reasons = NULL;
  for (size_t v = 0; v < view_count; v++) {
    const struct record_view *view = &views[v];
    const char *file = units[view->unit].main_file;
    if (!view->proposes_fix)
      add_reason(&reasons, file, "no fix: %s", view->what);
    else if (!has_copy(edits, edit_count, view->unit))
      add_reason(&reasons, file, "%s", "its export lacks the fix it proposes");
    else if (strcmp(view->digest, views[0].digest) != 0)
      add_reason(&reasons, file, "it sees other fields than %s",
                 units[views[0].unit].main_file);
  }
  for (size_t e = 0; e < edit_count; e++) {
    const char *file = units[edits[e].unit].main_file;
    if (!same_edits(&edits[e], &edits[0]))
      add_reason(&reasons, file, "its edit of the header differs from %s's",
                 first_edits_file);
    enum unit_state state = unit_state(run, edits[e].unit);
    if (state == UNIT_STALE)
      add_reason(&reasons, file, "%s", "changed since the export");
    else if (state == UNIT_NO_DIGEST &&
             has_view(views, view_count, edits[e].unit))
      add_reason(&reasons, file, "%s", "its export has no digest of it");
  }
  return reasons;
}

/* The agreed fix's edits: the shared ones once, with every TU's own. */
static void merge_agreed_edits(const struct unit_edits *edits,
                               size_t edit_count, struct fix *settled) {
  size_t total = edits[0].shared_count;
  for (size_t e = 0; e < edit_count; e++)
    total += edits[e].own_count;
  struct replacement *all = xmalloc(total * sizeof *all + 1);
  memcpy(all, edits[0].shared, edits[0].shared_count * sizeof *all);
  size_t count = edits[0].shared_count;
  for (size_t e = 0; e < edit_count; e++) {
    memcpy(all + count, edits[e].own, edits[e].own_count * sizeof *all);
    count += edits[e].own_count;
  }
  qsort(all, count, sizeof *all, compare_replacements);
  size_t kept = 0; /* two compiles of one main file: one copy of each */
  for (size_t i = 0; i < count; i++)
    if (kept == 0 || compare_replacements(&all[kept - 1], &all[i]))
      all[kept++] = all[i];
  settled->replacements = all;
  settled->replacement_count = kept;
}

/* Settles one record: views[0..view_count) and copies[0..copy_count) are
 * all of its views and per-TU fix copies, each sorted by unit. */
static void settle_record(struct settling *run, const struct record_view *views,
                          size_t view_count, const struct fix *copies,
                          size_t copy_count) {
  if (copy_count == 0)
    return; /* no TU proposes a fix: nothing to apply or refuse */
  size_t edit_count;
  struct unit_edits *edits =
      group_by_unit(run, copies, copy_count, &edit_count);
  struct fix settled = *edits[0].first_copy;
  settled.refusal =
      find_disagreements(run, views, view_count, edits, edit_count);
  if (!settled.refusal)
    merge_agreed_edits(edits, edit_count, &settled);
  keep_fix(run, settled);
  for (size_t e = 0; e < edit_count; e++) {
    free(edits[e].shared);
    free(edits[e].own);
  }
  free(edits);
}

void settle_header_fixes(const struct diagnostic_list *diagnostics,
                         const struct record_view *views, size_t view_count,
                         struct fix **fixes, size_t *fix_count) {
  struct settling run = {diagnostics, NULL,       NULL, NULL, NULL,
                         *fixes,      *fix_count, NULL, 0,    0};
  find_digests(&run);
  qsort(run.raw, run.raw_count, sizeof *run.raw, compare_keys_then_units);
  size_t v = 0;
  for (size_t i = 0, past; i < run.raw_count; i = past) {
    for (past = i + 1;
         past < run.raw_count &&
         compare_record_keys(run.raw[past].key, run.raw[i].key) == 0;
         past++)
      ;
    while (v < view_count &&
           compare_record_keys(views[v].key, run.raw[i].key) < 0)
      v++;
    size_t view_past = v;
    while (view_past < view_count &&
           compare_record_keys(views[view_past].key, run.raw[i].key) == 0)
      view_past++;
    if (view_past == v) {
      /* No TU recorded a view (a main-file record, or an older export):
       * the copies stay as they are. */
      for (size_t c = i; c < past; c++)
        keep_fix(&run, run.raw[c]);
    } else {
      settle_record(&run, views + v, view_past - v, run.raw + i, past - i);
    }
  }
  free(run.main_digests);
  free(run.digests);
  free(run.first_digest);
  free(run.states);
  free(*fixes);
  *fixes = run.settled;
  *fix_count = run.settled_count;
}
