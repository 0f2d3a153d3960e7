#!/usr/bin/env bash
# skipped_tests.sh BUILD_DIR: names every test the last ctest run in BUILD_DIR skipped, with its
# reason. ctest shows a test's output only when it fails, so without this the reason of a skip
# (the real data of ../shared/data absent, a golden file rewritten, a pytest skip on the
# allow-list) would not reach the log. Reads BUILD_DIR/Testing/Temporary/LastTest.log, where
# ctest keeps every test's output: a GoogleTest skip is "FILE:LINE: Skipped", its message, then
# "[  SKIPPED ]"; a pytest skip (-rs) is "SKIPPED [N] FILE:LINE: reason".
set -euo pipefail

log="${1:?usage: skipped_tests.sh BUILD_DIR}/Testing/Temporary/LastTest.log"
[[ -f "${log}" ]] || { echo "skipped_tests.sh: no ${log}" >&2; exit 2; }

awk '
    /^[0-9]+\/[0-9]+ Test: /  { test = $0; sub(/^[0-9]+\/[0-9]+ Test: /, "", test); next }
    /^SKIPPED \[[0-9]+\] /    { reason = $0; sub(/^SKIPPED \[[0-9]+\] /, "", reason)
                                print "  " test ": " reason; n++; next }
    /: Skipped$/              { skipping = 1; reason = ""; next }
    skipping && /^\[  SKIPPED \]/ { print "  " test ": " reason; n++; skipping = 0; next }
    skipping && NF            { reason = reason (reason == "" ? "" : " ") $0 }
    END                       { print n ? n " skipped" : "no test was skipped" }
' "${log}"
