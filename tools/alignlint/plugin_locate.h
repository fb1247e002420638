/* Where the clang and the plugin that `alignlint check` runs are. */
#ifndef ALIGNLINT_PLUGIN_LOCATE_H
#define ALIGNLINT_PLUGIN_LOCATE_H

/* The clang the plugin was built for (its path is fixed when alignlint is
 * built), or "clang" from PATH when alignlint was built on its own. */
const char *default_clang_path(void);

/* The plugin next to this alignlint binary: ../plugin/libalignlint.so in the
 * build tree, ../lib/alignlint/llvm-N/libalignlint.so in an install tree.
 * Returns a newly allocated absolute path, or NULL when there is none. */
char *find_plugin_path(void);

#endif
