#include "yaml_source.h"

#include <stdarg.h>
#include <stdio.h>

int report_at(const struct yaml_source *source, const yaml_node_t *node,
              const char *format, ...) {
  fprintf(stderr, "alignlint: error: %s:%zu: ", source->file_name,
          node ? node->start_mark.line + 1 : 1);
  va_list args;
  va_start(args, format);
  vfprintf(stderr, format, args);
  va_end(args);
  fputc('\n', stderr);
  return -1;
}

int report_parse_error(const char *file_name, const yaml_parser_t *parser) {
  fprintf(stderr, "alignlint: error: %s:%zu:%zu: invalid YAML: %s", file_name,
          parser->problem_mark.line + 1, parser->problem_mark.column + 1,
          parser->problem ? parser->problem : "unreadable input");
  if (parser->context)
    fprintf(stderr, " (%s at line %zu)", parser->context,
            parser->context_mark.line + 1);
  fputc('\n', stderr);
  return -1;
}
