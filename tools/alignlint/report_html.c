#include "report_html.h"
#include "atomic_write.h"
#include "html_escape.h"
#include "record_groups.h"
#include "report_assets.h"
#include "svg_layout.h"
#include "xalloc.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* What every part of the page needs. */
struct page {
  FILE *out;
  const struct finding_list *findings;
  struct record_group_list groups;
  size_t path_prefix_length; /* of the directory all paths share */
};

/* The longest directory prefix (ending in '/') of every finding's file, so
 * that the table shows paths relative to it. */
static size_t common_directory_length(const struct finding_list *findings) {
  if (findings->count == 0)
    return 0;
  const char *first = findings->items[0].location.file;
  size_t length = strlen(first);
  for (size_t i = 1; i < findings->count; i++) {
    const char *file = findings->items[i].location.file;
    size_t same = 0;
    while (same < length && file[same] == first[same])
      same++;
    length = same;
  }
  while (length > 0 && first[length - 1] != '/')
    length--;
  return length;
}

static const char *shown_path(const struct page *page, const char *file) {
  return strlen(file) >= page->path_prefix_length
             ? file + page->path_prefix_length
             : file;
}

static const char *plural(uint64_t count) { return count == 1 ? "" : "s"; }

static void write_record_title(FILE *out, const struct finding *finding) {
  write_escaped(out, finding->record_kind);
  fputc(' ', out);
  write_escaped(out, finding->record_name);
}

static void write_card(FILE *out, uint64_t number, const char *what) {
  fprintf(out, "<div class=\"card\"><b>%" PRIu64 "</b><span>%s</span></div>",
          number, what);
}

static void write_summary(const struct page *page) {
  uint64_t saved_bytes = 0, saved_lines = 0, added_bytes = 0, refused = 0;
  for (size_t i = 0; i < page->groups.count; i++) {
    int64_t bytes = record_bytes_saved(&page->groups.items[i]);
    int64_t lines = record_lines_saved(&page->groups.items[i]);
    if (bytes > 0)
      saved_bytes += (uint64_t)bytes;
    else
      added_bytes += (uint64_t)-bytes;
    if (lines > 0)
      saved_lines += (uint64_t)lines;
  }
  for (size_t i = 0; i < page->findings->count; i++)
    refused += strcmp(page->findings->items[i].fix_state, "refused") == 0;
  fputs("<div class=\"cards\">", page->out);
  write_card(page->out, page->findings->count, "findings");
  write_card(page->out, page->groups.count, "records flagged");
  write_card(page->out, saved_bytes, "bytes saved by the offered fixes");
  write_card(page->out, saved_lines, "cache lines saved");
  if (added_bytes)
    write_card(page->out, added_bytes,
               "bytes added to isolate contended fields");
  write_card(page->out, refused, "fixes refused");
  fputs("</div>\n", page->out);
}

static const char *rule_of(const struct finding *finding) {
  return finding->rule;
}

static const char *fix_state_of(const struct finding *finding) {
  return finding->fix_state;
}

/* An <option> for each distinct value of the findings, in first-seen order. */
static void write_options(const struct page *page,
                          const char *(*value_of)(const struct finding *)) {
  const struct finding *items = page->findings->items;
  for (size_t i = 0; i < page->findings->count; i++) {
    bool seen = false;
    for (size_t j = 0; j < i && !seen; j++)
      seen = strcmp(value_of(&items[i]), value_of(&items[j])) == 0;
    if (seen)
      continue;
    fputs("<option>", page->out);
    write_escaped(page->out, value_of(&items[i]));
    fputs("</option>", page->out);
  }
}

