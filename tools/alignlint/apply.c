#include "apply.h"

#include "atomic_write.h"
#include "digest.h"
#include "file_content.h"
#include "file_edits.h"
#include "path_resolve.h"
#include "unified_diff.h"
#include "xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum file_verdict { FILE_EDITABLE, FILE_STALE, FILE_CONFLICTING, FILE_FAILED };

struct target_file {
  const char *path;
  struct file_content content;
  enum file_verdict verdict;
  struct pending_write pending; /* open while verdict is FILE_EDITABLE */
};

struct apply_run {
  const struct fix_set *set;
  const struct apply_options *options;
  struct apply_summary *summary;
  unsigned char *fix_is_live; /* per fix: not vetoed, not refused */
  struct target_file *files;  /* sorted by path */
  size_t file_count;
};

static FILE *messages_of(const struct apply_run *run) {
  return run->options->messages ? run->options->messages : stderr;
}

static void drop_vetoed_fixes(struct apply_run *run) {
  const struct fix_set *set = run->set;
  size_t veto = 0; /* both lists are sorted by key: walk them together */
  for (size_t i = 0; i < set->fix_count; i++) {
    const struct fix *fix = &set->fixes[i];
    if (fix->refusal) {
      fprintf(messages_of(run),
              "vetoed: %s: not every TU that saw the record agrees: %s\n",
              fix->message, fix->refusal);
      run->fix_is_live[i] = 0;
      run->summary->vetoed_fixes++;
    }
    while (veto < set->veto_count &&
           compare_record_keys(set->vetoes[veto].key, fix->key) < 0)
      veto++;
    for (size_t v = veto;
         v < set->veto_count &&
         compare_record_keys(set->vetoes[v].key, fix->key) == 0;
         v++) {
      fprintf(messages_of(run), "vetoed: %s: %s\n", fix->message,
              set->vetoes[v].message);
      if (run->fix_is_live[i]) {
        run->fix_is_live[i] = 0;
        run->summary->vetoed_fixes++;
      }
    }
  }
}

