#!/usr/bin/env python3
"""alignlint-clangd's precompiled includes (docs/editors.md, "Latency"):
the same edits, in C and C++, with --alignlint-preamble=off (every analysis
parses the whole file) and on (the includes come precompiled). The published
diagnostics and code actions must be the same; the preamble must really be
used (the log says "with preamble"), built again when the prefix or a header
on disk changes, and removed when the buffer closes and the server exits.
Also: a changed compile_commands.json is read again.

usage: preamble_test.py SERVER CLANGD
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from lsp_client import LspClient, alignlint_diagnostics, diagnostics_of

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER, CLANGD = sys.argv[1:3]
TARGET = "--target=x86_64-linux-gnu"
CAPABILITIES = {
    "workspace": {"workspaceEdit": {"documentChanges": True}},
    "textDocument": {
        "publishDiagnostics": {"relatedInformation": True},
        "codeAction": {"codeActionLiteralSupport": {
            "codeActionKind": {"valueSet": ["quickfix"]}}},
    },
}


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok:", what)


def write_database(root, commands):
    database = [{"directory": root, "file": f, "arguments": args + [f]}
                for f, args in commands]
    with open(os.path.join(root, "compile_commands.json"), "w") as out:
        json.dump(database, out)


def copy_project(name, commands):
    root = os.path.realpath(tempfile.mkdtemp(prefix="alignlint-pre-"))
    shutil.copytree(os.path.join(HERE, name), root, dirs_exist_ok=True)
    write_database(root, commands)
    return root


class Server(LspClient):
    """The server with its log collected and its temporary files in a
    folder of their own (TMPDIR)."""

    def __init__(self, root, extra=()):
        self.tmp = tempfile.mkdtemp(prefix="alignlint-pre-tmp-")
        self.log = []
        super().__init__([SERVER, "--clangd=" + CLANGD] + list(extra),
                         cwd=root, stderr=subprocess.PIPE,
                         env=dict(os.environ, TMPDIR=self.tmp))
        threading.Thread(target=self._read_log, daemon=True).start()
        self.request("initialize", {"processId": os.getpid(),
                                    "rootUri": "file://" + root,
                                    "capabilities": CAPABILITIES})
        self.notify("initialized", {})

    def _read_log(self):
        for line in self.proc.stderr:
            self.log.append(line.decode(errors="replace").rstrip("\n"))

    def logged(self, pattern):
        return [line for line in list(self.log) if re.search(pattern, line)]

    def wait_log(self, pattern, count=1, timeout=120):
        deadline = time.time() + timeout
        while len(self.logged(pattern)) < count:
            if time.time() > deadline:
                raise TimeoutError("no log line %r (#%d) in:\n%s" % (
                    pattern, count, "\n".join(self.log)))
            time.sleep(0.02)
        return self.logged(pattern)[count - 1]

    def preambles(self):
        """The precompiled headers in the server's temporary folder."""
        return [os.path.join(d, f) for d, _, files in os.walk(self.tmp)
                for f in files if f.endswith(".pch")]

    def finish(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.wait_exit()


def edit(text, line, new_lines):
    """text with new_lines inserted before the 0-based line."""
    lines = text.split("\n")
    return "\n".join(lines[:line] + new_lines + lines[line:])


def line_of(text, start):
    return next(i for i, line in enumerate(text.split("\n"))
                if line.startswith(start))


class Session:
    """One file edited version by version; what the server published for
    each version: alignlint's diagnostics and code actions."""

    def __init__(self, server, path, language):
        self.server, self.path, self.uri = server, path, "file://" + path
        self.text = open(path).read()
        self.version = 1
        self.published = {}
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": self.uri, "languageId": language, "version": 1,
            "text": self.text}})
        self.record()

    def change(self, text):
        self.version += 1
        self.text = text
        self.server.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version},
            "contentChanges": [{"text": text}]})
        return self.record()

    def analysis_line(self):
        return self.server.wait_log(
            r"%s version %d: \d+ findings" % (re.escape(self.path),
                                             self.version))

    def actions(self):
        """alignlint's code actions on the whole buffer: offered only once
        the findings of the buffer's current version are published."""
        lines = self.text.split("\n")
        actions = self.server.request("textDocument/codeAction", {
            "textDocument": {"uri": self.uri},
            "range": {"start": {"line": 0, "character": 0},
                      "end": {"line": len(lines) - 1,
                              "character": len(lines[-1])}},
            "context": {"diagnostics": []}}) or []
        return [a for a in actions if any(
            d.get("source") == "alignlint" for d in a.get("diagnostics", []))]

    def record(self):
        """Waits for this version's analysis and what it published (every
        version of the scripted edits has a fix to offer)."""
        line = self.analysis_line()
        deadline = time.time() + 30
        actions = self.actions()
        while not actions and time.time() < deadline:
            time.sleep(0.05)
            actions = self.actions()
        check(actions, "version %d: alignlint's fixes are offered" %
              self.version)
        # Published before the answer; clangd's later publications keep
        # alignlint's set.
        message = [m for m in list(self.server.messages)
                   if m and diagnostics_of(self.uri)(m)][-1]
        # The project's folder differs between runs: not part of the result.
        root = os.path.dirname(self.path)
        self.published[self.version] = json.loads(json.dumps(
            (alignlint_diagnostics(message), actions)).replace(root, "ROOT"))
        return line

    def close(self):
        self.server.notify("textDocument/didClose",
                           {"textDocument": {"uri": self.uri}})