static void write_filters(const struct page *page) {
  FILE *out = page->out;
  fputs("<div class=\"filters\"><input id=\"filter-text\" type=\"search\" "
        "placeholder=\"Filter: record, file, rule, reason...\" "
        "aria-label=\"Filter the findings\">"
        "<select id=\"filter-rule\" aria-label=\"Rule\">"
        "<option value=\"\">every rule</option>",
        out);
  write_options(page, rule_of);
  fputs("</select><select id=\"filter-fix\" aria-label=\"Fix\">"
        "<option value=\"\">any fix state</option>",
        out);
  write_options(page, fix_state_of);
  fputs("</select><span id=\"shown\"></span></div>\n", out);
}

static void write_number_pair(FILE *out, bool known, uint64_t now,
                              uint64_t after) {
  if (!known) {
    fputs("<td class=\"num\" data-value=\"0\">&ndash;</td>", out);
    return;
  }
  fprintf(out, "<td class=\"num\" data-value=\"%" PRIu64 "\">%" PRIu64, now,
          now);
  if (after != now)
    fprintf(out, " &rarr; %" PRIu64, after);
  fputs("</td>", out);
}

static void write_fix_cell(FILE *out, const struct finding *finding) {
  fputs("<td class=\"fix-", out);
  write_escaped(out, finding->fix_state);
  fputs("\">", out);
  write_escaped(out, finding->fix_state);
  if (finding->fix_reason[0]) {
    fputs("<span class=\"reason\">", out);
    write_escaped(out, finding->fix_reason);
    fputs("</span>", out);
  }
  fputs("</td>", out);
}

static void write_finding_row(const struct page *page, size_t index) {
  FILE *out = page->out;
  const struct finding *finding = &page->findings->items[index];
  size_t group = page->groups.group_of_finding[index];
  int64_t saved = finding->has_bytes ? (int64_t)finding->bytes_current -
                                           (int64_t)finding->bytes_proposed
                                     : 0;
  fprintf(out, "<tr data-record=\"r%zu\" data-rule=\"", group);
  write_escaped(out, finding->rule);
  fputs("\" data-fix=\"", out);
  write_escaped(out, finding->fix_state);
  fputs("\" class=\"level-", out);
  write_escaped(out, finding->level);
  fputs("\"><td><span class=\"rule\" title=\"", out);
  write_escaped(out, finding->message);
  fputs("\">", out);
  write_escaped(out, finding->rule);
  fprintf(out, "</span></td><td><a href=\"#r%zu\">", group);
  write_record_title(out, finding);
  /* Sorted by path, then by line number (not "10" before "4"). */
  fputs("</a></td><td class=\"mono\" data-value=\"", out);
  write_escaped(out, shown_path(page, finding->location.file));
  fprintf(out, ":%010u\">", finding->location.line);
  write_escaped(out, shown_path(page, finding->location.file));
  fprintf(out, ":%u</td>", finding->location.line);
  write_number_pair(out, finding->has_bytes, finding->bytes_current,
                    finding->bytes_proposed);
  fprintf(out, "<td class=\"num\" data-value=\"%" PRId64 "\">%" PRId64 "</td>",
          saved, saved);
  write_number_pair(out, finding->lines_current > 0, finding->lines_current,
                    finding->lines_proposed);
  write_fix_cell(out, finding);
  fprintf(out, "<td class=\"num\">%zu</td></tr>\n", finding->unit_count);
}

static void write_table(const struct page *page) {
  fputs("<table id=\"findings\"><thead><tr>"
        "<th>Rule</th><th>Record</th><th>Location</th>"
        "<th data-type=\"number\" title=\"The record's size now and after "
        "the fix\">Bytes</th>"
        "<th data-type=\"number\">Saved</th>"
        "<th data-type=\"number\" title=\"Cache lines the record spans now "
        "and after the fix\">Cache lines</th>"
        "<th>Fix</th>"
        "<th data-type=\"number\" title=\"Translation units reporting "
        "it\">TUs</th></tr></thead>\n<tbody>\n",
        page->out);
  for (size_t i = 0; i < page->findings->count; i++)
    write_finding_row(page, i);
  fputs("</tbody></table>\n", page->out);
}

