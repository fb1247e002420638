/* An SVG picture of one record layout, to scale: one row per `bytes_per_row`
 * bytes (like pahole's cache-line view), fields as boxes (bitfields at bit
 * scale), holes and tail padding hatched, cache-line boundaries drawn, hot and
 * contended fields coloured. The picture uses the CSS classes and hatch
 * patterns that report_html.c defines once per page (svg_layout_defs). */
#ifndef ALIGNLINT_SVG_LAYOUT_H
#define ALIGNLINT_SVG_LAYOUT_H

#include "findings_file.h"

#include <stdint.h>
#include <stdio.h>

struct svg_scale {
  unsigned bytes_per_row;    /* divides cache_line_bytes */
  unsigned cache_line_bytes; /* a power of two */
};

/* The scale for pictures of records of up to `largest_size` bytes: small
 * records get wide bytes, larger ones one cache line per row. */
struct svg_scale choose_svg_scale(uint64_t largest_size,
                                  unsigned cache_line_bytes);

/* Writes <svg> ... </svg> with `caption` as its accessible title. */
void write_layout_svg(FILE *out, const struct record_layout *layout,
                      const struct svg_scale *scale, const char *caption);

/* The hatch patterns the pictures fill holes and tail padding with. */
void write_svg_defs(FILE *out);

#endif
