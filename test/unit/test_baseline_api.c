/* The baseline's C API (tools/alignlint/baseline.h), which `alignlint
 * check` calls to tell new findings from known ones: the verdicts, stale
 * entries, and a write-read round trip with the root stored relative to the
 * baseline's folder. */
#include "baseline.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct finding finding(const char *rule, const char *record,
                              const char *file, uint64_t current,
                              uint64_t proposed) {
  struct finding made = {0};
  made.rule = (char *)rule;
  made.qualified_name = (char *)record;
  made.location.file = (char *)file;
  made.has_bytes = 1;
  made.bytes_current = current;
  made.bytes_proposed = proposed;
  return made;
}

static void check_verdicts(const struct baseline *baseline) {
  struct finding same =
      finding("field-order", "ns::conn", "/r/src/conn.h", 40, 24);
  CHECK(baseline_judge(baseline, &same) == BASELINE_KNOWN, "same waste");
  CHECK(baseline_contains(baseline, &same), "same waste is contained");
  struct finding less =
      finding("field-order", "ns::conn", "/r/src/conn.h", 32, 24);
  CHECK(baseline_judge(baseline, &less) == BASELINE_KNOWN, "less waste");
  struct finding worse =
      finding("field-order", "ns::conn", "/r/src/conn.h", 48, 24);
  CHECK(baseline_judge(baseline, &worse) == BASELINE_WORSE, "more waste");
  CHECK(!baseline_contains(baseline, &worse), "worse is not contained");
  struct finding other_rule =
      finding("hot-fields", "ns::conn", "/r/src/conn.h", 40, 40);
  CHECK(baseline_judge(baseline, &other_rule) == BASELINE_NEW, "other rule");
  struct finding other_file =
      finding("field-order", "ns::conn", "/r/src/other.h", 40, 24);
  CHECK(baseline_judge(baseline, &other_file) == BASELINE_NEW, "other file");
  struct finding other_name =
      finding("field-order", "conn", "/r/src/conn.h", 40, 24);
  CHECK(baseline_judge(baseline, &other_name) == BASELINE_NEW, "other name");
}

static struct finding_list two_findings(void) {
  static struct finding items[2];
  items[0] = finding("field-order", "ns::conn", "/r/src/conn.h", 40, 24);
  /* A rule that does not shrink the record wastes 0 bytes. */
  items[1] = finding("contended", "queue", "/r/src/queue.h", 64, 128);
  struct finding_list list = {items, 2, 2, 1};
  return list;
}

static void check_round_trip(const struct baseline *made) {
  char folder[] = "/tmp/alignlint-baseline-test.XXXXXX";
  CHECK(mkdtemp(folder) != NULL, "temporary folder");
  char *path = NULL;
  CHECK(asprintf(&path, "%s/base.yaml", folder) > 0, "path");
  CHECK(write_baseline(made, path) == 0, "write");
  struct baseline read;
  CHECK(read_baseline(path, &read) == 0, "read");
  CHECK_EQ_U64(read.count, made->count, "entries read back");
  for (size_t i = 0; i < read.count && i < made->count; i++) {
    CHECK(strcmp(read.entries[i].file, made->entries[i].file) == 0, "file");
    CHECK(strcmp(read.entries[i].record, made->entries[i].record) == 0,
          "record");
    CHECK_EQ_U64(read.entries[i].bytes_wasted, made->entries[i].bytes_wasted,
                 "bytes");
  }
  /* The root was written relative to the folder ("../../r" or the like)
   * and resolved against it again. */
  CHECK(strcmp(read.root, "/r") == 0, "root read back: %s", read.root);
  free_baseline(&read);
  unlink(path);
  rmdir(folder);
  free(path);
}

int main(void) {
  struct finding_list findings = two_findings();
  struct baseline baseline;
  baseline_from_findings(&findings, "/r", &baseline);
  CHECK_EQ_U64(baseline.count, 2, "entries");
  CHECK(strcmp(baseline.entries[0].file, "src/conn.h") == 0,
        "relative to the root");
  CHECK_EQ_U64(baseline.entries[0].bytes_wasted, 16, "field-order's waste");
  CHECK_EQ_U64(baseline.entries[1].bytes_wasted, 0, "contended's waste");
  check_verdicts(&baseline);

  unsigned char stale[2];
  struct finding_list only_first = {findings.items, 1, 1, 1};
  CHECK_EQ_U64(baseline_stale_entries(&baseline, &only_first, stale), 1,
               "stale count");
  CHECK(!stale[0] && stale[1], "the queue entry is stale");

  check_round_trip(&baseline);
  free_baseline(&baseline);
  return check_report("baseline_api");
}
