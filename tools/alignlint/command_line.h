/* Splitting the "command" string of a compile_commands.json entry into
 * arguments, as a POSIX shell would without expansions. */
#ifndef ALIGNLINT_COMMAND_LINE_H
#define ALIGNLINT_COMMAND_LINE_H

#include "string_list.h"

/* Appends the words of `command` to `out`: blanks separate words, single
 * quotes keep everything literally, double quotes keep all but \" \\ \$ \`,
 * and a backslash outside quotes escapes the next character. Returns -1 for
 * an unterminated quote (the words read so far stay in `out`). */
int split_command_line(const char *command, struct string_list *out);

#endif
