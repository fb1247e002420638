/* What each alignlint rule is, for reports that describe rules as well as
 * findings (SARIF's rules[], HTML reports). */
#ifndef ALIGNLINT_RULE_CATALOG_H
#define ALIGNLINT_RULE_CATALOG_H

#include <stddef.h>

struct rule_description {
  const char *name;          /* "field-order", as findings files spell it */
  const char *id;            /* "alignlint-field-order", as diagnostics do */
  const char *title;         /* one line */
  const char *description;   /* a paragraph */
  const char *help;          /* what to do about a finding */
  const char *document;      /* the docs/ page that explains it */
  const char *default_level; /* "warning" or "error", when enabled */
  int enabled_by_default;
};

/* The rules, in the order the README lists them. */
extern const struct rule_description rule_catalog[];
extern const size_t rule_catalog_size;

/* The rule named `name` ("field-order"); NULL when there is none. */
const struct rule_description *find_rule(const char *name);

#endif
