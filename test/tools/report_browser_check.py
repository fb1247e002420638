#!/usr/bin/env python3
"""Opens an `alignlint report` page in headless Chromium (through
chromedriver's WebDriver protocol, with the standard library only) and checks
it against the findings files it was made from: no console errors, one layout
picture per flagged record, one table row per finding (header findings once),
sorting by a column, filtering, escaped paths; writes a full-page screenshot.

Usage: report_browser_check.py INDEX_HTML EXPORT_DIR SCREENSHOT_PNG
Exit status 0 when every check passes, 1 otherwise."""
import base64
import glob
import json
import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """The few WebDriver commands the checks need."""

    def __init__(self, driver_url):
        self.url = driver_url
        options = {
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--hide-scrollbars", "--window-size=1400,1000"]}
        chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        if os.path.exists(chromium):
            options["binary"] = chromium
        value = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options,
            "goog:loggingPrefs": {"browser": "ALL"}}}})
        self.session = "/session/" + value["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.url + path, data=data, method=method,
            headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response)["value"]
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"{method} {path}: {error.read().decode()}")

    def command(self, method, path, body=None):
        return self.call(method, self.session + path, body)

    def run(self, script, *args):
        return self.command("POST", "/execute/sync",
                            {"script": script, "args": list(args)})

    def element(self, css):
        found = self.command("POST", "/element",
                             {"using": "css selector", "value": css})
        return found[ELEMENT_KEY]

    def click(self, css):
        self.command("POST", f"/element/{self.element(css)}/click", {})

    def type_text(self, css, text):
        element = self.element(css)
        self.command("POST", f"/element/{element}/clear", {})
        self.command("POST", f"/element/{element}/value", {"text": text})

    def console_errors(self):
        entries = self.command("POST", "/se/log", {"type": "browser"})
        return [e["message"] for e in entries if e["level"] == "SEVERE"]

    def quit(self):
        self.command("DELETE", "")


def read_findings(export_dir):
    """The findings the page must show: one per (rule, file, offset), with
    the number of TUs reporting it."""
    findings = {}
    for path in sorted(glob.glob(os.path.join(export_dir, "*.findings.json"))):
        with open(path) as f:
            for finding in json.load(f)["findings"]:
                key = (finding["rule"], finding["location"]["file"],
                       finding["location"]["offset"])
                if key in findings:
                    findings[key]["units"] += 1
                else:
                    findings[key] = dict(finding, units=1)
    return list(findings.values())


def visible_rows(browser):
    return browser.run("""
        return Array.from(document.querySelectorAll('#findings tbody tr'))
            .filter(row => !row.hidden && row.offsetParent !== null)
            .map(row => Array.from(row.cells).map(cell => cell.textContent));
    """)


def column_values(browser, column):
    return browser.run("""
        return Array.from(document.querySelectorAll('#findings tbody tr'))
            .map(row => row.cells[arguments[0]])
            .map(cell => cell.hasAttribute('data-value') ?
                 Number(cell.getAttribute('data-value')) : cell.textContent);
    """, column)


def header_index(browser, title):
    return browser.run("""
        return Array.from(document.querySelectorAll('#findings thead th'))
            .findIndex(th => th.textContent.trim() === arguments[0]);
    """, title)


def check_page(browser, findings):
    errors = browser.console_errors()  # reading the log empties it
    check(errors == [], f"the page loads without console errors: {errors}")
    records = {(f["location"]["file"], f["location"]["offset"])
               for f in findings}
    pictures = browser.run(
        "return document.querySelectorAll('figure.layout').length")
    check(pictures == len(records),
          f"one picture per flagged record ({pictures} for {len(records)})")
    drawn = browser.run("""
        return Array.from(document.querySelectorAll('figure.layout'))
            .map(f => f.querySelectorAll('svg.layout rect').length);""")
    check(all(count > 0 for count in drawn), "every picture draws boxes")
    rows = visible_rows(browser)
    check(len(rows) == len(findings),
          f"one row per finding, header findings once ({len(rows)} rows for "
          f"{len(findings)} findings)")
    units = sorted(int(row[-1]) for row in rows)
    check(units == sorted(f["units"] for f in findings),
          f"the TU counts of the rows are those of the files: {units}")
    check_sorting(browser)
    check_filtering(browser, findings)
    check_escaping(browser, findings)


