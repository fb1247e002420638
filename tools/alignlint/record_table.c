#include "record_table.h"

#include "xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* FNV-1a over the key's parts. */
static uint64_t hash_bytes(uint64_t hash, const void *bytes, size_t length) {
  const unsigned char *p = bytes;
  for (size_t i = 0; i < length; i++)
    hash = (hash ^ p[i]) * 0x100000001b3u;
  return hash;
}

static uint64_t key_hash(const char *rule, const char *file, size_t offset) {
  uint64_t hash = 0xcbf29ce484222325u;
  hash = hash_bytes(hash, rule, strlen(rule) + 1);
  hash = hash_bytes(hash, file, strlen(file) + 1);
  return hash_bytes(hash, &offset, sizeof offset);
}

static int tally_has_key(const struct record_tally *tally, const char *rule,
                         const char *file, size_t offset) {
  return tally->offset == offset && strcmp(tally->file, file) == 0 &&
         strcmp(tally->rule, rule) == 0;
}

/* The slot holding the key, or the empty slot where it belongs. */
static size_t find_slot(const struct record_table *table, const char *rule,
                        const char *file, size_t offset) {
  size_t mask = table->slot_count - 1;
  size_t slot = (size_t)key_hash(rule, file, offset) & mask;
  while (table->slots[slot] &&
         !tally_has_key(table->slots[slot], rule, file, offset))
    slot = (slot + 1) & mask;
  return slot;
}

/* Keeps the table at most half full, so that probes stay short. */
static void grow_if_needed(struct record_table *table) {
  if (2 * (table->count + 1) <= table->slot_count)
    return;
  struct record_table grown = {
      NULL, table->slot_count ? 2 * table->slot_count : 64, table->count};
  grown.slots = xmalloc(grown.slot_count * sizeof *grown.slots);
  memset(grown.slots, 0, grown.slot_count * sizeof *grown.slots);
  for (size_t i = 0; i < table->slot_count; i++) {
    struct record_tally *tally = table->slots[i];
    if (tally)
      grown.slots[find_slot(&grown, tally->rule, tally->file, tally->offset)] =
          tally;
  }
  free(table->slots);
  *table = grown;
}

static enum fix_state fix_state_of(const char *state) {
  if (strcmp(state, "offered") == 0)
    return FIX_OFFERED;
  if (strcmp(state, "refused") == 0)
    return FIX_REFUSED;
  return FIX_NONE;
}

static struct record_tally *new_tally(const struct finding *finding) {
  struct record_tally *tally = xmalloc(sizeof *tally);
  memset(tally, 0, sizeof *tally);
  tally->rule = xstrdup(finding->rule);
  tally->file = xstrdup(finding->location.file);
  tally->offset = finding->location.offset;
  tally->line = finding->location.line;
  tally->name = xstrdup(finding->qualified_name);
  tally->has_bytes = finding->has_bytes;
  tally->bytes_current = finding->bytes_current;
  tally->bytes_proposed = finding->bytes_proposed;
  tally->lines_current = finding->lines_current;
  tally->lines_proposed = finding->lines_proposed;
  tally->fix = fix_state_of(finding->fix_state);
  return tally;
}

static void merge_finding(struct record_tally *tally,
                          const struct finding *finding) {
  tally->tu_count++;
  tally->is_error |= strcmp(finding->level, "error") == 0;
  if (fix_state_of(finding->fix_state) == FIX_REFUSED && !tally->refusal) {
    tally->fix = FIX_REFUSED;
    tally->refusal = xstrdup(finding->fix_reason);
  }
}

struct record_tally *record_table_add(struct record_table *table,
                                      const struct finding *finding) {
  grow_if_needed(table);
  size_t slot = find_slot(table, finding->rule, finding->location.file,
                          finding->location.offset);
  if (!table->slots[slot]) {
    table->slots[slot] = new_tally(finding);
    table->count++;
  }
  merge_finding(table->slots[slot], finding);
  return table->slots[slot];
}

struct record_tally **record_table_items(const struct record_table *table) {
  struct record_tally **items = xmalloc(table->count * sizeof *items);
  size_t count = 0;
  for (size_t i = 0; i < table->slot_count; i++)
    if (table->slots[i])
      items[count++] = table->slots[i];
  return items;
}

void record_table_free(struct record_table *table) {
  for (size_t i = 0; i < table->slot_count; i++) {
    struct record_tally *tally = table->slots[i];
    if (!tally)
      continue;
    free(tally->rule);
    free(tally->file);
    free(tally->name);
    free(tally->refusal);
    free(tally);
  }
  free(table->slots);
  memset(table, 0, sizeof *table);
}