static int compare_paths(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The files the live fixes edit, each once, sorted by path. */
static void collect_target_files(struct apply_run *run) {
  const struct fix_set *set = run->set;
  const char **paths = NULL;
  size_t count = 0, capacity = 0;
  for (size_t i = 0; i < set->fix_count; i++)
    for (size_t r = 0;
         run->fix_is_live[i] && r < set->fixes[i].replacement_count; r++) {
      grow_array((void **)&paths, sizeof *paths, count, &capacity);
      paths[count++] = set->fixes[i].replacements[r].file_path;
    }
  qsort(paths, count, sizeof *paths, compare_paths);
  run->files = xmalloc(count * sizeof *run->files);
  run->file_count = 0;
  for (size_t i = 0; i < count; i++)
    if (i == 0 || strcmp(paths[i - 1], paths[i]) != 0)
      run->files[run->file_count++] =
          (struct target_file){.path = paths[i], .pending = {.fd = -1}};
  free(paths);
}

static struct target_file *find_target_file(const struct apply_run *run,
                                            const char *path) {
  size_t low = 0, high = run->file_count;
  while (low < high) {
    size_t middle = (low + high) / 2;
    int order = strcmp(run->files[middle].path, path);
    if (order == 0)
      return &run->files[middle];
    if (order < 0)
      low = middle + 1;
    else
      high = middle;
  }
  return NULL;
}

/* The sorted edits that live fixes make to `file`. */
static struct edit_list collect_edits(const struct apply_run *run,
                                      const struct target_file *file) {
  struct edit_list edits = {0};
  for (size_t i = 0; i < run->set->fix_count; i++) {
    const struct fix *fix = &run->set->fixes[i];
    for (size_t r = 0; run->fix_is_live[i] && r < fix->replacement_count; r++) {
      const struct replacement *replacement = &fix->replacements[r];
      if (strcmp(replacement->file_path, file->path) == 0)
        add_edit(&edits,
                 (struct edit){replacement->offset, replacement->length,
                               replacement->text, replacement->text_length, i});
    }
  }
  sort_edits(&edits);
  return edits;
}

/* The index of the first digest recorded for `path` in the sorted list, or
 * digest_count if there is none. */
static size_t first_digest_of(const struct fix_set *set, const char *path) {
  size_t low = 0, high = set->digest_count;
  while (low < high) {
    size_t middle = (low + high) / 2;
    if (strcmp(set->digests[middle].file_path, path) < 0)
      low = middle + 1;
    else
      high = middle;
  }
  return low;
}

/* Whether any digest recorded for the file differs from its content. */
static int file_is_stale(const struct apply_run *run,
                         const struct target_file *file) {
  const struct fix_set *set = run->set;
  size_t i = first_digest_of(set, file->path);
  if (i == set->digest_count || strcmp(set->digests[i].file_path, file->path))
    return 0;
  char actual[DIGEST_TEXT_SIZE];
  digest_text(file->content.bytes, file->content.size, actual);
  for (; i < set->digest_count &&
         strcmp(set->digests[i].file_path, file->path) == 0;
       i++)
    if (!digest_texts_equal(set->digests[i].digest, actual))
      return 1;
  return 0;
}

static void report_conflict(const struct apply_run *run,
                            const struct target_file *file,
                            const struct edit *first,
                            const struct edit *second) {
  const struct fix *first_fix = &run->set->fixes[first->fix_index];
  const struct fix *second_fix = &run->set->fixes[second->fix_index];
  fprintf(messages_of(run),
          "conflict: %s left untouched: edit %zu+%zu of record (%s, %zu) "
          "from %s overlaps edit %zu+%zu of record (%s, %zu) from %s\n",
          file->path, first->offset, first->length, first_fix->key.file_path,
          first_fix->key.offset, first_fix->origin, second->offset,
          second->length, second_fix->key.file_path, second_fix->key.offset,
          second_fix->origin);
}

/* Decides whether the file may be edited at all: readable, not changed
 * since the export, edits inside it and not in conflict. */
static enum file_verdict judge_file(const struct apply_run *run,
                                    struct target_file *file) {
  if (read_file_content(file->path, &file->content) != 0) {
    fprintf(messages_of(run), "alignlint: error: cannot read %s: %s\n",
            file->path, strerror(errno));
    return FILE_FAILED;
  }
  if (file_is_stale(run, file)) {
    fprintf(messages_of(run),
            "stale export: %s changed since it was exported\n", file->path);
    return FILE_STALE;
  }
  struct edit_list edits = collect_edits(run, file);
  enum file_verdict verdict = FILE_EDITABLE;
  const struct edit *first, *second;
  const struct edit *outside =
      find_edit_out_of_range(&edits, file->content.size);
  if (outside) {
    /* Without a digest, an edit past the end is the only sign of change. */
    fprintf(messages_of(run),
            "stale export: %s changed since it was exported (edit %zu+%zu "
            "lies beyond its %zu bytes)\n",
            file->path, outside->offset, outside->length, file->content.size);
    verdict = FILE_STALE;
  } else if (find_conflict(&edits, &first, &second)) {
    report_conflict(run, file, first, second);
    verdict = FILE_CONFLICTING;
  }
  free(edits.items);
  return verdict;
}

static void count_refusal(struct apply_summary *summary,
                          enum file_verdict verdict) {
  if (verdict == FILE_STALE)
    summary->stale_files++;
  else if (verdict == FILE_CONFLICTING)
    summary->conflicting_files++;
  else if (verdict == FILE_FAILED)
    summary->failed_files++;
}

static void judge_files(struct apply_run *run) {
  for (size_t i = 0; i < run->file_count; i++) {
    struct target_file *file = &run->files[i];
    file->verdict = judge_file(run, file);
    /* Checking writability now lets a multi-file fix fall as a whole before
     * any file is replaced. */
    if (file->verdict == FILE_EDITABLE && !run->options->dry_run &&
        open_pending_write(&file->pending, file->path) != 0)
      file->verdict = FILE_FAILED;
    count_refusal(run->summary, file->verdict);
  }
}

/* The first file of the fix that may not be edited, or NULL. */
static const struct target_file *refused_file_of(const struct apply_run *run,
                                                 const struct fix *fix) {
  for (size_t r = 0; r < fix->replacement_count; r++) {
    const struct target_file *file =
        find_target_file(run, fix->replacements[r].file_path);
    if (file->verdict != FILE_EDITABLE)
      return file;
  }
  return NULL;
}

/* A fix stands or falls as a whole: drop it if any of its files is
 * refused. Only worth a message when it also edits a file that is fine. */
static void drop_fixes_touching_refused_files(struct apply_run *run) {
  for (size_t i = 0; i < run->set->fix_count; i++) {
    const struct fix *fix = &run->set->fixes[i];
    const struct target_file *refused;
    if (!run->fix_is_live[i] || !(refused = refused_file_of(run, fix)))
      continue;
    run->fix_is_live[i] = 0;
    for (size_t r = 0; r < fix->replacement_count; r++)
      if (strcmp(fix->replacements[r].file_path, refused->path) != 0) {
        fprintf(messages_of(run),
                "not applied: %s: it also edits %s, which was "
                "refused\n",
                fix->message, refused->path);
        break;
      }
  }
}

static void drop_fixes_of_file(struct apply_run *run,
                               const struct edit_list *edits) {
  for (size_t i = 0; i < edits->count; i++)
    run->fix_is_live[edits->items[i].fix_index] = 0;
}

/* Writes (or, for a dry run, shows) the file with the live fixes' edits. */
static void edit_file(struct apply_run *run, struct target_file *file) {
  struct edit_list edits = collect_edits(run, file);
  remove_duplicate_edits(&edits);
  size_t new_size;
  char *new_bytes = apply_edits(file->content.bytes, 0, file->content.size,
                                edits.items, edits.count, &new_size);
  int unchanged = new_size == file->content.size &&
                  memcmp(new_bytes, file->content.bytes, new_size) == 0;
  if (unchanged) {
    discard_pending_write(&file->pending);
  } else if (run->options->dry_run) {
    if (!run->options->decide_only)
      write_unified_diff(stdout, path_below_cwd(file->path),
                         file->content.bytes, file->content.size, &edits);
    run->summary->edited_files++;
  } else if (commit_pending_write(&file->pending, new_bytes, new_size,
                                  file->content.mode) == 0) {
    run->summary->edited_files++;
  } else {
    run->summary->failed_files++;
    drop_fixes_of_file(run, &edits);
  }
  free(new_bytes);
  free(edits.items);
}

void apply_fix_set(const struct fix_set *set,
                   const struct apply_options *options,
                   struct apply_summary *summary) {
  struct apply_run run = {set, options, summary, NULL, NULL, 0};
  memset(summary, 0, sizeof *summary);
  run.fix_is_live = xmalloc(set->fix_count);
  memset(run.fix_is_live, 1, set->fix_count);
  drop_vetoed_fixes(&run);
  collect_target_files(&run);
  judge_files(&run);
  drop_fixes_touching_refused_files(&run);
  for (size_t i = 0; i < run.file_count; i++)
    if (run.files[i].verdict == FILE_EDITABLE)
      edit_file(&run, &run.files[i]);
  for (size_t i = 0; i < set->fix_count; i++) {
    summary->applied_fixes += run.fix_is_live[i];
    if (run.fix_is_live[i] && options->on_applied)
      options->on_applied(&set->fixes[i], options->context);
  }
  for (size_t i = 0; i < run.file_count; i++)
    free(run.files[i].content.bytes);
  free(run.files);
  free(run.fix_is_live);
}

int apply_summary_has_refusals(const struct apply_summary *summary) {
  return summary->vetoed_fixes || summary->stale_files ||
         summary->conflicting_files || summary->failed_files;
}
