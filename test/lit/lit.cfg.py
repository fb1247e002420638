# lit configuration: every test runs the real clang the plugin was built for.
import os
import re
import subprocess

import lit.formats

config.name = "alignlint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.alignlint_obj_root, "test", "lit")

llvm_bin = os.path.join(config.llvm_prefix, "bin")
config.environment["PATH"] = os.pathsep.join(
    [llvm_bin, config.environment.get("PATH", "/usr/bin:/bin")])

clang = os.path.join(llvm_bin, "clang")
version = subprocess.run([clang, "--version"], capture_output=True,
                         text=True).stdout
major = int(re.search(r"version (\d+)", version).group(1))
config.available_features.add("clang-%d" % major)
if major >= 16:
    config.available_features.add("clang-16-or-later")
# The other clangs installed (Debian: /usr/lib/llvm-N), for the version
# guard tests: a plugin built for this clang loaded into each of them.
for other in (14, 15, 16, 19, 22):
    for tool in ("clang", "clang-tidy"):
        if other != major and os.path.exists(
                "/usr/lib/llvm-%d/bin/%s" % (other, tool)):
            config.available_features.add("other-%s-%d" % (tool, other))

# The latest C standard's name: c23 from clang 18, c2x before.
config.substitutions.append(("%c23", "c23" if major >= 18 else "c2x"))
config.substitutions.append(("%clang_cc", clang))
config.substitutions.append(("%clangxx", clang + "++"))
config.substitutions.append(("%plugin", config.plugin))
config.substitutions.append(
    ("%apply_replacements", os.path.join(llvm_bin, "clang-apply-replacements")))
config.substitutions.append(
    ("%include", os.path.join(config.alignlint_src_root, "include")))
# The common invocation: compile with the plugin loaded.
config.substitutions.append(
    ("%alignlint_cc", "%s -fplugin=%s" % (clang, config.plugin)))
config.substitutions.append(
    ("%alignlint_cxx", "%s++ -fplugin=%s" % (clang, config.plugin)))
# The clang-tidy module, where it was built: %clang_tidy runs the
# clang-tidy of the same LLVM with it loaded.
if config.tidy_module:
    config.available_features.add("alignlint-tidy")
    config.substitutions.append(("%tidy_module", config.tidy_module))
    config.substitutions.append(
        ("%clang_tidy", "%s --load=%s" % (os.path.join(llvm_bin, "clang-tidy"),
                                          config.tidy_module)))
    config.substitutions.append(
        ("%run_clang_tidy", os.path.join(llvm_bin, "run-clang-tidy")))
    config.substitutions.append(("%llvm_bin", llvm_bin))
    tidy_diff = os.path.join(config.llvm_prefix, "share", "clang",
                             "clang-tidy-diff.py")
    if os.path.exists(tidy_diff):
        config.available_features.add("clang-tidy-diff")
        config.substitutions.append(
            ("%tidy_diff", "python3 " + tidy_diff))
# After the longer %alignlint_* names: lit substitutes in list order.
config.substitutions.append(("%alignlint", config.alignlint_tool))
