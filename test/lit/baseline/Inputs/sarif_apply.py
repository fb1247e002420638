#!/usr/bin/env python3
"""Applies the fixes of a SARIF log to the files under SRCROOT, as a code
scanning front-end would: each replacement's deletedRegion (charOffset and
charLength, in Unicode code points) refers to the file before any edit, so
the edits of a file are applied from the last to the first. Identical
replacements from several results are applied once.

Usage: sarif_apply.py LOG [ROOT]: ROOT, when given, stands for SRCROOT (to
apply the fixes to a copy of the sources)."""
import json
import os
import sys
import urllib.parse


def file_path(location, bases):
    uri = location["uri"]
    if "uriBaseId" in location:
        uri = bases[location["uriBaseId"]]["uri"] + uri
    return urllib.parse.unquote(urllib.parse.urlparse(uri).path)


def source_root(bases):
    if len(sys.argv) > 2:
        return "file://" + urllib.parse.quote(os.path.abspath(sys.argv[2])) + "/"
    return bases["SRCROOT"]["uri"]


def main():
    with open(sys.argv[1], encoding="utf-8") as stream:
        run = json.load(stream)["runs"][0]
    bases = dict(run["originalUriBaseIds"])
    bases["SRCROOT"] = {"uri": source_root(bases)}
    edits = {}
    for result in run["results"]:
        for fix in result.get("fixes", []):
            for change in fix["artifactChanges"]:
                path = file_path(change["artifactLocation"], bases)
                for edit in change["replacements"]:
                    region = edit["deletedRegion"]
                    edits.setdefault(path, set()).add(
                        (region["charOffset"], region["charLength"],
                         edit["insertedContent"]["text"]))
    for path, file_edits in sorted(edits.items()):
        with open(path, encoding="utf-8", errors="surrogateescape",
                  newline="") as stream:
            text = stream.read()
        for offset, length, inserted in sorted(file_edits, reverse=True):
            text = text[:offset] + inserted + text[offset + length:]
        with open(path, "w", encoding="utf-8", errors="surrogateescape",
                  newline="") as stream:
            stream.write(text)
        print("fixed", path)


main()
