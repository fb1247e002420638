/* The commands that report on an export's findings rather than fix them:
 * `alignlint baseline` and `alignlint sarif` (docs/baseline-sarif.md).
 * Each takes the arguments after its name and returns the exit status. */
#ifndef ALIGNLINT_REPORT_COMMANDS_H
#define ALIGNLINT_REPORT_COMMANDS_H

int command_baseline(int argc, char **argv);
int command_sarif(int argc, char **argv);

#endif