static void write_legend_swatch(FILE *out, const char *group_class,
                                const char *text) {
  fprintf(out,
          "<span><svg width=\"26\" height=\"16\" aria-hidden=\"true\">"
          "<g class=\"%s\"><rect x=\"1\" y=\"1\" width=\"24\" height=\"14\"/>"
          "</g></svg>%s</span>",
          group_class, text);
}

static void write_legend(FILE *out) {
  fputs("<div class=\"legend\" id=\"legend\">", out);
  write_legend_swatch(out, "field", "field");
  write_legend_swatch(out, "field bitfield", "bitfield (to bit scale)");
  write_legend_swatch(out, "field hot", "hot field");
  write_legend_swatch(out, "field contended", "contended field");
  write_legend_swatch(out, "hole", "hole (padding between fields)");
  write_legend_swatch(out, "tail", "tail padding");
  fputs("<span><svg width=\"26\" height=\"16\" aria-hidden=\"true\">"
        "<line class=\"cache-line\" x1=\"1\" x2=\"25\" y1=\"8\" y2=\"8\"/>"
        "</svg>cache-line boundary</span>"
        "<span>Rows are numbered by byte offset (left) and cache line "
        "(right); hover a box for its type, offset and size.</span></div>\n",
        out);
}

static void write_size_phrase(FILE *out, uint64_t bytes, uint64_t lines) {
  fprintf(out, "%" PRIu64 " byte%s, %" PRIu64 " cache line%s", bytes,
          plural(bytes), lines, plural(lines));
}

/* "saves 16 bytes", "grows by 128 bytes" or `unchanged`. */
static void write_change(FILE *out, int64_t saved, const char *unit,
                         const char *unchanged) {
  uint64_t amount = saved < 0 ? (uint64_t)-saved : (uint64_t)saved;
  if (saved == 0)
    fputs(unchanged, out);
  else
    fprintf(out, "%s %" PRIu64 " %s%s", saved > 0 ? "saves" : "grows by",
            amount, unit, plural(amount));
}

static void write_saving(FILE *out, const struct record_group *group) {
  const struct finding *fix = group->fixed_by;
  fputs("<p class=\"saving\">", out);
  if (!fix) {
    const struct finding *first = group->first;
    uint64_t bytes = first->has_bytes ? first->bytes_current
                     : group->before  ? group->before->size_bytes
                                      : 0;
    write_size_phrase(out, bytes, first->lines_current);
    fputs("; no fix offered.</p>\n", out);
    return;
  }
  write_size_phrase(out, fix->bytes_current, fix->lines_current);
  fputs(" &rarr; ", out);
  write_size_phrase(out, fix->after->size_bytes, fix->lines_proposed);
  int64_t bytes = record_bytes_saved(group);
  fprintf(out, ": <b class=\"%s\">", bytes < 0 ? "grows" : "saves");
  write_change(out, bytes, "byte", "the same size");
  fputs(", ", out);
  write_change(out, record_lines_saved(group), "cache line",
               "as many cache lines");
  fprintf(out, "</b> (fix of %s).</p>\n", fix->rule);
}

static void write_messages(const struct page *page,
                           const struct record_group *group) {
  FILE *out = page->out;
  fputs("<ul class=\"messages\">", out);
  for (size_t i = 0; i < group->finding_count; i++) {
    const struct finding *finding =
        &page->findings->items[group->finding_indices[i]];
    fputs("<li><span class=\"rule\">", out);
    write_escaped(out, finding->rule);
    fputs("</span> ", out);
    write_escaped(out, finding->message);
    if (strcmp(finding->fix_state, "refused") == 0) {
      fputs(" <span class=\"fix-refused\">No fix: ", out);
      write_escaped(out, finding->fix_reason);
      fputs("</span>", out);
    }
    fputs("</li>", out);
  }
  fputs("</ul>\n", out);
}

