/*
 * A pahole-style diagram of a record laid out in a given order: one line per
 * member with its byte offset and size, the holes between members, cache-line
 * boundaries and pahole's statistics block. Column widths are pahole's
 * (type 26, type + name 49) so the output reads like pahole's.
 */
#include "internal.h"
#include "strbuf.h"

#include <inttypes.h>
#include <stdlib.h>

enum { TYPE_SPACING = 26, NAME_SPACING = 23 };

typedef struct diagram {
  al_strbuf out;
  const al_record *record;
  const uint64_t *offsets_bits; /* simulated, indexed like members */
  uint64_t line_bytes;
  uint64_t cache_line;          /* the last boundary announced */
  uint64_t sum_bytes, sum_bits; /* plain members, bitfield widths */
  uint64_t holes, sum_holes, bit_holes, sum_bit_holes;
} diagram;

static bool is_bitfield(const al_member *member) {
  return member->flags & AL_MEMBER_BITFIELD;
}

/* pahole shows a bitfield at the start of its storage unit (type-sized). */
static uint64_t shown_byte_offset(const al_member *member,
                                  uint64_t offset_bits) {
  if (!is_bitfield(member) || member->type_size_bits == 0)
    return offset_bits / 8;
  return offset_bits / member->type_size_bits * (member->type_size_bits / 8);
}

static uint64_t shown_size(const al_member *member) {
  return (is_bitfield(member) ? member->type_size_bits : member->size_bits) / 8;
}

static void announce_cache_line(diagram *d, uint64_t byte_offset) {
  uint64_t line = byte_offset / d->line_bytes;
  if (line <= d->cache_line)
    return;
  uint64_t into_line = byte_offset % d->line_bytes;
  uint64_t line_start = byte_offset - into_line;
  if (into_line == 0)
    al_strbuf_printf(&d->out,
                     "\t/* --- cacheline %" PRIu64 " boundary (%" PRIu64
                     " bytes) --- */\n",
                     line, line_start);
  else
    al_strbuf_printf(&d->out,
                     "\t/* --- cacheline %" PRIu64 " boundary (%" PRIu64
                     " bytes) was %" PRIu64 " byte%s ago --- */\n",
                     line, line_start, into_line, into_line > 1 ? "s" : "");
  d->cache_line = line;
}

/* Cache-line rules: hot fields and contention groups ("hot" alone when the
 * record has a single hot group; groups are numbered as first written). */
static void print_cache_line_marks(diagram *d, const al_member *member) {
  bool several_hot = false;
  for (size_t m = 0; m < d->record->member_count; m++)
    several_hot |= d->record->members[m].hot_group > 0;
  if (member->hot_group >= 0 && several_hot)
    al_strbuf_printf(&d->out, " /* hot: %d */", member->hot_group);
  else if (member->hot_group >= 0)
    al_strbuf_printf(&d->out, " /* hot */");
  if (member->contended_group >= 0)
    al_strbuf_printf(&d->out, " /* contended: %d */", member->contended_group);
}

static void print_member(diagram *d, const al_member *member,
                         uint64_t offset_bits) {
  uint64_t byte_offset = shown_byte_offset(member, offset_bits);
  announce_cache_line(d, byte_offset);
  size_t start = d->out.len;
  al_strbuf_printf(&d->out, "\t%-*s %s", TYPE_SPACING, member->type_name,
                   member->name);
  if (is_bitfield(member))
    al_strbuf_printf(&d->out, ":%" PRIu64, member->size_bits);
  al_strbuf_printf(&d->out, ";");
  int printed = (int)(d->out.len - start) - 1; /* without the tab */
  int spacing = TYPE_SPACING + NAME_SPACING - printed;
  al_strbuf_printf(&d->out, "%*s/* %5" PRIu64, spacing > 0 ? spacing : 0, " ",
                   byte_offset);
  int size_spacing = 5;
  if (is_bitfield(member)) {
    al_strbuf_printf(&d->out, ":%2" PRIu64, offset_bits - 8 * byte_offset);
    size_spacing -= 3;
  }
  al_strbuf_printf(&d->out, " %*" PRIu64 " */", size_spacing,
                   shown_size(member));
  print_cache_line_marks(d, member);
  al_strbuf_printf(&d->out, "\n");
}

/* The gap between end_bits and the next member: whole bytes skipped are a
 * byte hole, the bits around them a bit hole. */
