#include "svg_layout.h"
#include "html_escape.h"
#include "xalloc.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

/* Geometry, in SVG user units (CSS pixels at scale 1). */
enum {
  left_margin = 54,  /* byte offsets of rows */
  right_margin = 62, /* cache-line numbers */
  top_margin = 8,
  row_height = 28,
  row_gap = 8,
  small_byte_width = 32, /* records of at most one cache line */
  large_row_width = 768,
};
static const double label_char_width = 6.4; /* 11px sans-serif, on average */

enum span_kind { span_field, span_hole, span_tail };

/* A run of bits of the record: a field, a hole between fields or the tail
 * padding up to the record's size. */
struct span {
  enum span_kind kind;
  uint64_t begin_bit;
  uint64_t end_bit;
  const struct layout_field *field; /* NULL for holes and tail padding */
};

struct span_list {
  struct span *items;
  size_t count;
  size_t capacity;
};

struct geometry {
  const struct svg_scale *scale;
  double bit_width;
  unsigned row_width;
};

struct svg_scale choose_svg_scale(uint64_t largest_size,
                                  unsigned cache_line_bytes) {
  struct svg_scale scale;
  scale.cache_line_bytes = cache_line_bytes ? cache_line_bytes : 64;
  unsigned wanted = largest_size <= scale.cache_line_bytes ? 16 : 64;
  scale.bytes_per_row =
      wanted < scale.cache_line_bytes ? wanted : scale.cache_line_bytes;
  return scale;
}

static void add_span(struct span_list *list, enum span_kind kind,
                     uint64_t begin_bit, uint64_t end_bit,
                     const struct layout_field *field) {
  grow_array((void **)&list->items, sizeof *list->items, list->count,
             &list->capacity);
  struct span span = {kind, begin_bit, end_bit, field};
  list->items[list->count++] = span;
}

static int compare_field_offsets(const void *a, const void *b) {
  const struct layout_field *x = *(const struct layout_field *const *)a;
  const struct layout_field *y = *(const struct layout_field *const *)b;
  if (x->offset_bits != y->offset_bits)
    return x->offset_bits > y->offset_bits ? 1 : -1;
  /* Union members share offsets: the larger is drawn first, under. */
  return (x->size_bits < y->size_bits) - (x->size_bits > y->size_bits);
}

/* Fields in offset order with the gaps between them; union members overlap,
 * so a hole starts only after the furthest end seen so far. */
static struct span_list layout_spans(const struct record_layout *layout) {
  struct span_list spans = {0};
  const struct layout_field **order =
      xmalloc((layout->field_count + 1) * sizeof *order);
  for (size_t i = 0; i < layout->field_count; i++)
    order[i] = &layout->fields[i];
  qsort(order, layout->field_count, sizeof *order, compare_field_offsets);
  uint64_t covered = 0;
  for (size_t i = 0; i < layout->field_count; i++) {
    const struct layout_field *field = order[i];
    uint64_t end = field->offset_bits + field->size_bits;
    if (field->offset_bits > covered)
      add_span(&spans, span_hole, covered, field->offset_bits, NULL);
    add_span(&spans, span_field, field->offset_bits, end, field);
    if (end > covered)
      covered = end;
  }
  if (covered < layout->size_bytes * 8)
    add_span(&spans, span_tail, covered, layout->size_bytes * 8, NULL);
  free(order);
  return spans;
}

static uint64_t row_bits(const struct geometry *geometry) {
  return (uint64_t)geometry->scale->bytes_per_row * 8;
}

static double row_top(uint64_t row) {
  return top_margin + (double)row * (row_height + row_gap);
}

static double bit_x(const struct geometry *geometry, uint64_t bit) {
  return left_margin + (double)(bit % row_bits(geometry)) * geometry->bit_width;
}

static void write_size_text(FILE *out, uint64_t bits) {
  if (bits % 8 == 0)
    fprintf(out, "%" PRIu64 " byte%s", bits / 8, bits == 8 ? "" : "s");
  else
    fprintf(out, "%" PRIu64 " bit%s", bits, bits == 1 ? "" : "s");
}

