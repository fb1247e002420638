/* The one reader of the findings files (tools/alignlint/findings_file.h)
 * that report, baseline, SARIF and check share: every key read, a header's
 * finding counted once per TU in list order, and errors that name the file
 * and the place in it while leaving the list as it was. */
#include "check.h"
#include "findings_file.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char header[] =
    "{\"format\": \"alignlint-findings\", \"version\": 1, "
    "\"cache_line_bytes\": 128, \"findings\": [";

/* A finding of `rule` about the record named at `file`:`offset`. */
static char *finding_json(const char *rule, const char *file, int offset,
                          const char *hot) {
  char *text = NULL;
  int length = asprintf(
      &text,
      "{\"rule\": \"%s\", \"level\": \"error\", \"message\": \"m\", "
      "\"location\": {\"file\": \"%s\", \"offset\": %d, \"line\": 4, "
      "\"column\": 8, \"end_line\": 4, \"end_column\": 12}, "
      "\"record\": {\"name\": \"conn\", \"qualified_name\": \"ns::conn\", "
      "\"kind\": \"struct\"}, "
      "\"bytes\": {\"current\": 40, \"proposed\": 24}, "
      "\"cache_lines\": null, "
      "\"fix\": {\"state\": \"offered\", \"reason\": \"\", \"replacements\": "
      "[{\"file\": \"%s\", \"offset\": 70, \"length\": 3, \"text\": \"x\"}]}, "
      "\"notes\": [{\"message\": \"n\", \"file\": \"\", \"line\": 0, "
      "\"column\": 0}], "
      "\"layout\": {\"before\": {\"size_bytes\": 40, \"align_bytes\": 8, "
      "\"fields\": [{\"name\": \"fd\", \"type\": \"int\", \"offset_bits\": 32, "
      "\"size_bits\": 32, \"bitfield\": false, %s\"contended\": true}]}, "
      "\"after\": null}}",
      rule, file, offset, file, hot);
  CHECK(length > 0, "asprintf");
  return text;
}

static void write_file(const char *dir, const char *name, const char *first,
                       const char *second) {
  char *path = NULL;
  CHECK(asprintf(&path, "%s/%s", dir, name) > 0, "path");
  FILE *out = fopen(path, "w");
  CHECK(out != NULL, "open %s", path);
  fprintf(out, "%s%s%s%s]}\n", header, first, second ? ", " : "",
          second ? second : "");
  fclose(out);
  free(path);
}

static void check_values(const struct finding *read) {
  CHECK(strcmp(read->rule, "field-order") == 0, "rule");
  CHECK(strcmp(read->level, "error") == 0, "level");
  CHECK(strcmp(read->location.file, "/s/conn.h") == 0, "file");
  CHECK_EQ_U64(read->location.offset, 57, "offset");
  CHECK_EQ_U64(read->location.end_column, 12, "end column");
  CHECK(strcmp(read->qualified_name, "ns::conn") == 0, "qualified name");
  CHECK(strcmp(read->record_kind, "struct") == 0, "kind");
  CHECK(read->has_bytes, "bytes");
  CHECK_EQ_U64(finding_bytes_wasted(read), 16, "bytes wasted");
  CHECK_EQ_U64(read->lines_current, 0, "cache_lines null");
  CHECK_EQ_U64(read->cache_line_bytes, 128, "the file's cache line");
  CHECK_EQ_U64(read->replacement_count, 1, "replacements");
  CHECK_EQ_U64(read->replacements[0].length, 3, "replacement length");
  CHECK_EQ_U64(read->note_count, 1, "notes");
  CHECK(read->before && read->after == NULL, "layouts");
  if (read->before) {
    CHECK_EQ_U64(read->before->field_count, 1, "fields");
    CHECK_EQ_U64(read->before->fields[0].offset_bits, 32, "field offset");
    CHECK(read->before->fields[0].hot && read->before->fields[0].contended,
          "annotations");
  }
}

