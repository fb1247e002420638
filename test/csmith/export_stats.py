#!/usr/bin/env python3
"""Reads alignlint export directories (docs/export-format.md) for the
verification scripts in test/csmith and test/real.

  export_stats.py summary DIR [--apply-log LOG] [--json OUT]
      Records flagged by field-order, records with a fix, records vetoed (by
      reason), records fixed (a fix and no veto from any TU), bytes saved.
      LOG, the stderr of `alignlint apply DIR`, adds the fixes apply refused
      because the TUs that saw a header record disagree (not fixed).
      Prints `key: value` lines; --json also writes the fixed records so that
      `recheck` can find them again after the fix.

  export_stats.py recheck FIRST_JSON DIR
      Field-order findings in DIR (a second run of the plugin over the fixed
      sources) for records that FIRST_JSON says were fixed. Prints the count
      on the first line, then one line per finding. Must be 0: a fixed record
      that is flagged again means the fix was not idempotent.

  export_stats.py rounds FIRST_JSON DIR
      Records that DIR (a second run over the fixed sources) would fix: a
      fix and no veto. Prints the count on the first line, then one line per
      record. Must be 0: one run converges. Records whose first-run fix was
      refused because it overlaps another record's fix (FIRST_JSON's
      "deferred_records", a known second-run case) or by apply because its
      TUs disagree ("disagreed_records", refused again) are listed but not
      counted.

  export_stats.py aggregate RESULT.json...
      Sums per-program results written by differential.sh into a table.

A record is identified across runs by (file, display name): offsets move when
a fix is applied, names do not.
"""
import collections
import glob
import json
import os
import re
import sys

import yaml

OVERLAP_NOTE = "is also rewritten by the fix for"
APPLY_REFUSAL_RE = re.compile(
    r"^vetoed: '(?P<name>[^']*)' is \d+ bytes .*?: "
    r"not every TU that saw the record agrees: (?P<why>.*)$")
SIZE_RE = re.compile(r"^'(?P<name>.*)' is (?P<cur>\d+) bytes but could be (?P<new>\d+)")


def load_dir(path):
    """All diagnostics of every *.yaml file in path."""
    diags = []
    for name in sorted(glob.glob(os.path.join(path, "*.yaml"))):
        with open(name, encoding="utf-8") as f:
            for doc in yaml.safe_load_all(f):
                if doc and doc.get("Diagnostics"):
                    diags.extend(doc["Diagnostics"])
    return diags


def normalize_reason(text):
    """One category per kind of refusal: names and places taken out."""
    text = re.sub(r"'[^']*'", "'…'", text)
    text = re.sub(r"\S+:\d+:\d+", "<loc>", text)
    text = re.sub(r"\d+", "N", text)
    return text.strip()


def key_of(msg):
    return (msg.get("FilePath", ""), int(msg.get("FileOffset", 0)))


