#!/usr/bin/env python3
"""Checks a SARIF log against what GitHub code scanning requires and uses
(docs.github.com, "SARIF support for code scanning": sarifLog, run,
toolComponent, reportingDescriptor, result, location, physicalLocation,
region), plus what alignlint promises: relative URIs under SRCROOT,
fingerprints, related locations and fixes. Prints one line per result,
"<uri>:<line>:<column>-<endLine>:<endColumn> <ruleId> <level>
<fingerprint>", and exits 1 naming the first missing or wrong field."""
import json
import re
import sys

LEVELS = {"none", "note", "warning", "error"}


def fail(path, problem):
    sys.exit("sarif_check: %s: %s" % (path, problem))


def need(obj, key, kind, path):
    if not isinstance(obj, dict) or key not in obj:
        fail(path, "missing '%s'" % key)
    if not isinstance(obj[key], kind) or isinstance(obj[key], bool) != (kind is bool):
        fail(path + "." + key, "must be %s" % kind.__name__)
    return obj[key]


def need_text(obj, key, path):
    text = need(need(obj, key, dict, path), "text", str, path + "." + key)
    if not text:
        fail(path + "." + key, "empty text")
    return text


def positive(obj, key, path):
    value = need(obj, key, int, path)
    if value < 1:
        fail(path + "." + key, "must be at least 1")
    return value


def check_artifact(location, bases, path):
    uri = need(location, "uri", str, path)
    if "uriBaseId" in location:
        if location["uriBaseId"] not in bases:
            fail(path, "uriBaseId not in originalUriBaseIds")
        if re.match(r"^[a-z]+:", uri) or uri.startswith("/"):
            fail(path, "uri with a uriBaseId must be relative: " + uri)
    elif not uri.startswith("file:///"):
        fail(path, "uri without uriBaseId must be absolute: " + uri)
    return uri


def check_region(region, path, full):
    line = positive(region, "startLine", path)
    column = positive(region, "startColumn", path)
    if full:
        end_line = positive(region, "endLine", path)
        end_column = positive(region, "endColumn", path)
        if (end_line, end_column) <= (line, column):
            fail(path, "the region ends before it starts")
        return "%d:%d-%d:%d" % (line, column, end_line, end_column)
    return "%d:%d" % (line, column)


def check_physical(location, bases, path, full):
    physical = need(location, "physicalLocation", dict, path)
    uri = check_artifact(need(physical, "artifactLocation", dict, path),
                         bases, path + ".artifactLocation")
    region = check_region(need(physical, "region", dict, path),
                          path + ".region", full)
    return uri, region


def check_fixes(result, bases, path):
    for f, fix in enumerate(result.get("fixes", [])):
        fix_path = "%s.fixes[%d]" % (path, f)
        need_text(fix, "description", fix_path)
        changes = need(fix, "artifactChanges", list, fix_path)
        if not changes:
            fail(fix_path, "no artifactChanges")
        for c, change in enumerate(changes):
            change_path = "%s.artifactChanges[%d]" % (fix_path, c)
            check_artifact(need(change, "artifactLocation", dict, change_path),
                           bases, change_path)
            for r, edit in enumerate(need(change, "replacements", list,
                                          change_path)):
                edit_path = "%s.replacements[%d]" % (change_path, r)
                deleted = need(edit, "deletedRegion", dict, edit_path)
                for key in ("charOffset", "charLength"):
                    if need(deleted, key, int, edit_path) < 0:
                        fail(edit_path, key + " is negative")
                need(need(edit, "insertedContent", dict, edit_path), "text",
                     str, edit_path)


def check_rules(driver):
    rules = need(driver, "rules", list, "driver")
    ids = []
    for i, rule in enumerate(rules):
        path = "rules[%d]" % i
        ids.append(need(rule, "id", str, path))
        need_text(rule, "shortDescription", path)
        need_text(rule, "fullDescription", path)
        need_text(rule, "help", path)
        if not need(rule, "helpUri", str, path).startswith("https://"):
            fail(path, "helpUri must be an absolute URI")
        config = need(rule, "defaultConfiguration", dict, path)
        if need(config, "level", str, path) not in LEVELS:
            fail(path, "bad default level")
    if len(set(ids)) != len(ids):
        fail("rules", "repeated rule id")
    return ids


def check_result(result, ids, bases, path):
    rule_id = need(result, "ruleId", str, path)
    if rule_id not in ids:
        fail(path, "ruleId %s is not in rules[]" % rule_id)
    if ids[need(result, "ruleIndex", int, path)] != rule_id:
        fail(path, "ruleIndex does not point at ruleId")
    level = need(result, "level", str, path)
    if level not in LEVELS:
        fail(path, "bad level " + level)
    need_text(result, "message", path)
    locations = need(result, "locations", list, path)
    if len(locations) != 1:
        fail(path, "expected one location")
    uri, region = check_physical(locations[0], bases, path + ".locations[0]",
                                 True)
    prints = need(result, "partialFingerprints", dict, path)
    fingerprint = need(prints, "alignlintIdentity/v1", str, path)
    for r, related in enumerate(result.get("relatedLocations", [])):
        related_path = "%s.relatedLocations[%d]" % (path, r)
        need(related, "id", int, related_path)
        need_text(related, "message", related_path)
        check_physical(related, bases, related_path, False)
    check_fixes(result, bases, path)
    return "%s:%s %s %s %s" % (uri, region, rule_id, level, fingerprint)


def main():
    with open(sys.argv[1], encoding="utf-8") as stream:
        log = json.load(stream)
    if need(log, "version", str, "log") != "2.1.0":
        fail("log.version", "must be 2.1.0")
    need(log, "$schema", str, "log")
    runs = need(log, "runs", list, "log")
    if len(runs) != 1:
        fail("log.runs", "expected one run")
    run = runs[0]
    driver = need(need(run, "tool", dict, "run"), "driver", dict, "run.tool")
    for key in ("name", "version", "informationUri"):
        need(driver, key, str, "driver")
    ids = check_rules(driver)
    bases = need(run, "originalUriBaseIds", dict, "run")
    root = need(need(bases, "SRCROOT", dict, "originalUriBaseIds"), "uri", str,
                "SRCROOT")
    if not (root.startswith("file:///") and root.endswith("/")):
        fail("SRCROOT", "must be an absolute file URI ending in '/'")
    for i, result in enumerate(need(run, "results", list, "run")):
        print(check_result(result, ids, bases, "results[%d]" % i))


main()