/* a.c and b.c both report the header's finding; b.c's is kept once. */
static void check_directory(const char *dir) {
  char *shared =
      finding_json("field-order", "/s/conn.h", 57, "\"hot\": true, ");
  char *own_a = finding_json("field-order", "/s/a.c", 9, "\"hot\": true, ");
  char *own_b = finding_json("contended", "/s/b.c", 3, "\"hot\": true, ");
  write_file(dir, "b.c.0000000000000001.findings.json", shared, own_b);
  write_file(dir, "a.c.0000000000000002.findings.json", own_a, shared);
  write_file(dir, ".hidden.findings.json", "nonsense", NULL);
  struct finding_list list = {0};
  CHECK(read_findings_dir(dir, &list) == 0, "read the directory");
  CHECK_EQ_U64(list.file_count, 2, "files read");
  CHECK_EQ_U64(list.count, 4, "findings before deduplication");
  deduplicate_findings(&list);
  CHECK_EQ_U64(list.count, 3, "findings after deduplication");
  if (list.count == 3) {
    /* File name order, then list order: a.c's own, the header's, b.c's. */
    CHECK(strcmp(list.items[0].location.file, "/s/a.c") == 0, "first");
    CHECK(strcmp(list.items[1].location.file, "/s/conn.h") == 0, "second");
    CHECK(strcmp(list.items[2].location.file, "/s/b.c") == 0, "third");
    CHECK_EQ_U64(list.items[1].unit_count, 2, "the header's TUs");
    CHECK_EQ_U64(list.items[2].unit_count, 1, "b.c's TUs");
    check_values(&list.items[1]);
  }
  CHECK(require_findings_files(dir, &list) == 0, "files were read");
  free_finding_list(&list);
  free(shared);
  free(own_a);
  free(own_b);
}

/* Runs read_findings_file on `path` with stderr in `log`; returns its
 * result. */
static int read_logging(const char *path, const char *log,
                        struct finding_list *list) {
  fflush(stderr);
  int saved = dup(2);
  FILE *capture = freopen(log, "w", stderr);
  CHECK(capture != NULL, "capture stderr");
  int status = read_findings_file(path, list);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  return status;
}

static int log_contains(const char *log, const char *text) {
  char buffer[1024] = "";
  FILE *in = fopen(log, "r");
  if (!in)
    return 0;
  size_t length = fread(buffer, 1, sizeof buffer - 1, in);
  buffer[length] = '\0';
  fclose(in);
  return strstr(buffer, text) != NULL;
}

/* A field without "hot" in the second finding: the error names the file
 * and the place, and the first finding is not left behind. */
static void check_error(const char *dir) {
  char *good = finding_json("field-order", "/s/conn.h", 57, "\"hot\": true, ");
  char *bad = finding_json("straddle", "/s/conn.h", 57, "");
  write_file(dir, "bad.c.0000000000000003.findings.json", good, bad);
  char *path = NULL, *log = NULL;
  CHECK(asprintf(&path, "%s/bad.c.0000000000000003.findings.json", dir) > 0,
        "path");
  CHECK(asprintf(&log, "%s/log", dir) > 0, "log");
  struct finding_list list = {0};
  CHECK(read_logging(path, log, &list) == -1, "a missing key fails");
  CHECK_EQ_U64(list.count, 0, "nothing kept from a bad file");
  CHECK_EQ_U64(list.file_count, 0, "a bad file is not counted");
  CHECK(log_contains(log, "bad.c.0000000000000003.findings.json: "
                          "findings[1].layout.before.fields[0]: missing key "
                          "'hot'"),
        "the error names the file and the place");
  free_finding_list(&list);
  unlink(path);
  unlink(log);
  free(path);
  free(log);
  free(good);
  free(bad);
}

static void remove_dir(const char *dir) {
  const char *names[] = {"a.c.0000000000000002.findings.json",
                         "b.c.0000000000000001.findings.json",
                         ".hidden.findings.json"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
    char *path = NULL;
    if (asprintf(&path, "%s/%s", dir, names[i]) > 0)
      unlink(path);
    free(path);
  }
  rmdir(dir);
}

int main(void) {
  char dir[] = "/tmp/alignlint-findings-test.XXXXXX";
  CHECK(mkdtemp(dir) != NULL, "temporary folder");
  check_directory(dir);
  check_error(dir);
  remove_dir(dir);
  return check_report("findings_file");
}
