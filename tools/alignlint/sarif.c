#include "sarif.h"

#include "applicable_fix.h"
#include "atomic_write.h"
#include "export_reader.h"
#include "project_root.h"
#include "rule_catalog.h"
#include "source_text.h"
#include "xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#ifndef ALIGNLINT_VERSION
#error "ALIGNLINT_VERSION must be defined by the build"
#endif
#ifndef ALIGNLINT_INFORMATION_URI
#error "ALIGNLINT_INFORMATION_URI must be defined by the build"
#endif

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SRCROOT "SRCROOT"

/* What the results of one log share. */
struct sarif_context {
  const char *root;
  const struct fix_set *fixes;
  struct source_cache sources;
};

static json_t *text_object(const char *text) {
  return json_pack("{s:s}", "text", text);
}

/* `path` as a URI reference: RFC 3986 unreserved characters and '/' as
 * they are, every other byte percent-encoded. */
static char *encode_path(const char *path) {
  static const char hex[] = "0123456789ABCDEF";
  char *uri = xmalloc(strlen(path) * 3 + 1), *out = uri;
  for (const unsigned char *in = (const unsigned char *)path; *in; in++) {
    if ((*in >= 'a' && *in <= 'z') || (*in >= 'A' && *in <= 'Z') ||
        (*in >= '0' && *in <= '9') || strchr("-._~/", *in)) {
      *out++ = (char)*in;
      continue;
    }
    *out++ = '%';
    *out++ = hex[*in >> 4];
    *out++ = hex[*in & 15];
  }
  *out = '\0';
  return uri;
}

/* Relative to SRCROOT when the file is below the root, else a file: URI. */
static json_t *artifact_location(const struct sarif_context *context,
                                 const char *path) {
  const char *relative = path_below_root(path, context->root);
  char *encoded = encode_path(relative);
  json_t *location;
  if (relative != path) {
    location = json_pack("{s:s, s:s}", "uri", encoded, "uriBaseId", SRCROOT);
  } else {
    char *uri = xasprintf("file://%s", encoded);
    location = json_pack("{s:s}", "uri", uri);
    free(uri);
  }
  free(encoded);
  return location;
}

static json_t *physical_location(struct sarif_context *context,
                                 const char *path, json_t *region) {
  return json_pack("{s:o, s:o}", "artifactLocation",
                   artifact_location(context, path), "region", region);
}

/* The record's name: the finding's full region, in characters. */
static json_t *name_region(struct sarif_context *context,
                           const struct finding_location *location) {
  const struct source_file *file =
      source_file(&context->sources, location->file);
  unsigned end_line = location->end_line ? location->end_line : location->line;
  unsigned end_column =
      location->end_column ? location->end_column : location->column;
  return json_pack(
      "{s:i, s:i, s:i, s:i}", "startLine", location->line, "startColumn",
      character_column(file, location->line, location->column), "endLine",
      end_line, "endColumn", character_column(file, end_line, end_column));
}

static json_t *note_location(struct sarif_context *context,
                             const struct finding_note *note, size_t id) {
  const struct source_file *file = source_file(&context->sources, note->file);
  json_t *region =
      json_pack("{s:i, s:i}", "startLine", note->line, "startColumn",
                character_column(file, note->line, note->column));
  return json_pack("{s:I, s:o, s:o}", "id", (json_int_t)id, "physicalLocation",
                   physical_location(context, note->file, region), "message",
                   text_object(note->message));
}

/* The notes that have a location; those without one end the message. */
static json_t *related_locations(struct sarif_context *context,
                                 const struct finding *finding) {
  json_t *locations = json_array();
  for (size_t i = 0; i < finding->note_count; i++)
    if (finding->notes[i].file[0] && finding->notes[i].line > 0)
      json_array_append_new(locations,
                            note_location(context, &finding->notes[i],
                                          json_array_size(locations)));
  return locations;
}