def edit_session(root, name, language, extra):
    """The scripted edits of one file; its publications by version and the
    server's analysis log lines by version."""
    server = Server(root, extra)
    path = os.path.join(root, name)
    session = Session(server, path, language)
    lines = {1: session.analysis_line()}
    preamble_on = "--alignlint-preamble=off" not in extra

    def built(count):
        if preamble_on:
            server.wait_log(r"includes precompiled", count)

    # 2, 3: edits below the includes.
    built(1)
    text = session.text
    body = line_of(text, "#define AFTER_PREFIX" if language == "c"
                   else "class Session")
    lines[2] = session.change(edit(text, body, ["// an edit", ""]))
    text = session.text
    lines[3] = session.change(edit(text, line_of(text, "  int fd;") if
                                   language == "c" else
                                   line_of(text, "  int id;"),
                                   ["  char added;"]))
    if preamble_on:
        check(server.preambles(), "a precompiled header exists while open")
    # 4: an edit inside the prefix: a new key, a full parse, a new build.
    lines[4] = session.change(edit(session.text, 0, ["#include <limits.h>"]))
    built(2)
    lines[5] = session.change(session.text + "\n// the end\n")
    # 6: a header changes on disk: the preamble is out of date.
    sizes = os.path.join(root, "sizes.h")
    with open(sizes) as f:
        header = f.read()
    with open(sizes, "w") as f:
        f.write(header.replace("#define NAME_LEN 13", "#define NAME_LEN 129"))
    lines[6] = session.change(session.text + "// after the header\n")
    built(3)
    lines[7] = session.change(session.text + "// and once more\n")
    with open(sizes, "w") as f:
        f.write(header)
    session.close()
    time.sleep(0.5)
    left_open = server.preambles()
    server.finish()
    left = os.listdir(server.tmp)
    shutil.rmtree(server.tmp)
    return session.published, lines, server.log, left_open, left


