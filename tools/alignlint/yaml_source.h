/* A YAML document being read, and the errors that name its file and line:
 * shared by the readers of the fix export and of the baseline. */
#ifndef ALIGNLINT_YAML_SOURCE_H
#define ALIGNLINT_YAML_SOURCE_H

#include <yaml.h>

struct yaml_source {
  const char *file_name;
  yaml_document_t *document;
};

/* Prints "alignlint: error: FILE:LINE: <message>" for `node` (line 1 when
 * NULL); returns -1. */
__attribute__((format(printf, 3, 4))) int
report_at(const struct yaml_source *source, const yaml_node_t *node,
          const char *format, ...);

/* Prints libyaml's parse error with its position; returns -1. */
int report_parse_error(const char *file_name, const yaml_parser_t *parser);

#endif
