#!/usr/bin/env python3
"""Time of alignlint-clangd's project-wide fixes (docs/editors.md, not a test).

Opens FILE (a header, saved), and measures the time from didOpen to
alignlint's first diagnostics, and to the publication in which no finding
says its project-wide fix is "being computed" any more; meanwhile a hover
request every second shows that clangd keeps answering. Prints the server's
log lines about the background job and, per finding, whether the editor
offers the fix, and why not.

usage: lsp_project_fix.py SERVER CLANGD FILE [SERVER OPTIONS...]
  (FILE's folder or a parent holds compile_commands.json)
"""
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "test", "lsp"))
from lsp_client import (LspClient, alignlint_diagnostics,  # noqa: E402
                        diagnostics_of)


def notes(finding):
    return " ".join(r["message"] for r in finding.get("relatedInformation",
                                                         []))


def main():
    server, clangd, path = sys.argv[1:4]
    path = os.path.realpath(path)
    uri = "file://" + path
    client = LspClient([server, "--clangd=" + clangd] + sys.argv[4:],
                       cwd=os.path.dirname(path), stderr=subprocess.PIPE)
    log = []
    threading.Thread(target=lambda: log.extend(
        line.decode(errors="replace").rstrip() for line in
        client.proc.stderr), daemon=True).start()
    client.request("initialize", {"processId": os.getpid(),
                                  "rootUri": "file://" + os.path.dirname(path),
                                  "capabilities": {}})
    client.notify("initialized", {})
    began = time.time()
    mark = client.mark()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "c", "version": 1,
        "text": open(path).read()}})

    def ours(message):
        return diagnostics_of(uri)(message) and alignlint_diagnostics(message)
    client.wait_for(ours, 600, mark)
    first = time.time() - began
    hovers = []

    def settled(message):
        if not ours(message):
            return False
        return all("being computed" not in notes(d)
                   for d in alignlint_diagnostics(message))
    done = None
    while done is None:
        try:
            done = client.wait_for(settled, 1, mark)
        except TimeoutError:
            start = time.time()
            client.request("textDocument/hover", {
                "textDocument": {"uri": uri},
                "position": {"line": 0, "character": 0}})
            hovers.append(time.time() - start)
        if time.time() - began > 3600:
            sys.exit("no result in an hour")
    settled_after = time.time() - began
    print("alignlint's first diagnostics: %.2f s" % first)
    print("project-wide fixes settled: %.2f s" % settled_after)
    if hovers:
        print("hover during the job: %d requests, slowest %.0f ms" %
              (len(hovers), max(hovers) * 1000))
    for line in log:
        if "project-wide" in line:
            print("log:", line)
    for d in alignlint_diagnostics(done):
        actions = client.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": d["range"],
            "context": {"diagnostics": [d]}}) or []
        titles = [a["title"] for a in actions if "edit" in a]
        print("line %d %s: %s" % (d["range"]["start"]["line"] + 1, d["code"],
                                  titles[0] if titles else
                                  "no quick-fix: " + notes(d)[-300:]))
    client.request("shutdown", None)
    client.notify("exit", None)
    client.wait_exit()


main()
