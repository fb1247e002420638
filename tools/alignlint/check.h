/* `alignlint check`: the plugin over a whole project (docs/check.md). */
#ifndef ALIGNLINT_CHECK_H
#define ALIGNLINT_CHECK_H

/* Exit status: 0 nothing at error level, 1 findings at error level, 2 the
 * tool failed. `argv` holds the arguments after "check". */
int command_check(int argc, char **argv);

#endif
