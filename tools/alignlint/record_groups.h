/* The records a report pictures: findings grouped by the record they are
 * about (its name's file and offset), each record pictured once even when
 * several rules flag it. */
#ifndef ALIGNLINT_RECORD_GROUPS_H
#define ALIGNLINT_RECORD_GROUPS_H

#include "findings_file.h"

struct record_group {
  const struct finding *first; /* names the record */
  size_t *finding_indices;     /* into the finding_list, in list order */
  size_t finding_count;
  size_t finding_capacity;
  const struct record_layout *before; /* NULL when no finding has one */
  const struct finding *fixed_by;     /* the first offered fix, or NULL */
};

struct record_group_list {
  struct record_group *items;
  size_t count;
  size_t capacity;
  size_t *group_of_finding; /* index into items, per finding */
};

struct record_group_list
group_findings_by_record(const struct finding_list *findings);

void free_record_groups(struct record_group_list *groups);

/* Bytes and cache lines the record's first offered fix saves: negative when
 * it grows the record (contended's alignment), zero without a fix. */
int64_t record_bytes_saved(const struct record_group *group);
int64_t record_lines_saved(const struct record_group *group);

#endif
