#!/usr/bin/env python3
"""alignlint-clangd at the protocol level: a scripted client on small
projects with compile_commands.json.

usage: lsp_test.py SERVER CLANGD CLANG PLUGIN
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

from lsp_client import (LspClient, alignlint_diagnostics, apply_edits,
                        diagnostics_of)

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER, CLANGD, CLANG, PLUGIN = sys.argv[1:5]
TARGET = "--target=x86_64-linux-gnu"
CAPABILITIES = {
    "workspace": {"workspaceEdit": {"documentChanges": True}},
    "textDocument": {
        "publishDiagnostics": {"relatedInformation": True,
                               "codeDescriptionSupport": True},
        "codeAction": {"codeActionLiteralSupport": {
            "codeActionKind": {"valueSet": ["quickfix"]}}},
        "hover": {"contentFormat": ["plaintext"]},
    },
}


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok:", what)


def copy_project(name, commands):
    """The project in a temporary folder, with its compile_commands.json."""
    root = os.path.realpath(tempfile.mkdtemp(prefix="alignlint-lsp-"))
    for f in os.listdir(os.path.join(HERE, name)):
        shutil.copy(os.path.join(HERE, name, f), root)
    database = [{"directory": root, "file": f, "arguments": args + [f]}
                for f, args in commands]
    with open(os.path.join(root, "compile_commands.json"), "w") as out:
        json.dump(database, out)
    return root


def uri(path):
    return "file://" + path


def start(root, extra=()):
    client = LspClient([SERVER, "--clangd=" + CLANGD] + list(extra), cwd=root)
    client.request("initialize", {"processId": os.getpid(),
                                  "rootUri": uri(root),
                                  "capabilities": CAPABILITIES})
    client.notify("initialized", {})
    return client


def open_file(client, path, version=1):
    with open(path) as f:
        text = f.read()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri(path), "languageId": "c", "version": version,
        "text": text}})
    return text


def wait_alignlint(client, path, start, present=True, timeout=60):
    """The first diagnostics for path (from index start) in which alignlint's
    findings are present (or absent)."""
    def matches(message):
        return (diagnostics_of(uri(path))(message) and
                bool(alignlint_diagnostics(message)) == present)
    return client.wait_for(matches, timeout, start)


def compile_and_run(source, out_dir, name, extra=""):
    path = os.path.join(out_dir, name + ".c")
    with open(path, "w") as f:
        f.write(source + extra)
    exe = os.path.join(out_dir, name)
    subprocess.run([CLANG, TARGET, "-Wall", "-Werror", path, "-o", exe],
                   check=True)
    return subprocess.run([exe], check=True, capture_output=True,
                          text=True).stdout


def unsaved_buffer_fix():
    root = copy_project("project", [("conn.c", [
        "clang", TARGET, "-Wall", "-Werror", "-c", "-o", "conn.o"])])
    conn = os.path.join(root, "conn.c")
    on_disk = open(conn).read()
    client = start(root)
    mark = client.mark()
    text = open_file(client, conn)
    # The file on disk is compact: clangd's diagnostics come, alignlint's do
    # not (a finding would make the first one below stale).
    first = wait_alignlint(client, conn, mark, present=False)
    check(not alignlint_diagnostics(first), "no finding for the compact file")

    # Move 'char state;' above 'long bytes;' without saving: incremental
    # edits, as editors send them.
    mark = client.mark()
    state_line = text.split("\n").index("  char state;")
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri(conn), "version": 2},
        "contentChanges": [
            {"range": {"start": {"line": state_line, "character": 0},
                       "end": {"line": state_line + 1, "character": 0}},
             "text": ""},
            {"range": {"start": {"line": 3, "character": 0},
                       "end": {"line": 3, "character": 0}},
             "text": "  char state;\n"}]})
    buffer = text.split("\n")
    del buffer[state_line]
    buffer.insert(3, "  char state;")
    buffer = "\n".join(buffer)
    found = wait_alignlint(client, conn, mark)
    check(open(conn).read() == on_disk, "the file on disk is untouched")
    finding = alignlint_diagnostics(found)[0]
    check(finding["code"] == "field-order", "the rule is the code")
    check(finding["severity"] == 1, "-Werror in the compile command: an error")
    check(finding["codeDescription"]["href"].endswith("safety.md"),
          "the code links to the rule's documentation")
    sizes = re.search(r"is (\d+) bytes but could be (\d+)", finding["message"])
    check(sizes is not None, "the build's message: " + finding["message"])
    name_line = buffer.split("\n").index("struct conn {")
    check(finding["range"] == {"start": {"line": name_line, "character": 7},
                               "end": {"line": name_line, "character": 11}},
          "the range is the record's name")

    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(conn)}, "range": finding["range"],
        "context": {"diagnostics": [finding]}})
    ours = [a for a in actions or [] if a.get("diagnostics", [{}])[0].get(
        "source") == "alignlint"]
    check(len(ours) == 1 and ours[0]["kind"] == "quickfix",
          "one quick-fix: " + (ours[0]["title"] if ours else "none"))
    saved = int(sizes.group(1)) - int(sizes.group(2))
    check("(saves %d bytes)" % saved in ours[0]["title"], "the title says it")
    change = ours[0]["edit"]["documentChanges"][0]
    check(change["textDocument"] == {"uri": uri(conn), "version": 2},
          "the edit is for the buffer's version")
    fixed = apply_edits(buffer, change["edits"])

    mark = client.mark()
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri(conn), "version": 3},
        "contentChanges": [{"text": fixed}]})
    wait_alignlint(client, conn, mark, present=False)
    check(True, "the warning goes away after the fix")

    out = tempfile.mkdtemp(prefix="alignlint-lsp-run-")
    before = compile_and_run(buffer, out, "before")
    after = compile_and_run(fixed, out, "after",
                            "_Static_assert(sizeof(struct conn) == %s, \"\");\n"
                            % sizes.group(2))
    check(before == after, "the fixed program prints the same: " + after)

    hover = client.request("textDocument/hover", {
        "textDocument": {"uri": uri(conn)},
        "position": {"line": name_line, "character": 8}})
    check(hover and "conn" in json.dumps(hover["contents"]),
          "clangd answers hover")

    # Broken framing and a body that is not JSON: skipped or passed on to
    # clangd, and both keep serving.
    client.send_raw(b"Content-Length: oops\r\n\r\n")
    client.send_raw(b"garbage line\r\n\r\n")
    client.send_raw(b"Content-Length: 9\r\n\r\n{not json")
    hover = client.request("textDocument/hover", {
        "textDocument": {"uri": uri(conn)},
        "position": {"line": name_line, "character": 8}})
    check(hover and "conn" in json.dumps(hover["contents"]),
          "malformed input did not stop the server")

    client.request("shutdown", None)
    client.notify("exit", None)
    check(client.wait_exit() == 0, "exit after shutdown: clangd's status 0")
    shutil.rmtree(root)
    shutil.rmtree(out)


def header_record_refused():
    flags = ["clang", TARGET, "-c"]
    root = copy_project("header-project", [("one.c", flags), ("two.c", flags)])
    header = os.path.join(root, "shared.h")
    client = start(root)
    mark = client.mark()
    open_file(client, header)
    found = wait_alignlint(client, header, mark)
    finding = alignlint_diagnostics(found)[0]
    related = " ".join(r["message"] for r in
                       finding.get("relatedInformation", []))
    check("alignlint apply" in related,
          "the header record's diagnostic says how to fix it project-wide")
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(header)}, "range": finding["range"],
        "context": {"diagnostics": [finding]}})
    ours = [a for a in actions or [] if "edit" in a and any(
        d.get("source") == "alignlint" for d in a.get("diagnostics", []))]
    check(not ours, "no quick-fix edits the header alone")

    one = os.path.join(root, "one.c")
    mark = client.mark()
    open_file(client, one)
    # one.c's analysis sees the header record too, but reports it in the
    # header, not in one.c: clangd's publication and alignlint's are clean.
    first = client.wait_for(diagnostics_of(uri(one)), 60, mark)
    second = client.wait_for(diagnostics_of(uri(one)), 60,
                             client.messages.index(first) + 1)
    check(not alignlint_diagnostics(first) and
          not alignlint_diagnostics(second),
          "the header's finding is not reported in one.c")
    client.request("shutdown", None)
    client.notify("exit", None)
    client.wait_exit()
    shutil.rmtree(root)


def alignlint_actions(client, path, finding):
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(path)}, "range": finding["range"],
        "context": {"diagnostics": [finding]}})
    return [a for a in actions or [] if "edit" in a and any(
        d.get("source") == "alignlint" for d in a.get("diagnostics", []))]


def edited_files(action):
    edit = action["edit"]
    if "documentChanges" in edit:
        return {c["textDocument"]["uri"] for c in edit["documentChanges"]}
    return set(edit.get("changes", {}))


def related_text(finding):
    return " ".join(r["message"] for r in finding.get("relatedInformation",
                                                       []))


def source_included_elsewhere():
    """A .c file that another translation unit #includes shares its records
    with it: no quick-fix edits it alone. The includes are listed in the
    background for a database of more than 8 units: until then no file gets
    a quick-fix, after that one included nowhere does."""
    flags = ["clang", TARGET, "-c"]
    units = [("unit.c", flags), ("unit_test.c", flags), ("lonely.c", flags)]
    root = copy_project("include-project", units + [
        ("filler%d.c" % i, flags) for i in range(6)])
    for i in range(6):
        with open(os.path.join(root, "filler%d.c" % i), "w") as f:
            f.write("int filler%d(void) { return %d; }\n" % (i, i))
    client = start(root)
    lonely = os.path.join(root, "lonely.c")
    mark = client.mark()
    open_file(client, lonely)
    first = alignlint_diagnostics(wait_alignlint(client, lonely, mark))[0]
    check("still finding which translation units" in related_text(first)
          and not alignlint_actions(client, lonely, first),
          "no quick-fix while the includes of a large database are listed")

    def listed(message):
        found = (diagnostics_of(uri(lonely))(message) and
                 alignlint_diagnostics(message))
        return found and "still finding" not in related_text(found[0])
    later = alignlint_diagnostics(client.wait_for(listed, 60, mark))[0]
    check(len(alignlint_actions(client, lonely, later)) == 1,
          "once they are listed, a file included nowhere gets its quick-fix")

    unit = os.path.join(root, "unit.c")
    mark = client.mark()
    open_file(client, unit)
    finding = alignlint_diagnostics(wait_alignlint(client, unit, mark))[0]
    half = [a for a in alignlint_actions(client, unit, finding)
            if edited_files(a) == {uri(unit)}]
    check(not half, "no quick-fix edits the included unit.c alone")
    check("unit_test.c includes this file" in related_text(finding),
          "the note names the unit that includes it: " +
          related_text(finding))

    # A unit changed on disk is listed again (alone, so before the answer):
    # filler0.c now includes lonely.c, whose next analysis sees that.
    with open(os.path.join(root, "filler0.c"), "a") as f:
        f.write('#include "lonely.c"\n')
    mark = client.mark()
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri(lonely), "version": 2},
        "contentChanges": [{"text": open(lonely).read() + "\n"}]})

    def included(message):
        found = (diagnostics_of(uri(lonely))(message) and
                 alignlint_diagnostics(message))
        return found and "filler0.c includes" in related_text(found[0])
    again = alignlint_diagnostics(client.wait_for(included, 60, mark))[0]
    check(not alignlint_actions(client, lonely, again),
          "a unit that includes the file since is found, and no quick-fix "
          "edits the file alone")
    client.request("shutdown", None)
    client.notify("exit", None)
    client.wait_exit()
    shutil.rmtree(root)


def clangd_config_applied():
    """The .clangd beside the file changes the analysis' flags as it changes
    clangd's: Remove: [-D] takes the database's -DNARROW, Add gives -DWIDE (a
    double in the middle: 24 bytes could be 16); a fragment whose If excludes
    the file, or matches other paths, changes nothing (NARROW, a short: 6
    bytes could be 4)."""
    flags = ["clang", TARGET, "-DNARROW", "-c"]
    root = copy_project("config-project", [
        ("sizes.c", flags), ("excluded/sizes.c", flags)])
    os.mkdir(os.path.join(root, "excluded"))
    shutil.copy(os.path.join(root, "sizes.c"), os.path.join(root, "excluded"))
    saved_config_home = os.environ.get("XDG_CONFIG_HOME")
    os.environ["XDG_CONFIG_HOME"] = root  # no user configuration
    client = start(root)
    os.environ.pop("XDG_CONFIG_HOME")
    if saved_config_home is not None:
        os.environ["XDG_CONFIG_HOME"] = saved_config_home
    sizes = os.path.join(root, "sizes.c")
    mark = client.mark()
    open_file(client, sizes)
    found = alignlint_diagnostics(wait_alignlint(client, sizes, mark))
    check(len(found) == 1 and "is 24 bytes but could be 16" in
          found[0]["message"], ".clangd's Remove and Add apply: " +
          (found[0]["message"] if found else "no finding"))
    excluded = os.path.join(root, "excluded", "sizes.c")
    mark = client.mark()
    open_file(client, excluded)
    kept = alignlint_diagnostics(wait_alignlint(client, excluded, mark))
    check(len(kept) == 1 and "is 6 bytes but could be 4" in
          kept[0]["message"],
          "a fragment whose If excludes the file is not applied")
    client.request("shutdown", None)
    client.notify("exit", None)
    client.wait_exit()
    shutil.rmtree(root)


def clangd_exit_status():
    root = copy_project("project", [("conn.c", ["clang", TARGET, "-c"])])
    client = start(root)
    children = subprocess.run(["ps", "-o", "pid=", "--ppid",
                               str(client.proc.pid)],
                              capture_output=True, text=True).stdout.split()
    check(len(children) == 1, "alignlint-clangd started one clangd")
    os.kill(int(children[0]), signal.SIGKILL)
    check(client.wait_exit() == 128 + signal.SIGKILL,
          "clangd killed: alignlint-clangd exits with its status")
    shutil.rmtree(root)


unsaved_buffer_fix()
header_record_refused()
clangd_config_applied()
source_included_elsewhere()
clangd_exit_status()
print("all passed")
