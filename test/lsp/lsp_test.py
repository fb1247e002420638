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
import time

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


def start(root, extra=(), capabilities=CAPABILITIES):
    client = LspClient([SERVER, "--clangd=" + CLANGD] + list(extra), cwd=root)
    client.request("initialize", {"processId": os.getpid(),
                                  "rootUri": uri(root),
                                  "capabilities": capabilities})
    client.notify("initialized", {})
    return client


def stop(client, root):
    """shutdown, exit, and the project's folder removed."""
    client.request("shutdown", None)
    client.notify("exit", None)
    client.wait_exit()
    shutil.rmtree(root)


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


def related_text(finding):
    return " ".join(r["message"] for r in
                    finding.get("relatedInformation", []))


def our_actions(client, path, finding):
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri(path)}, "range": finding["range"],
        "context": {"diagnostics": [finding]}})
    return [a for a in actions or [] if "edit" in a and any(
        d.get("source") == "alignlint" for d in a.get("diagnostics", []))]


def wait_project_note(client, path, start, gone="being computed"):
    """The first publication for path whose alignlint finding's notes no
    longer say `gone` (the background job is done)."""
    def done(message):
        if not diagnostics_of(uri(path))(message):
            return False
        ours = alignlint_diagnostics(message)
        return bool(ours) and gone not in related_text(ours[0])
    return alignlint_diagnostics(client.wait_for(done, 120, start))[0]


def header_flags():
    return ["clang", TARGET, "-c"]


def build_header_project(root, name, extra=""):
    """Builds one.c and two.c into one program; its output."""
    exe = os.path.join(root, name)
    subprocess.run([CLANG, TARGET, "-Wall", "-Werror", "-I", root]
                   + (["-include", extra] if extra else [])
                   + [os.path.join(root, "one.c"), os.path.join(root, "two.c"),
                      "-o", exe], check=True)
    return subprocess.run([exe], check=True, capture_output=True,
                          text=True).stdout


def header_project_fix():
    root = copy_project("header-project", [("one.c", header_flags()),
                                           ("two.c", header_flags())])
    header = os.path.join(root, "shared.h")
    one = os.path.join(root, "one.c")
    before = build_header_project(root, "before")
    client = start(root)
    mark = client.mark()
    began = time.time()
    text = open_file(client, header)
    found = wait_alignlint(client, header, mark)
    finding = alignlint_diagnostics(found)[0]
    check("being computed in the background" in related_text(finding),
          "first the header's fix is being computed project-wide")
    check(not our_actions(client, header, finding),
          "no quick-fix until every TU agrees")
    finding = wait_project_note(client, header, mark)
    print("project-wide fix ready after %.2f s" % (time.time() - began))
    check("refuses" not in related_text(finding) and
          "alignlint apply" not in related_text(finding),
          "the plan is offered: " + related_text(finding))
    sizes = re.search(r"is (\d+) bytes but could be (\d+)", finding["message"])
    ours = our_actions(client, header, finding)
    check(len(ours) == 1, "one project-wide quick-fix: " +
          (ours[0]["title"] if ours else "none"))
    check("in 2 files (saves %d bytes)" %
          (int(sizes.group(1)) - int(sizes.group(2))) in ours[0]["title"],
          "the title names the files and the saving")
    changes = {c["textDocument"]["uri"]: c for c in
               ours[0]["edit"]["documentChanges"]}
    check(sorted(changes) == sorted([uri(header), uri(one)]),
          "one edit of the header and of the positional initializer")
    check(changes[uri(header)]["textDocument"]["version"] == 1 and
          changes[uri(one)]["textDocument"]["version"] is None,
          "the open header's version, none for the closed one.c")

    # two.c (not edited by the fix) changed on disk behind the server's
    # back: it may use the record in a new way, so the plan is old.
    two = os.path.join(root, "two.c")
    two_text = open(two).read()
    with open(two, "a") as f:
        f.write("/* changed */\n")
    check(not our_actions(client, header, finding),
          "no quick-fix once two.c changed on disk")
    with open(two, "w") as f:
        f.write(two_text)
    mark = client.mark()
    client.notify("textDocument/didSave",
                  {"textDocument": {"uri": uri(two)}})
    finding = wait_project_note(client, header, mark)
    check(len(our_actions(client, header, finding)) == 1,
          "offered again after the save")

    # one.c open with unsaved changes: the plan's edit of one.c would be for
    # another text; back to the saved text, it is offered for that version.
    one_text = open_file(client, one)
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri(one), "version": 2},
        "contentChanges": [{"text": "/* unsaved */\n" + one_text}]})
    check(not our_actions(client, header, finding),
          "no quick-fix while one.c's buffer differs from the plan's text")
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri(one), "version": 3},
        "contentChanges": [{"text": one_text}]})
    ours = our_actions(client, header, finding)
    check(len(ours) == 1, "offered again for one.c's saved text")
    changes = {c["textDocument"]["uri"]: c for c in
               ours[0]["edit"]["documentChanges"]}
    check(changes[uri(one)]["textDocument"]["version"] == 3,
          "the edit of one.c is for its buffer's version")

    for path, content in ((header, text), (one, one_text)):
        with open(path, "w") as f:
            f.write(apply_edits(content, changes[uri(path)]["edits"]))
    assertion = os.path.join(root, "size.h")
    with open(assertion, "w") as f:
        f.write('#include "shared.h"\n'
                '_Static_assert(sizeof(struct rec) == %s, "");\n'
                % sizes.group(2))
    after = build_header_project(root, "after", assertion)
    check(before == after, "the fixed program prints the same: " + after)
    stop(client, root)


