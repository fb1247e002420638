#include "record_groups.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

static bool same_record(const struct finding *a, const struct finding *b) {
  return a->location.offset == b->location.offset &&
         strcmp(a->location.file, b->location.file) == 0;
}

static size_t find_or_add_group(struct record_group_list *groups,
                                const struct finding *finding) {
  for (size_t i = 0; i < groups->count; i++)
    if (same_record(groups->items[i].first, finding))
      return i;
  grow_array((void **)&groups->items, sizeof *groups->items, groups->count,
             &groups->capacity);
  struct record_group *group = &groups->items[groups->count];
  memset(group, 0, sizeof *group);
  group->first = finding;
  return groups->count++;
}

static void add_to_group(struct record_group *group, size_t finding_index,
                         const struct finding *finding) {
  grow_array((void **)&group->finding_indices, sizeof *group->finding_indices,
             group->finding_count, &group->finding_capacity);
  group->finding_indices[group->finding_count++] = finding_index;
  if (!group->before)
    group->before = finding->before;
  if (!group->fixed_by && finding->after &&
      strcmp(finding->fix_state, "offered") == 0)
    group->fixed_by = finding;
}

struct record_group_list
group_findings_by_record(const struct finding_list *findings) {
  struct record_group_list groups = {0};
  groups.group_of_finding =
      xmalloc((findings->count + 1) * sizeof *groups.group_of_finding);
  for (size_t i = 0; i < findings->count; i++) {
    const struct finding *finding = &findings->items[i];
    size_t group = find_or_add_group(&groups, finding);
    add_to_group(&groups.items[group], i, finding);
    groups.group_of_finding[i] = group;
  }
  return groups;
}

void free_record_groups(struct record_group_list *groups) {
  for (size_t i = 0; i < groups->count; i++)
    free(groups->items[i].finding_indices);
  free(groups->items);
  free(groups->group_of_finding);
  memset(groups, 0, sizeof *groups);
}

static int64_t decrease(uint64_t now, uint64_t after) {
  return (int64_t)now - (int64_t)after;
}

int64_t record_bytes_saved(const struct record_group *group) {
  const struct finding *fix = group->fixed_by;
  return fix && fix->has_bytes
             ? decrease(fix->bytes_current, fix->bytes_proposed)
             : 0;
}

int64_t record_lines_saved(const struct record_group *group) {
  const struct finding *fix = group->fixed_by;
  return fix ? decrease(fix->lines_current, fix->lines_proposed) : 0;
}