static json_t *message_text(const struct finding *finding) {
  size_t length = strlen(finding->message) + 1;
  for (size_t i = 0; i < finding->note_count; i++)
    length += strlen(finding->notes[i].message) + 1;
  char *text = xmalloc(length);
  strcpy(text, finding->message);
  for (size_t i = 0; i < finding->note_count; i++)
    if (!finding->notes[i].file[0] || finding->notes[i].line == 0) {
      strcat(text, "\n");
      strcat(text, finding->notes[i].message);
    }
  json_t *message = text_object(text);
  free(text);
  return message;
}

static json_t *replacement(struct sarif_context *context,
                           const struct replacement *edit) {
  const struct source_file *file =
      source_file(&context->sources, edit->file_path);
  json_t *region =
      json_pack("{s:I, s:I}", "charOffset",
                (json_int_t)character_offset(file, edit->offset), "charLength",
                (json_int_t)character_count(file, edit->offset,
                                            edit->offset + edit->length));
  return json_pack("{s:o, s:{s:s%}}", "deletedRegion", region,
                   "insertedContent", "text", edit->text, edit->text_length);
}

/* One artifactChange per file, in the order of the fix's (sorted) edits;
 * every deletedRegion refers to the file as it is before the fix. */
static json_t *artifact_changes(struct sarif_context *context,
                                const struct fix *fix) {
  json_t *changes = json_array();
  json_t *edits = NULL;
  for (size_t i = 0; i < fix->replacement_count; i++) {
    const struct replacement *edit = &fix->replacements[i];
    if (i == 0 ||
        strcmp(fix->replacements[i - 1].file_path, edit->file_path) != 0) {
      edits = json_array();
      json_array_append_new(
          changes, json_pack("{s:o, s:o}", "artifactLocation",
                             artifact_location(context, edit->file_path),
                             "replacements", edits));
    }
    json_array_append_new(edits, replacement(context, edit));
  }
  return changes;
}

static json_t *fixes_of(struct sarif_context *context,
                        const struct finding *finding) {
  const struct fix *fix =
      context->fixes
          ? applicable_fix(context->fixes, finding, &context->sources)
          : NULL;
  if (!fix)
    return json_array();
  char *description = xasprintf("alignlint's fix for '%s' (what alignlint "
                                "apply does)",
                                finding->qualified_name);
  json_t *fixes =
      json_pack("[{s:o, s:o}]", "description", text_object(description),
                "artifactChanges", artifact_changes(context, fix));
  free(description);
  return fixes;
}

/* XXH64 over "rule\0qualified name\0file relative to the root": the
 * baseline's identity, which no line number takes part in. */
static json_t *fingerprints(const struct sarif_context *context,
                            const struct finding *finding) {
  const char *file = path_below_root(finding->location.file, context->root);
  char *identity = xasprintf("%s%c%s%c%s", finding->rule, '\0',
                             finding->qualified_name, '\0', file);
  size_t length = strlen(finding->rule) + strlen(finding->qualified_name) +
                  strlen(file) + 2;
  char hex[17];
  snprintf(hex, sizeof hex, "%016llx",
           (unsigned long long)XXH64(identity, length, 0));
  free(identity);
  return json_pack("{s:s}", SARIF_FINGERPRINT_KEY, hex);
}

static json_t *result(struct sarif_context *context,
                      const struct finding *finding) {
  const struct rule_description *rule = find_rule(finding->rule);
  char *unknown_id = xasprintf("alignlint-%s", finding->rule);
  json_t *object = json_pack(
      "{s:s, s:o, s:o, s:[{s:o}], s:o, s:o}", "ruleId",
      rule ? rule->id : unknown_id, "level", json_string(finding->level),
      "message", message_text(finding), "locations", "physicalLocation",
      physical_location(context, finding->location.file,
                        name_region(context, &finding->location)),
      "partialFingerprints", fingerprints(context, finding), "properties",
      json_pack("{s:s, s:I, s:s}", "record", finding->qualified_name,
                "bytesWasted", (json_int_t)finding_bytes_wasted(finding),
                "fixState", finding->fix_state));
  free(unknown_id);
  if (rule)
    json_object_set_new(object, "ruleIndex",
                        json_integer((json_int_t)(rule - rule_catalog)));
  json_t *related = related_locations(context, finding);
  if (json_array_size(related))
    json_object_set_new(object, "relatedLocations", related);
  else
    json_decref(related);
  json_t *fixes = fixes_of(context, finding);
  if (json_array_size(fixes))
    json_object_set_new(object, "fixes", fixes);
  else
    json_decref(fixes);
  return object;
}

