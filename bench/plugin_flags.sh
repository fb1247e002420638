# Sourced by the bench scripts: sets PLUGIN_FLAGS (the compiler flags that
# load the plugin) and the array `extra` (the same, as --extra= arguments for
# bench/ccdb.py). Honours PLUGIN_FLAGS, PLUGIN and PLUGIN_ARGS from the
# environment; needs `repo` and a `die` function.
if [ -z "${PLUGIN_FLAGS+x}" ]; then
  if [ -z "${PLUGIN:-}" ]; then   # the newest build in the tree
    PLUGIN=$(find "$repo" -maxdepth 5 -path "$repo/build*" -name libalignlint.so \
               -printf '%T@ %p\n' 2>/dev/null | sort -rn | head -1 | cut -d' ' -f2-)
  fi
  [ -n "${PLUGIN:-}" ] && [ -f "$PLUGIN" ] ||
    die "no libalignlint.so found; build it or set PLUGIN=/abs/path"
  PLUGIN=$(realpath "$PLUGIN")
  PLUGIN_FLAGS="-fplugin=$PLUGIN"
  for a in ${PLUGIN_ARGS:-}; do PLUGIN_FLAGS+=" -fplugin-arg-alignlint-$a"; done
fi
read -r -a pflags <<<"$PLUGIN_FLAGS"
extra=()
for f in "${pflags[@]}"; do extra+=("--extra=$f"); done