static void write_offset_text(FILE *out, uint64_t bit) {
  fprintf(out, "offset %" PRIu64, bit / 8);
  if (bit % 8)
    fprintf(out, " bit %" PRIu64, bit % 8);
}

/* The tooltip: everything the box is too small to say. */
static void write_span_title(FILE *out, const struct span *span) {
  fputs("<title>", out);
  if (span->field) {
    write_escaped(out, span->field->name);
    fputs(": ", out);
    write_escaped(out, span->field->type);
    fputs(", ", out);
  } else
    fputs(span->kind == span_hole ? "hole: " : "tail padding: ", out);
  write_size_text(out, span->end_bit - span->begin_bit);
  fputs(" at ", out);
  write_offset_text(out, span->begin_bit);
  if (span->field && span->field->hot)
    fputs(", hot", out);
  if (span->field && span->field->contended)
    fputs(", contended", out);
  fputs("</title>", out);
}

static const char *span_class(const struct span *span) {
  if (span->kind == span_hole)
    return "hole";
  if (span->kind == span_tail)
    return "tail";
  if (span->field->contended)
    return span->field->hot ? "field hot contended" : "field contended";
  if (span->field->hot)
    return "field hot";
  return span->field->bitfield ? "field bitfield" : "field";
}

/* A field's name, cut to the box; a gap's size, as long as fits. */
static char *label_text(const struct span *span, size_t fitting) {
  if (span->field)
    return xstrdup(span->field->name);
  uint64_t bits = span->end_bit - span->begin_bit;
  const char *unit = bits % 8 ? "bit" : "byte";
  uint64_t count = bits % 8 ? bits : bits / 8;
  const char *what = span->kind == span_hole ? "hole" : "padding";
  char *text = xasprintf("%" PRIu64 "-%s %s", count, unit, what);
  if (utf8_length(text) > fitting) {
    free(text);
    text = xasprintf("%" PRIu64 "%s", count, bits % 8 ? "b" : "B");
  }
  return text;
}

static void write_label(FILE *out, const struct span *span, double x,
                        double width, double y) {
  size_t fitting = (size_t)((width - 6) / label_char_width);
  char *text = label_text(span, fitting);
  /* A cut name keeps three characters or is left to the tooltip. */
  size_t needed = utf8_length(text) <= fitting ? 1 : span->field ? 4 : SIZE_MAX;
  if (fitting >= needed) {
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" class=\"label\">", x + width / 2,
            y + row_height / 2.0);
    write_escaped_cut(out, text, fitting);
    fputs("</text>", out);
  }
  free(text);
}

/* One box per row the span covers, each labelled when the label fits. */
static void write_span(FILE *out, const struct geometry *geometry,
                       const struct span *span) {
  if (span->end_bit == span->begin_bit)
    return;
  fprintf(out, "<g class=\"%s\">", span_class(span));
  write_span_title(out, span);
  uint64_t bits_per_row = row_bits(geometry);
  for (uint64_t begin = span->begin_bit; begin < span->end_bit;) {
    uint64_t row = begin / bits_per_row;
    uint64_t row_end = (row + 1) * bits_per_row;
    uint64_t end = span->end_bit < row_end ? span->end_bit : row_end;
    double x = bit_x(geometry, begin);
    double width = (double)(end - begin) * geometry->bit_width;
    fprintf(out, "<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%d\"/>",
            x, row_top(row), width, row_height);
    write_label(out, span, x, width, row_top(row));
    begin = end;
  }
  fputs("</g>\n", out);
}

/* Row frames with faint byte ticks, the byte offset of each row on the left
 * and, on rows that start a cache line, its number on the right and a rule
 * above it. */
