#!/bin/bash
# `alignlint report` on hand-written findings files (test/tools/fixtures/
# report): records the plugin seldom makes in a small test (bitfields at bit
# scale, a union, a 40-field record on five cache lines, paths with '&' and
# '<', a message with quotes), checked in headless Chromium.
# Usage: report_fixture_test.sh ALIGNLINT OUTPUT_DIR
set -u
tool=${1:?usage: report_fixture_test.sh ALIGNLINT OUTPUT_DIR}
output=${2:?}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$output/report-fixture"
"$tool" report "$here/fixtures/report" -o "$output/report-fixture" || exit 1
exec python3 "$here/report_browser_check.py" \
  "$output/report-fixture/index.html" "$here/fixtures/report" \
  "$output/report-fixture-screenshot.png"