def header_project_fix_changes():
    """A client without documentChanges gets the same edit as changes."""
    root = copy_project("header-project", [("one.c", header_flags()),
                                           ("two.c", header_flags())])
    header = os.path.join(root, "shared.h")
    plain = dict(CAPABILITIES, workspace={})
    client = start(root, capabilities=plain)
    mark = client.mark()
    open_file(client, header)
    finding = wait_project_note(client, header, mark)
    ours = our_actions(client, header, finding)
    check(len(ours) == 1 and "documentChanges" not in ours[0]["edit"] and
          sorted(ours[0]["edit"]["changes"]) ==
          sorted([uri(header), uri(os.path.join(root, "one.c"))]),
          "without documentChanges: changes of the header and one.c")
    stop(client, root)


def header_project_with(name, text):
    """The header project with one more TU, NAME holding TEXT; the header
    opened and its project-wide plan done: (root, client, header, its
    finding)."""
    root = copy_project("header-project", [("one.c", header_flags()),
                                           ("two.c", header_flags()),
                                           (name, header_flags())])
    with open(os.path.join(root, name), "w") as f:
        f.write(text)
    header = os.path.join(root, "shared.h")
    client = start(root)
    mark = client.mark()
    open_file(client, header)
    return root, client, header, wait_project_note(client, header, mark)


def header_record_vetoed():
    root, client, header, finding = header_project_with(
        "three.c", '#include <stdio.h>\n#include "shared.h"\n'
        "void save(FILE *out, const struct rec *r) {\n"
        "  fwrite(r, sizeof *r, 1, out);\n}\n")
    related = related_text(finding)
    check("alignlint apply refuses it project-wide: vetoed" in related and
          "three.c" in related, "the note names the vetoing TU: " + related)
    check(not our_actions(client, header, finding),
          "a vetoed record gets no quick-fix")

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
    stop(client, root)


def header_project_broken_tu():
    """A TU that does not compile may use the record in ways no one saw."""
    root, client, header, finding = header_project_with(
        "four.c",
        '#include "shared.h"\nint broken(void) { return missing; }\n')
    related = related_text(finding)
    check("not every translation unit of the compile database compiles" in
          related and "four.c" in related,
          "a TU that does not compile refuses the fix: " + related)
    check(not our_actions(client, header, finding),
          "no quick-fix while a TU does not compile")
    stop(client, root)