def apply_refusals(apply_log):
    """Record name -> why `alignlint apply` refused its fix (the TUs disagree):
    the first TU's reason, file names taken out."""
    refused = {}
    with open(apply_log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = APPLY_REFUSAL_RE.match(line.rstrip("\n"))
            if m and m.group("name") not in refused:
                why = re.sub(r"^\S+: ", "", m.group("why").split("; ")[0])
                why = re.sub(r"\S*/\S*", "<file>", why)
                refused[m.group("name")] = "the TUs disagree: " + why
    return refused


def summarize(path, apply_log=None):
    diags = load_dir(path)
    refused_by_apply = apply_refusals(apply_log) if apply_log else {}
    findings = {}     # key -> dict
    vetoes = collections.defaultdict(list)  # key -> [message]
    for d in diags:
        name = d.get("DiagnosticName", "")
        msg = d.get("DiagnosticMessage", {}) or {}
        key = key_of(msg)
        if name == "alignlint-field-order":
            m = SIZE_RE.match(msg.get("Message", ""))
            f = findings.setdefault(key, {
                "file": key[0], "offset": key[1],
                "name": m.group("name") if m else "?",
                "saved": int(m.group("cur")) - int(m.group("new")) if m else 0,
                "has_fix": False, "notes": []})
            if msg.get("Replacements"):
                f["has_fix"] = True
            for n in d.get("Notes", []) or []:
                text = n.get("Message", "")
                if text.startswith("no fix-it: "):
                    f["notes"].append(text[len("no fix-it: "):])
        elif name == "alignlint-veto":
            vetoes[key].append(msg.get("Message", ""))

    reasons = collections.Counter()
    fixed = []
    deferred = []     # refused: overlaps another record's fix (next run)
    disagreed = []    # refused by apply: its TUs disagree (every run)
    no_fix_unexplained = 0
    for key, f in sorted(findings.items()):
        if any(OVERLAP_NOTE in n for n in f["notes"]):
            deferred.append(f)
        if key in vetoes:
            # One reason per record (the first TU's); "struct S: reason".
            text = vetoes[key][0]
            prefix = f["name"] + ": "
            text = text[len(prefix):] if text.startswith(prefix) else text
            reasons[normalize_reason(text)] += 1
        elif f["has_fix"] and f["name"] in refused_by_apply:
            reasons[normalize_reason(refused_by_apply[f["name"]])] += 1
            disagreed.append(f)
        elif f["has_fix"]:
            fixed.append(f)
        elif f["notes"]:
            reasons["(no veto) " + normalize_reason(f["notes"][0])] += 1
        else:
            no_fix_unexplained += 1
            reasons["(no fix, no veto, no note)"] += 1
    # Vetoes for records no TU flagged (should not happen).
    orphan = [k for k in vetoes if k not in findings]
    return {
        "flagged": len(findings),
        "with_fix": sum(1 for f in findings.values() if f["has_fix"]),
        "vetoed": sum(1 for k in findings if k in vetoes),
        "fixed": len(fixed),
        "bytes_flagged": sum(f["saved"] for f in findings.values()),
        "bytes_saved": sum(f["saved"] for f in fixed),
        "no_fix_unexplained": no_fix_unexplained,
        "orphan_vetoes": len(orphan),
        "reasons": dict(reasons),
        "fixed_records": [{"file": f["file"], "name": f["name"]} for f in fixed],
        "deferred_records": [{"file": f["file"], "name": f["name"]}
                             for f in deferred],
        "disagreed_records": [{"file": f["file"], "name": f["name"]}
                              for f in disagreed],
    }


def recheck(first_json, path):
    with open(first_json, encoding="utf-8") as f:
        first = json.load(f)
    fixed = {(r["file"], r["name"]) for r in first["fixed_records"]}
    again = []
    for d in load_dir(path):
        if d.get("DiagnosticName") != "alignlint-field-order":
            continue
        msg = d.get("DiagnosticMessage", {}) or {}
        m = SIZE_RE.match(msg.get("Message", ""))
        if m and (msg.get("FilePath", ""), m.group("name")) in fixed:
            again.append("%s:%s: %s" % (msg.get("FilePath"), msg.get("FileOffset"),
                                        msg.get("Message")))
    again = sorted(set(again))
    print(len(again))
    for line in again:
        print(line)


def rounds(first_json, path):
    with open(first_json, encoding="utf-8") as f:
        first = json.load(f)
    known = {(r["file"], r["name"]): " (deferred: overlapping fixes)"
             for r in first.get("deferred_records", [])}
    known.update({(r["file"], r["name"]): " (refused by apply: its TUs disagree)"
                  for r in first.get("disagreed_records", [])})
    counted, listed = 0, []
    for r in summarize(path)["fixed_records"]:
        why = known.get((r["file"], r["name"]), "")
        counted += 0 if why else 1
        listed.append("%s: %s%s" % (r["file"], r["name"], why))
    print(counted)
    for line in listed:
        print(line)


def aggregate(files):
    totals = collections.Counter()
    reasons = collections.Counter()
    skipped = collections.Counter()
    bad = []
    for name in files:
        with open(name, encoding="utf-8") as f:
            r = json.load(f)
        if r["status"] != "tested":
            skipped[r["status"]] += 1
            if r.get("crash"):
                totals["crashes"] += r["crash"]
                bad.append("seed %s: %s" % (r["seed"], r.get("detail", r["status"])))
            continue
        totals["programs"] += 1
        for k in ("flagged", "fixed", "vetoed", "bytes_saved", "mismatch", "crash",
                  "build_fail", "apply_error", "idempotence", "second_round",
                  "changed"):
            totals[k] += r.get(k, 0)
        for k, v in r.get("reasons", {}).items():
            reasons[k] += v
        if r.get("mismatch") or r.get("crash") or r.get("build_fail") or \
                r.get("apply_error") or r.get("idempotence") or \
                r.get("second_round"):
            bad.append("seed %s: %s" % (r["seed"], r.get("detail", "")))
    rows = [
        ("programs tested (with structs, ran before the fix)", totals["programs"]),
        ("  programs changed by the fix", totals["changed"]),
        ("records flagged (field-order)", totals["flagged"]),
        ("records fixed", totals["fixed"]),
        ("bytes saved by the fixes", totals["bytes_saved"]),
        ("records refused (vetoed or no fix-it)", sum(reasons.values())),
    ]
    for k, v in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(("  refused: " + k, v))
    rows += [
        ("checksum mismatches", totals["mismatch"]),
        ("fixed program does not compile", totals["build_fail"]),
        ("alignlint apply errors (exit 2)", totals["apply_error"]),
        ("compiler crashes", totals["crashes"] + totals["crash"]),
        ("idempotence failures (fixed record flagged again)", totals["idempotence"]),
        ("second run would fix more records", totals["second_round"]),
    ]
    for k, v in sorted(skipped.items()):
        rows.append(("seeds skipped: " + k, v))
    width = max(len(r[0]) for r in rows)
    print("-" * (width + 10))
    for label, value in rows:
        print("%-*s %8d" % (width, label, value))
    print("-" * (width + 10))
    for line in bad:
        print("FAILED " + line)
    failed = totals["mismatch"] + totals["crashes"] + totals["crash"] + \
        totals["build_fail"] + totals["apply_error"] + totals["idempotence"] + \
        totals["second_round"]
    return 1 if failed else 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "summary":
        opts = dict(zip(argv[3::2], argv[4::2]))
        s = summarize(argv[2], opts.get("--apply-log"))
        if "--json" in opts:
            with open(opts["--json"], "w", encoding="utf-8") as f:
                json.dump(s, f, indent=1)
        for k, v in s.items():
            if k not in ("reasons", "fixed_records", "deferred_records",
                         "disagreed_records"):
                print("%s: %s" % (k, v))
        for k, v in sorted(s["reasons"].items(), key=lambda kv: -kv[1]):
            print("refused: %d %s" % (v, k))
        return 0
    if len(argv) == 4 and argv[1] == "recheck":
        recheck(argv[2], argv[3])
        return 0
    if len(argv) == 4 and argv[1] == "rounds":
        rounds(argv[2], argv[3])
        return 0
    if len(argv) >= 2 and argv[1] == "aggregate":
        return aggregate(argv[2:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
