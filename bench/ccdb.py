#!/usr/bin/env python3
"""compile_commands.json helper for the alignlint benchmarks.

Reads a compilation database (as written by bear or CMake), keeps one real
compile per (directory, file, output) and rewrites each command for a mode:

  syntax   CC <project flags> -fsyntax-only FILE
  O2       CC <project flags, -O* and -flto* removed> -O2 -c -o /dev/null FILE
  keep     CC <project flags> -c -o /dev/null FILE

Output, dependency-file and LTO options are dropped in every mode, so a
benchmark run never writes into the project tree. Driver-level entries only:
bear also records the cc1 jobs clang spawns (`clang -cc1 ...`) and `-M`/`-E`
dependency scans; those are skipped.

    ccdb.py list  DB MODE CC [--largest N] [--extra=FLAG]...
        one TU a line: DIRECTORY<TAB>SIZE<TAB>FILE<TAB>shell-quoted command
    ccdb.py count DB
"""
import argparse
import json
import os
import shlex
import sys

DROP_WITH_ARG = {"-o", "-MF", "-MT", "-MQ", "-dependency-file"}
DROP = {"-c", "-MD", "-MMD", "-MP", "-M", "-MM", "-pipe", "-fsyntax-only",
        "-S", "-E"}
SOURCE_EXT = (".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".m")


def entry_args(e):
    if "arguments" in e:
        return list(e["arguments"])
    return shlex.split(e["command"])


def load(db):
    with open(db) as fh:
        data = json.load(fh)
    seen = set()
    out = []
    for e in data:
        args = entry_args(e)
        if len(args) < 2 or args[1] in ("-cc1", "-cc1as"):
            continue
        if "-c" not in args:
            continue                      # link step, -M/-E scan, ...
        if any(a in ("-M", "-MM", "-E") for a in args):
            continue
        d = e.get("directory", os.path.dirname(os.path.abspath(db)))
        f = e["file"]
        f_abs = f if os.path.isabs(f) else os.path.normpath(os.path.join(d, f))
        if not f_abs.endswith(SOURCE_EXT):
            continue
        key = (d, f_abs, e.get("output", ""))
        if key in seen:
            continue
        seen.add(key)
        out.append((d, f_abs, args))
    return out


def rewrite(args, mode, cc, extra):
    res = [cc]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in DROP_WITH_ARG:
            skip = True
            continue
        if a in DROP or a.startswith("-MF") or a.startswith("-MT"):
            continue
        if a.startswith("-o") and len(a) > 2:
            continue                      # -ofile
        if a.startswith("-fplugin"):
            continue                      # never stack a project's plugins
        if mode == "O2" and (a.startswith("-O") or a.startswith("-flto")):
            continue
        if a.startswith("-flto"):
            continue                      # LTO -c skips codegen: not -c -O2
        res.append(a)
    res += extra
    if mode == "syntax":
        res.append("-fsyntax-only")
    elif mode == "O2":
        res += ["-O2", "-c", "-o", "/dev/null"]
    else:
        res += ["-c", "-o", "/dev/null"]
    return res


def main(argv=None):
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list")
    ls.add_argument("db")
    ls.add_argument("mode", choices=["syntax", "O2", "keep"])
    ls.add_argument("cc")
    ls.add_argument("--largest", type=int, default=0)
    ls.add_argument("--extra", action="append", default=[],
                    help="flag appended to every command (repeatable), "
                         "e.g. --extra=-fplugin=/abs/libalignlint.so")
    ct = sub.add_parser("count")
    ct.add_argument("db")
    a = ap.parse_args(argv)

    tus = load(a.db)
    if a.cmd == "count":
        print(len(tus))
        return 0
    rows = []
    for d, f, args in tus:
        try:
            size = os.path.getsize(f)
        except OSError:
            continue
        # Order by source size; path as a tie-breaker keeps it deterministic.
        rows.append((size, f, d, args))
    if a.largest:
        rows.sort(key=lambda r: (-r[0], r[1]))
        rows = rows[:a.largest]
    for size, f, d, args in rows:
        cmd = rewrite(args, a.mode, a.cc, a.extra)
        sys.stdout.write("%s\t%d\t%s\t%s\n"
                         % (d, size, f, " ".join(shlex.quote(x) for x in cmd)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
