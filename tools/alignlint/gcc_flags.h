/* Turning a compile command written for GCC (or clang) into arguments the
 * clang of the plugin accepts: the rules are listed in docs/check.md. */
#ifndef ALIGNLINT_GCC_FLAGS_H
#define ALIGNLINT_GCC_FLAGS_H

#include "string_list.h"

/* Appends to `out` the arguments of `argv` (a whole compile command, the
 * compiler first) that matter to a -fsyntax-only run of clang, after the
 * driver mode and target the compiler's name implies: wrappers such as
 * ccache, the compiler, -c, -o, dependency-file flags, GCC-only flags and
 * every argument listed in `dropped` are left out. */
void translate_compile_arguments(char **argv, const struct string_list *dropped,
                                 struct string_list *out);

/* Reads clang's driver errors in `messages` (an unknown argument, an
 * unsupported option or value, an unknown CPU) and appends to `dropped` the
 * arguments of `argv` they name that `dropped` does not hold yet. Returns how
 * many were added: 0 means retrying without them would not help. */
size_t find_rejected_arguments(const char *messages, char **argv,
                               struct string_list *dropped);

#endif
