/* The command line of `alignlint check`. */
#ifndef ALIGNLINT_CHECK_ARGS_H
#define ALIGNLINT_CHECK_ARGS_H

#include "check_options.h"

extern const char check_usage_text[];

enum check_args_result { CHECK_ARGS_RUN, CHECK_ARGS_HELP, CHECK_ARGS_ERROR };

/* Fills `options` from the arguments after "check" (defaults for what they
 * do not say). Prints the error and the usage on CHECK_ARGS_ERROR. */
enum check_args_result parse_check_args(int argc, char **argv,
                                        struct check_options *options);

#endif