static void print_gap(diagram *d, uint64_t end_bits, uint64_t next_bits) {
  if (next_bits <= end_bits)
    return;
  uint64_t first_free_byte = (end_bits + 7) / 8, next_byte = next_bits / 8;
  uint64_t hole_bytes =
      next_byte > first_free_byte ? next_byte - first_free_byte : 0;
  uint64_t hole_bits = next_bits - end_bits - 8 * hole_bytes;
  al_strbuf_printf(&d->out, "\n");
  if (hole_bits) {
    al_strbuf_printf(&d->out,
                     "\t/* XXX %" PRIu64 " bit%s hole, try to pack */\n",
                     hole_bits, hole_bits != 1 ? "s" : "");
    d->bit_holes++;
    d->sum_bit_holes += hole_bits;
  }
  if (hole_bytes) {
    al_strbuf_printf(&d->out,
                     "\t/* XXX %" PRIu64 " byte%s hole, try to pack */\n",
                     hole_bytes, hole_bytes != 1 ? "s" : "");
    d->holes++;
    d->sum_holes += hole_bytes;
  }
  al_strbuf_printf(&d->out, "\n");
}

/* Prints the members in layout order; returns where the last one ends. */
static uint64_t print_members(diagram *d, const size_t *order) {
  const al_record *record = d->record;
  uint64_t end_bits = record->start_bits;
  bool first = true;
  for (size_t i = 0; i < record->unit_count; i++) {
    const al_unit *unit = &record->units[order ? order[i] : i];
    for (size_t m = unit->first_member;
         m < unit->first_member + unit->member_count; m++) {
      const al_member *member = &record->members[m];
      if (!first)
        print_gap(d, end_bits, d->offsets_bits[m]);
      first = false;
      print_member(d, member, d->offsets_bits[m]);
      if (is_bitfield(member))
        d->sum_bits += member->size_bits;
      else
        d->sum_bytes += member->size_bits / 8;
      uint64_t member_end = d->offsets_bits[m] + member->size_bits;
      if (member_end > end_bits)
        end_bits = member_end;
    }
  }
  return end_bits;
}

static void print_hole_sums(diagram *d) {
  if (d->sum_holes == 0 && d->sum_bit_holes == 0)
    return;
  if (d->sum_bytes > 0) {
    al_strbuf_printf(&d->out, "\t/* sum members: %" PRIu64, d->sum_bytes);
    if (d->sum_holes > 0)
      al_strbuf_printf(&d->out, ", holes: %" PRIu64 ", sum holes: %" PRIu64,
                       d->holes, d->sum_holes);
    al_strbuf_printf(&d->out, " */\n");
  }
  if (d->sum_bits > 0) {
    al_strbuf_printf(&d->out, "\t/* sum bitfield members: %" PRIu64 " bits",
                     d->sum_bits);
    if (d->sum_bit_holes > 0)
      al_strbuf_printf(
          &d->out, ", bit holes: %" PRIu64 ", sum bit holes: %" PRIu64 " bits",
          d->bit_holes, d->sum_bit_holes);
    else
      al_strbuf_printf(&d->out, " (%" PRIu64 " bytes)", d->sum_bits / 8);
    al_strbuf_printf(&d->out, " */\n");
  }
}

static void print_stats(diagram *d, uint64_t size_bytes, uint64_t end_bits) {
  uint64_t used_bytes = (end_bits + 7) / 8;
  uint64_t padding = size_bytes - used_bytes,
           bit_padding = 8 * used_bytes - end_bits;
  al_strbuf_printf(&d->out,
                   "\n\t/* size: %" PRIu64 ", cachelines: %" PRIu64
                   ", members: %zu */\n",
                   size_bytes, (size_bytes + d->line_bytes - 1) / d->line_bytes,
                   d->record->member_count);
  print_hole_sums(d);
  if (padding > 0)
    al_strbuf_printf(&d->out, "\t/* padding: %" PRIu64 " */\n", padding);
  if (bit_padding > 0)
    al_strbuf_printf(&d->out, "\t/* bit_padding: %" PRIu64 " bits */\n",
                     bit_padding);
  if (size_bytes % d->line_bytes != 0)
    al_strbuf_printf(&d->out, "\t/* last cacheline: %" PRIu64 " bytes */\n",
                     size_bytes % d->line_bytes);
}

char *al_layout_diagram(const al_record *record, const size_t *order,
                        uint64_t cache_line_bytes) {
  size_t count = record->member_count ? record->member_count : 1;
  uint64_t *offsets_bits = malloc(count * sizeof *offsets_bits);
  if (!offsets_bits)
    return NULL;
  diagram d = {
      .record = record,
      .offsets_bits = offsets_bits,
      .line_bytes = cache_line_bytes ? cache_line_bytes : 64,
  };
  uint64_t size_bytes = al_simulate(record, order, offsets_bits);
  al_strbuf_printf(&d.out, "%s {\n", record->name);
  if (record->start_bits > 0)
    al_strbuf_printf(&d.out, "\t/* bases and vptr: %" PRIu64 " bytes */\n\n",
                     record->start_bits / 8);
  uint64_t end_bits = print_members(&d, order);
  print_stats(&d, size_bytes, end_bits);
  al_strbuf_printf(&d.out, "};\n");
  free(offsets_bits);
  return al_strbuf_take(&d.out);
}