static void write_pane(FILE *out, const char *heading,
                       const struct record_layout *layout,
                       const struct svg_scale *scale,
                       const struct finding *record) {
  fprintf(out, "<div class=\"pane\"><h4>%s</h4>", heading);
  char *caption = xasprintf("%s %s, %s: %" PRIu64 " bytes", record->record_kind,
                            record->record_name, heading, layout->size_bytes);
  write_layout_svg(out, layout, scale, caption);
  free(caption);
  fputs("</div>\n", out);
}

static void write_record_section(const struct page *page, size_t index) {
  FILE *out = page->out;
  const struct record_group *group = &page->groups.items[index];
  const struct finding *first = group->first;
  fprintf(out, "<section class=\"record\" id=\"r%zu\"><h3>", index);
  write_record_title(out, first);
  fputs("<span class=\"mono\">", out);
  write_escaped(out, shown_path(page, first->location.file));
  fprintf(out, ":%u</span></h3>\n", first->location.line);
  write_saving(out, group);
  write_messages(page, group);
  if (!group->before) {
    fputs("<p class=\"nofix\">The findings hold no layout of this "
          "record.</p></section>\n",
          out);
    return;
  }
  const struct record_layout *after =
      group->fixed_by ? group->fixed_by->after : NULL;
  uint64_t largest = group->before->size_bytes;
  if (after && after->size_bytes > largest)
    largest = after->size_bytes;
  struct svg_scale scale = choose_svg_scale(largest, first->cache_line_bytes);
  fputs("<figure class=\"layout panes\">", out);
  write_pane(out, "now", group->before, &scale, first);
  if (after)
    write_pane(out, "after the fix", after, &scale, first);
  else
    fputs("<div class=\"pane nofix\"><h4>after the fix</h4>No fix is "
          "offered for this record, so its layout stays as it is.</div>",
          out);
  fputs("</figure></section>\n", out);
}

static void write_page(struct page *page) {
  FILE *out = page->out;
  fprintf(out,
          "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width\">"
          "<title>alignlint layout report</title>\n<style>\n%s</style>"
          "</head>\n<body>\n",
          report_style);
  write_svg_defs(out);
  fputs("<main>\n<h1>alignlint layout report</h1>\n<p class=\"sub\">", out);
  fprintf(out, "%zu findings file%s", page->findings->file_count,
          plural(page->findings->file_count));
  if (page->path_prefix_length) {
    char *prefix = xmemdup(page->findings->items[0].location.file,
                           page->path_prefix_length);
    fputs("; paths are relative to <code>", out);
    write_escaped(out, prefix);
    fputs("</code>", out);
    free(prefix);
  }
  fputs(".</p>\n", out);
  write_summary(page);
  fputs("<h2>Findings</h2>\n", out);
  write_filters(page);
  write_table(page);
  fputs("<h2>Record layouts</h2>\n", out);
  write_legend(out);
  for (size_t i = 0; i < page->groups.count; i++)
    write_record_section(page, i);
  fprintf(out, "</main>\n<script>\n%s</script>\n</body></html>\n",
          report_script);
}

static int make_directory(const char *dir) {
  if (mkdir(dir, 0777) == 0 || errno == EEXIST)
    return 0;
  fprintf(stderr, "alignlint: error: cannot create directory %s: %s\n", dir,
          strerror(errno));
  return -1;
}

int report_write_html(const struct finding_list *findings,
                      const char *out_dir) {
  if (make_directory(out_dir) != 0)
    return -1;
  char *content = NULL;
  size_t size = 0;
  struct page page = {0};
  page.out = open_memstream(&content, &size);
  page.findings = findings;
  page.groups = group_findings_by_record(findings);
  page.path_prefix_length = common_directory_length(findings);
  write_page(&page);
  fclose(page.out);
  free_record_groups(&page.groups);
  char *path = xasprintf("%s/index.html", out_dir);
  struct pending_write pending;
  int status = open_pending_write(&pending, path);
  if (status == 0)
    status = commit_pending_write(&pending, content, size, 0644);
  free(path);
  free(content);
  return status;
}