static void write_rows(FILE *out, const struct geometry *geometry,
                       uint64_t size_bytes, uint64_t rows) {
  unsigned per_row = geometry->scale->bytes_per_row;
  unsigned tick_bytes = geometry->bit_width * 8 >= 16 ? 1 : 8;
  for (uint64_t row = 0; row < rows; row++) {
    uint64_t first_byte = row * per_row;
    uint64_t bytes =
        size_bytes - first_byte < per_row ? size_bytes - first_byte : per_row;
    double top = row_top(row);
    fprintf(out,
            "<rect class=\"row\" x=\"%d\" y=\"%.1f\" width=\"%.2f\" "
            "height=\"%d\"/>",
            left_margin, top, (double)bytes * 8 * geometry->bit_width,
            row_height);
    for (unsigned tick = tick_bytes; tick < bytes; tick += tick_bytes)
      fprintf(out,
              "<line class=\"tick\" x1=\"%.2f\" x2=\"%.2f\" y1=\"%.1f\" "
              "y2=\"%.1f\"/>",
              left_margin + tick * 8 * geometry->bit_width,
              left_margin + tick * 8 * geometry->bit_width, top + row_height,
              top + row_height + 3);
    fprintf(out,
            "<text class=\"offset\" x=\"%d\" y=\"%.1f\">+%" PRIu64 "</text>",
            left_margin - 6, top + row_height / 2.0, first_byte);
    unsigned line_bytes = geometry->scale->cache_line_bytes;
    if (first_byte % line_bytes == 0) {
      fprintf(out,
              "<text class=\"line-number\" x=\"%u\" y=\"%.1f\">line "
              "%" PRIu64 "</text>",
              left_margin + geometry->row_width + 8, top + row_height / 2.0,
              first_byte / line_bytes);
      if (row > 0)
        fprintf(out,
                "<line class=\"cache-line\" x1=\"%d\" x2=\"%u\" y1=\"%.1f\" "
                "y2=\"%.1f\"/>",
                left_margin - 4, left_margin + geometry->row_width + 4,
                top - row_gap / 2.0, top - row_gap / 2.0);
    }
    fputc('\n', out);
  }
}

void write_layout_svg(FILE *out, const struct record_layout *layout,
                      const struct svg_scale *scale, const char *caption) {
  struct geometry geometry;
  geometry.scale = scale;
  geometry.row_width = scale->bytes_per_row <= 16
                           ? small_byte_width * scale->bytes_per_row
                           : large_row_width;
  geometry.bit_width = geometry.row_width / (scale->bytes_per_row * 8.0);
  uint64_t rows =
      (layout->size_bytes + scale->bytes_per_row - 1) / scale->bytes_per_row;
  if (rows == 0)
    rows = 1;
  unsigned width = left_margin + geometry.row_width + right_margin;
  double height = row_top(rows) + 4;
  fprintf(out,
          "<svg class=\"layout\" xmlns=\"http://www.w3.org/2000/svg\" "
          "role=\"img\" width=\"%u\" height=\"%.0f\" viewBox=\"0 0 %u "
          "%.0f\"><title>",
          width, height, width, height);
  write_escaped(out, caption);
  fputs("</title>\n", out);
  write_rows(out, &geometry, layout->size_bytes, rows);
  struct span_list spans = layout_spans(layout);
  for (size_t i = 0; i < spans.count; i++)
    write_span(out, &geometry, &spans.items[i]);
  free(spans.items);
  fputs("</svg>\n", out);
}

void write_svg_defs(FILE *out) {
  fputs("<svg width=\"0\" height=\"0\" style=\"position:absolute\" "
        "aria-hidden=\"true\"><defs>\n"
        "<pattern id=\"hatch-hole\" width=\"6\" height=\"6\" "
        "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        "<rect width=\"6\" height=\"6\" fill=\"#fde2df\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#d9412f\" "
        "stroke-width=\"2.5\"/></pattern>\n"
        "<pattern id=\"hatch-tail\" width=\"6\" height=\"6\" "
        "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">"
        "<rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a8a8a\" "
        "stroke-width=\"2\"/></pattern>\n"
        "</defs></svg>\n",
        out);
}
