#!/usr/bin/env python3
"""Latency of alignlint-clangd on a real file (docs/editors.md, not a test).

For repeated edits inside a function body (clangd keeps its preamble), the
time from didChange to clangd's diagnostics for that version and to
alignlint's (the server's log line "version V: N findings"), as medians,
once the file's includes are precompiled (the log says "includes
precompiled"; with --alignlint-preamble=off it waits for nothing); then the
same edits with clangd alone, to see whether the relay delays
clangd; and the resident sets of the relay and of clangd.

usage: lsp_latency.py SERVER CLANGD FILE [EDITS [SERVER OPTIONS...]]
  (FILE's folder or a parent holds compile_commands.json)
"""
import os
import re
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "test", "lsp"))
from lsp_client import LspClient, diagnostics_of  # noqa: E402


class LoggedClient(LspClient):
    """Also timestamps the server's log lines "version V: N findings"."""

    def __init__(self, argv, cwd):
        self.log_times = {}
        self.log_cpu = {}
        self.with_preamble = set()  # versions analysed with the preamble
        self.precompiled = False
        super().__init__(argv, cwd, stderr=subprocess.PIPE)
        threading.Thread(target=self._read_log, daemon=True).start()

    def _read_log(self):
        for line in self.proc.stderr:
            found = re.search(rb"version (\d+): (\d+) findings.*CPU (\d+) ms",
                              line)
            if found:
                self.log_cpu[int(found.group(1))] = int(found.group(3)) / 1000
                self.log_times[int(found.group(1))] = time.time()
                if b"with preamble" in line:
                    self.with_preamble.add(int(found.group(1)))
            if b"includes precompiled" in line:
                self.precompiled = True


def start(argv, root):
    client = LoggedClient(argv, root)
    client.request("initialize", {"processId": os.getpid(),
                                  "rootUri": "file://" + root,
                                  "capabilities": {}})
    client.notify("initialized", {})
    return client


def memory_kb(pid):
    """(resident, private) KB: resident counts the pages of libLLVM and
    libclang-cpp it shares with clangd; private is what it adds."""
    fields = {}
    with open("/proc/%d/smaps_rollup" % pid) as rollup:
        for line in rollup:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "kB":
                fields[parts[0].rstrip(":")] = int(parts[1])
    return (fields.get("Rss", 0),
            fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0))


def cpu_seconds(pid):
    """utime + stime of a process so far (/proc, clock ticks)."""
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def clangd_pid(client, with_alignlint):
    if not with_alignlint:
        return client.proc.pid
    return int(subprocess.run(["ps", "-o", "pid=", "--ppid",
                               str(client.proc.pid)], capture_output=True,
                              text=True).stdout.split()[0])


def run(argv, path, edits, with_alignlint):
    root = os.path.dirname(path)
    uri = "file://" + path
    client = start(argv, root)
    text = open(path).read()
    lines = text.split("\n")
    body_line = len(lines) // 2
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "c", "version": 1, "text": text}})

    def versioned(v):
        return lambda m: (diagnostics_of(uri)(m) and
                          m["params"].get("version") == v)
    client.wait_for(versioned(1), 300)
    while with_alignlint and 1 not in client.log_times:
        time.sleep(0.05)
    preamble = with_alignlint and "--alignlint-preamble=off" not in argv
    deadline = time.time() + 60
    while preamble and not client.precompiled and time.time() < deadline:
        time.sleep(0.05)
    clangd_times, alignlint_times = [], []
    clangd_cpu = []
    clangd = clangd_pid(client, with_alignlint)
    for version in range(2, edits + 2):
        time.sleep(1.0)
        mark = client.mark()
        cpu_before = cpu_seconds(clangd)
        sent = time.time()
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {
                "start": {"line": body_line, "character": 0},
                "end": {"line": body_line, "character": 0}},
                "text": "\n"}]})
        client.wait_for(versioned(version), 300, mark)
        clangd_times.append(time.time() - sent)
        clangd_cpu.append(cpu_seconds(clangd) - cpu_before)
        if with_alignlint:
            while version not in client.log_times:
                time.sleep(0.005)
            alignlint_times.append(client.log_times[version] - sent)
    memory = (memory_kb(client.proc.pid), memory_kb(clangd))
    client.request("shutdown", None)
    client.notify("exit", None)
    client.wait_exit()
    alignlint_cpu = [client.log_cpu[v] for v in range(2, edits + 2)
                     if v in client.log_cpu]
    return (clangd_times, alignlint_times, memory, clangd_cpu,
            alignlint_cpu, len(client.with_preamble))


def ms(values):
    return "%.0f ms (min %.0f, max %.0f)" % (
        1000 * statistics.median(values), 1000 * min(values),
        1000 * max(values))


def main():
    server, clangd, path = sys.argv[1:4]
    edits = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    path = os.path.realpath(path)
    (clangd_via, alignlint, (proxy_kb, clangd_kb), via_cpu, alignlint_cpu,
     with_preamble) = run([server, "--clangd=" + clangd] + sys.argv[5:], path,
                          edits, True)
    clangd_alone, _, (alone_kb, _), alone_cpu, _, _ = run([clangd], path,
                                                          edits, False)
    print("file: %s, %d edits (%d analysed with the preamble)" % (
        path, edits, with_preamble))
    print("clangd's diagnostics, through alignlint-clangd: " + ms(clangd_via))
    print("clangd's diagnostics, clangd alone:             " + ms(clangd_alone))
    print("alignlint's diagnostics:                        " + ms(alignlint))
    print("CPU per edit: clangd %s (alone %s), alignlint's compile %s" % (
        ms(via_cpu), ms(alone_cpu), ms(alignlint_cpu)))
    print("ratio alignlint/clangd (medians): %.2f" % (
        statistics.median(alignlint) / statistics.median(clangd_via)))
    print("alignlint-clangd: RSS %d KB, private %d KB = %.1f%% of its "
          "clangd's RSS %d KB (clangd alone: RSS %d KB)" % (
              proxy_kb[0], proxy_kb[1], 100.0 * proxy_kb[1] / clangd_kb[0],
              clangd_kb[0], alone_kb[0]))


if __name__ == "__main__":
    main()