def header_without_database():
    """No compile database: the fix cannot be made project-wide."""
    root = copy_project("header-project", [])
    os.remove(os.path.join(root, "compile_commands.json"))
    header = os.path.join(root, "shared.h")
    client = start(root, ["--compile-commands-dir=" + root])
    mark = client.mark()
    open_file(client, header)
    finding = wait_project_note(client, header, mark)
    related = related_text(finding)
    check("could not be made (no compile_commands.json" in related and
          "alignlint apply" in related,
          "without a database the note says so: " + related)
    check(not our_actions(client, header, finding),
          "no quick-fix without a database")
    stop(client, root)


def unsaved_header():
    root = copy_project("header-project", [("one.c", header_flags()),
                                           ("two.c", header_flags())])
    header = os.path.join(root, "shared.h")
    client = start(root)
    text = open_file(client, header)
    mark = client.mark()
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri(header), "version": 2},
        "contentChanges": [{"text": "/* unsaved */\n" + text}]})
    def unsaved(message):
        ours = (diagnostics_of(uri(header))(message) and
                alignlint_diagnostics(message))
        return bool(ours) and "save the file" in related_text(ours[0])
    finding = alignlint_diagnostics(client.wait_for(unsaved, 60, mark))[0]
    check("save the file to get the project-wide fix" in
          related_text(finding), "an unsaved header: the note says to save")
    check(not our_actions(client, header, finding),
          "an unsaved header gets no quick-fix")
    stop(client, root)


def edited_files(action):
    edit = action["edit"]
    if "documentChanges" in edit:
        return {c["textDocument"]["uri"] for c in edit["documentChanges"]}
    return set(edit.get("changes", {}))


def source_included_elsewhere():
    """A .c file that another translation unit #includes shares its records
    with it: no quick-fix of its own, only the project-wide one, which edits
    the including unit's initializer too. The includes are listed in the
    background for a database of more than 8 units: until then no file gets
    a quick-fix of its own, after that one included nowhere does."""
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
          and not our_actions(client, lonely, first),
          "no quick-fix while the includes of a large database are listed")

    def listed(message):
        found = (diagnostics_of(uri(lonely))(message) and
                 alignlint_diagnostics(message))
        return found and "still finding" not in related_text(found[0])
    later = alignlint_diagnostics(client.wait_for(listed, 60, mark))[0]
    check(len(our_actions(client, lonely, later)) == 1,
          "once they are listed, a file included nowhere gets its quick-fix")

    unit = os.path.join(root, "unit.c")
    unit_test = os.path.join(root, "unit_test.c")
    mark = client.mark()
    open_file(client, unit)
    finding = alignlint_diagnostics(wait_alignlint(client, unit, mark))[0]
    check("unit_test.c includes this file" in related_text(finding) and
          not our_actions(client, unit, finding),
          "unit.c, included by unit_test.c, gets no quick-fix of its own")
    finding = wait_project_note(client, unit, mark)
    ours = our_actions(client, unit, finding)
    check(len(ours) == 1 and
          edited_files(ours[0]) == {uri(unit), uri(unit_test)},
          "its project-wide fix also edits unit_test.c's initializer: " +
          (ours[0]["title"] if ours else related_text(finding)))

    def run_unit_test(name):
        exe = os.path.join(root, name)
        subprocess.run([CLANG, TARGET, "-Wall", "-Werror", unit_test, "-o",
                        exe], check=True)
        return subprocess.run([exe], check=True, capture_output=True,
                              text=True).stdout
    before = run_unit_test("before")
    for change in ours[0]["edit"]["documentChanges"]:
        path = change["textDocument"]["uri"][len("file://"):]
        with open(path) as f:
            fixed = apply_edits(f.read(), change["edits"])
        with open(path, "w") as f:
            f.write(fixed)
    with open(unit, "a") as f:
        f.write("_Static_assert(sizeof(struct entry) == 16, \"size\");\n")
    check(run_unit_test("after") == before,
          "applied, unit_test.c builds (16 bytes) and prints the same: " +
          before.strip())

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
    check("filler0.c includes this file" in related_text(again),
          "a unit that includes the file since is found")
    stop(client, root)


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
    stop(client, root)


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
header_project_fix()
header_project_fix_changes()
header_record_vetoed()
header_project_broken_tu()
header_without_database()
unsaved_header()
clangd_config_applied()
source_included_elsewhere()
clangd_exit_status()
print("all passed")