def check_sorting(browser):
    column = header_index(browser, "Bytes")
    check(column >= 0, "the table has a Bytes column")
    if column < 0:
        return
    browser.click(f"#findings thead th:nth-child({column + 1})")
    values = column_values(browser, column)
    check(values == sorted(values) and values[0] != values[-1],
          f"a click on Bytes sorts ascending: {values}")
    browser.click(f"#findings thead th:nth-child({column + 1})")
    values = column_values(browser, column)
    check(values == sorted(values, reverse=True),
          f"a second click sorts descending: {values}")
    column = header_index(browser, "Record")
    browser.click(f"#findings thead th:nth-child({column + 1})")
    names = [name.lower() for name in column_values(browser, column)]
    check(names == sorted(names), f"a click on Record sorts by name: {names}")


def check_filtering(browser, findings):
    name = findings[0]["record"]["name"]
    browser.type_text("#filter-text", name)
    rows = visible_rows(browser)
    expected = [f for f in findings
                if name.lower() in json.dumps(f).lower()]
    check(rows and all(name in "".join(row) for row in rows) and
          len(rows) <= len(expected),
          f"filtering by '{name}' shows only its rows ({len(rows)})")
    shown_records = browser.run("""
        return Array.from(document.querySelectorAll('section.record'))
            .filter(s => !s.hidden).length;""")
    check(0 < shown_records < len({(f["location"]["file"],
                                    f["location"]["offset"])
                                   for f in findings}),
          f"the pictures follow the filter ({shown_records} shown)")
    browser.type_text("#filter-text", "")
    refused = sum(f["fix"]["state"] == "refused" for f in findings)
    position = option_position(browser, "#filter-fix", "refused")
    browser.click(f"#filter-fix option:nth-child({position + 1})")
    rows = visible_rows(browser)
    check(len(rows) == refused and refused > 0,
          f"the fix filter 'refused' shows the {refused} refused findings "
          f"({len(rows)} rows)")
    browser.click("#filter-fix option:nth-child(1)")
    rows = visible_rows(browser)
    fix = browser.run("return document.getElementById('filter-fix').value")
    check(len(rows) == len(findings),
          f"clearing the filters shows every finding again ({len(rows)} rows, "
          f"fix filter {fix!r})")


def option_position(browser, select, text):
    return browser.run("""
        return Array.from(document.querySelectorAll(arguments[0] + ' option'))
            .findIndex(o => o.textContent === arguments[1]);""", select, text)


def check_escaping(browser, findings):
    """Paths and messages come from user code: they must read as text."""
    shown = browser.run("""
        var prefix = document.querySelector('.sub code');
        return {prefix: prefix ? prefix.textContent : '',
                locations: Array.from(document.querySelectorAll(
                    '#findings tbody td:nth-child(3)'))
                    .map(td => td.textContent),
                messages: Array.from(document.querySelectorAll(
                    '.messages li')).map(li => li.textContent)};""")
    expected = {f"{f['location']['file']}:{f['location']['line']}"
                for f in findings}
    full = {shown["prefix"] + location for location in shown["locations"]}
    check(full == expected, f"the locations read as the files' paths: {full}")
    for finding in findings:
        check(any(finding["message"] in text for text in shown["messages"]),
              f"the message reads as written: {finding['message']!r}")


def full_page_screenshot(browser, path):
    height = browser.run("return document.documentElement.scrollHeight")
    browser.command("POST", "/window/rect", {"width": 1400,
                                             "height": min(height, 12000)})
    png = base64.b64decode(browser.command("GET", "/screenshot"))
    with open(path, "wb") as f:
        f.write(png)
    check(png.startswith(b"\x89PNG"), f"screenshot written to {path}")


def main():
    index, export_dir, screenshot = sys.argv[1:4]
    findings = read_findings(export_dir)
    port = free_port()
    driver = subprocess.Popen(
        [os.environ.get("CHROMEDRIVER", "chromedriver"), f"--port={port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/status", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        browser = Browser(url)
        try:
            browser.command("POST", "/url",
                            {"url": pathlib.Path(index).resolve().as_uri()})
            check_page(browser, findings)
            full_page_screenshot(browser, screenshot)
        finally:
            browser.quit()
    finally:
        driver.terminate()
        driver.wait()
    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