static json_t *rule_descriptor(const struct rule_description *rule) {
  char *help_uri =
      xasprintf("%s/blob/main/%s", ALIGNLINT_INFORMATION_URI, rule->document);
  char *markdown = xasprintf("%s\n\n%s", rule->description, rule->help);
  json_t *descriptor = json_pack(
      "{s:s, s:s, s:o, s:o, s:{s:s, s:s}, s:s, s:{s:s, s:b}, "
      "s:{s:[s], s:s}}",
      "id", rule->id, "name", rule->name, "shortDescription",
      text_object(rule->title), "fullDescription",
      text_object(rule->description), "help", "text", rule->help, "markdown",
      markdown, "helpUri", help_uri, "defaultConfiguration", "level",
      rule->default_level, "enabled", rule->enabled_by_default, "properties",
      "tags", "performance", "precision", "high");
  free(markdown);
  free(help_uri);
  return descriptor;
}

static json_t *driver(void) {
  json_t *rules = json_array();
  for (size_t i = 0; i < rule_catalog_size; i++)
    json_array_append_new(rules, rule_descriptor(&rule_catalog[i]));
  return json_pack("{s:s, s:s, s:s, s:s, s:o}", "name", "alignlint", "version",
                   ALIGNLINT_VERSION, "semanticVersion", ALIGNLINT_VERSION,
                   "informationUri", ALIGNLINT_INFORMATION_URI, "rules", rules);
}

json_t *sarif_log(const struct finding_list *findings,
                  const struct fix_set *fixes, const char *root) {
  struct sarif_context context = {root, fixes, {0}};
  json_t *results = json_array();
  for (size_t i = 0; i < findings->count; i++)
    json_array_append_new(results, result(&context, &findings->items[i]));
  free_source_cache(&context.sources);
  char *encoded_root = encode_path(root);
  char *root_uri =
      xasprintf("file://%s%s", encoded_root, strcmp(root, "/") == 0 ? "" : "/");
  json_t *run =
      json_pack("{s:{s:o}, s:{s:{s:s}}, s:s, s:o}", "tool", "driver", driver(),
                "originalUriBaseIds", SRCROOT, "uri", root_uri, "columnKind",
                "unicodeCodePoints", "results", results);
  free(root_uri);
  free(encoded_root);
  return json_pack("{s:s, s:s, s:[o]}", "$schema", SARIF_SCHEMA, "version",
                   "2.1.0", "runs", run);
}

static int write_json(json_t *log, const char *path) {
  char *text = json_dumps(log, JSON_INDENT(2) | JSON_ENSURE_ASCII);
  if (!text) {
    fprintf(stderr, "alignlint: error: cannot write %s: out of memory\n", path);
    return -1;
  }
  size_t length = strlen(text);
  text[length] = '\n'; /* json_dumps ends the text with a NUL: a newline */
  struct pending_write pending;
  int status = open_pending_write(&pending, path);
  if (status == 0)
    status = commit_pending_write(&pending, text, length + 1, new_file_mode());
  free(text);
  return status;
}

int write_export_sarif(const char *export_dir, const char *root,
                       const char *path) {
  struct finding_list findings = {0};
  struct diagnostic_list diagnostics = {0};
  struct fix_set fixes;
  if (read_project_findings(export_dir, &findings) ||
      read_export_dir(export_dir, &diagnostics) ||
      build_fix_set(&diagnostics, &fixes)) {
    free_finding_list(&findings);
    return -1;
  }
  json_t *log = sarif_log(&findings, &fixes, root);
  int status = write_json(log, path);
  json_decref(log);
  free_finding_list(&findings);
  return status;
}
