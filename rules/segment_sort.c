/*
 * The sorted order: position by position, the best-keyed entry that keeps
 * the rest placeable without two adjacent bitfield runs. Choosing greedily
 * with an exact feasibility test yields the lexicographically smallest valid
 * sequence. An entry is available once the entries its order constraints
 * put before it are placed; the feasibility test counts runs and other
 * units only, so when constraints also order runs the sequence may not be
 * the smallest valid one, or the choice may get stuck (then none is found).
 */
#include "segment.h"

#include <stdlib.h>

/* Runs and other units still to place in one block. */
typedef struct block_left {
  int block;
  size_t runs;
  size_t others;
} block_left;

/* Can a block's remaining units be laid out after a unit that is
 * (entered_after_run) or is not a run, ending with a run (ends_with_run)? */
static bool can_end_block(const block_left *left, bool entered_after_run,
                          bool ends_with_run) {
  size_t runs = left->runs, others = left->others;
  if (runs + others == 0)
    return ends_with_run == entered_after_run;
  if (ends_with_run) /* R N R ... R, with a leading N after a run */
    return runs >= 1 && others + 1 >= runs + entered_after_run;
  return others >= 1 && others >= runs + entered_after_run;
}

/* Is there a valid completion from `after_run` through blocks[from..]? */
static bool completion_exists(const al_segment *segment,
                              const block_left *blocks, size_t block_count,
                              size_t from, bool after_run) {
  bool may_end_after_run = after_run, may_end_after_other = !after_run;
  for (size_t b = from; b < block_count; b++) {
    bool run = false, other = false;
    for (int entered = 0; entered < 2; entered++) {
      if (!(entered ? may_end_after_run : may_end_after_other))
        continue;
      run = run || can_end_block(&blocks[b], entered, true);
      other = other || can_end_block(&blocks[b], entered, false);
    }
    may_end_after_run = run;
    may_end_after_other = other;
  }
  bool next_is_run = segment->next_unit != AL_NO_UNIT &&
                     al_unit_is_run(segment->record, segment->next_unit);
  return may_end_after_other || (may_end_after_run && !next_is_run);
}

/* Counts per block, in ascending block order (the key order groups them). */
static size_t count_blocks(const al_segment *segment, const size_t *by_key,
                           block_left *blocks) {
  size_t block_count = 0;
  for (size_t i = 0; i < segment->count; i++) {
    size_t entry = by_key[i];
    if (block_count == 0 ||
        blocks[block_count - 1].block != segment->blocks[entry])
      blocks[block_count++] = (block_left){segment->blocks[entry], 0, 0};
    if (al_segment_is_run(segment, entry))
      blocks[block_count - 1].runs++;
    else
      blocks[block_count - 1].others++;
  }
  return block_count;
}

static bool is_available(const al_segment *segment, const bool *placed,
                         size_t entry) {
  const al_precedence *precedence = segment->precedence;
  for (size_t p = precedence->start[entry]; p < precedence->start[entry + 1];
       p++)
    if (!placed[precedence->before[p]])
      return false;
  return true;
}

static bool pick_sequence(const al_segment *segment, size_t *by_key,
                          block_left *blocks, bool *placed, size_t *sequence) {
  size_t block_count = count_blocks(segment, by_key, blocks);
  size_t block = 0, next_in_block = 0; /* by_key index of block start */
  bool after_run = segment->after_run;
  if (!completion_exists(segment, blocks, block_count, 0, after_run))
    return false;
  for (size_t position = 0; position < segment->count; position++) {
    while (blocks[block].runs + blocks[block].others == 0)
      block++;
    /* The first entry of the block's unplaced tail that fits. */
    bool chosen = false;
    for (size_t i = next_in_block; i < segment->count && !chosen; i++) {
      size_t entry = by_key[i];
      if (entry == AL_NO_UNIT)
        continue;
      if (segment->blocks[entry] != blocks[block].block)
        break;
      bool is_run = al_segment_is_run(segment, entry);
      if ((after_run && is_run) || !is_available(segment, placed, entry))
        continue;
      size_t *left = is_run ? &blocks[block].runs : &blocks[block].others;
      (*left)--;
      if (completion_exists(segment, blocks, block_count, block, is_run)) {
        sequence[position] = entry;
        placed[entry] = true;
        by_key[i] = AL_NO_UNIT;
        after_run = is_run;
        chosen = true;
      } else {
        (*left)++;
      }
    }
    if (!chosen)
      return false; /* constraints and runs: see the top */
    while (next_in_block < segment->count &&
           by_key[next_in_block] == AL_NO_UNIT)
      next_in_block++;
  }
  return true;
}

bool al_segment_sorted(const al_segment *segment, size_t *sequence,
                       bool *found) {
  size_t n = segment->count ? segment->count : 1;
  size_t *by_key = malloc(n * sizeof *by_key);
  block_left *blocks = malloc(n * sizeof *blocks);
  bool *placed = calloc(n, sizeof *placed);
  bool allocated =
      by_key && blocks && placed && al_segment_key_order(segment, by_key);
  if (allocated) {
    *found = pick_sequence(segment, by_key, blocks, placed, sequence);
  }
  free(by_key);
  free(blocks);
  free(placed);
  return allocated;
}