def compare_modes(name, language):
    flags = ["clang", TARGET, "-Wall"] + (["-std=c++17"]
                                          if language == "cpp" else [])
    root = copy_project("preamble-project", [(name, flags + ["-c"])])
    full, full_lines, _, _, _ = edit_session(
        root, name, language, ["--alignlint-preamble=off"])
    shutil.rmtree(root)
    root = copy_project("preamble-project", [(name, flags + ["-c"])])
    with_pch, pch_lines, log, left_open, left = edit_session(
        root, name, language, [])
    shutil.rmtree(root)

    check(all("with preamble" not in line for line in full_lines.values()),
          name + ": off: no analysis uses a preamble")
    for version in (2, 3, 5, 7):
        check("with preamble" in pch_lines[version],
              "%s: version %d analysed with the preamble" % (name, version))
    for version in (1, 4, 6):
        check("with preamble" not in pch_lines[version],
              "%s: version %d parsed in full (%s)" % (
                  name, version, ("first", "new prefix", "header changed")[
                      (1, 4, 6).index(version)]))
    check(any("out of date" in line for line in log),
          name + ": the changed header made the preamble out of date")
    for version in sorted(full):
        check(full[version] == with_pch[version],
              "%s: version %d: the same %d diagnostics and %d code actions"
              % (name, version, len(full[version][0]),
                 len(full[version][1])))
    check(any(full[v][0] for v in full) and any(full[v][1] for v in full),
          name + ": the comparison saw findings and fixes")
    messages = [d["message"] for d in full[5][0] + full[7][0]]
    check(messages[:len(full[5][0])] != messages[len(full[5][0]):],
          name + ": the header's new NAME_LEN shows in the findings")
    check(not left_open, name + ": the precompiled header goes on didClose")
    check(not left, name + ": the temporary folder goes on exit")
    return full


def reloaded_database():
    """compile_commands.json rewritten while the server runs: the next
    analysis uses the new command (-Werror makes the warning an error)."""
    name = "records.c"
    flags = ["clang", TARGET, "-Wall", "-c"]
    root = copy_project("preamble-project", [(name, flags)])
    os.remove(os.path.join(root, ".alignlint.yaml"))
    server = Server(root)
    session = Session(server, os.path.join(root, name), "c")
    severities = {d["severity"] for d in session.published[1][0]}
    check(severities == {2}, "without -Werror: warnings")
    write_database(root, [(name, flags + ["-Werror"])])
    session.change(session.text + "\n")
    severities = {d["severity"] for d in session.published[2][0]}
    check(severities == {1}, "the new compile_commands.json's -Werror: errors")
    server.finish()
    shutil.rmtree(server.tmp)
    shutil.rmtree(root)


def failing_preamble():
    """A precompiled header that makes the code fail (a header that keeps
    __BASE_FILE__, the precompiled prefix's own name): the error is never
    the user's; each version is parsed in full and keeps its findings."""
    name = "records.c"
    root = copy_project("preamble-project", [(name, [
        "clang", TARGET, "-c"])])
    with open(os.path.join(root, "base.h"), "w") as f:
        f.write("static const char base_file[] = __BASE_FILE__;\n")
    path = os.path.join(root, name)
    text = open(path).read()
    text = edit(text, line_of(text, "#include <stddef.h>"),
                ['#include "base.h"'])
    text = edit(text, line_of(text, "#define AFTER_PREFIX"), [
        '_Static_assert(sizeof(base_file) == sizeof("records.c"), "");'])
    with open(path, "w") as f:
        f.write(text)
    server = Server(root)
    session = Session(server, path, "c")
    server.wait_log(r"includes precompiled")
    for _ in range(3):
        line = session.change(session.text + "// more\n")
        check("with preamble" not in line, "parsed in full: " + line)
    check(server.logged("precompiled includes of .* made the code fail"),
          "the preamble's failure is logged")
    check(all(session.published[v][0] == session.published[1][0]
              for v in session.published),
          "every version has the diagnostics of the first")
    server.finish()
    shutil.rmtree(server.tmp)
    shutil.rmtree(root)


failing_preamble()
c = compare_modes("records.c", "c")
check(all("keeps 'tail_len' last" in json.dumps(c[v]) for v in c),
      "records.c: the comment pin is noted in every version")
cpp = compare_modes("records.cpp", "cpp")
check(all("pair" not in json.dumps(found[v][0]) for found in (c, cpp)
          for v in found),
      "the header's record is not reported in the file that includes it")
reloaded_database()
print("all passed")
