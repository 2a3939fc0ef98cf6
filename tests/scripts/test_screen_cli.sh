#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# `chokepoint screen` and `chokepoint estimate` exit codes and outputs (docs/screening.md).
set -u
cp="${CP_CHOKEPOINT:?}"
src="${CP_SOURCE_DIR:?}"
"$cp" screen --help >/dev/null 2>&1 || exit 77   # this build has no screen module
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$cp" screen --lists "$src/data/lists" "$src/data/orders/sample_orders.csv" --out "$out/s" --no-progress 2>"$out/err"
[ $? -eq 3 ] || fail "sample order book should exit 3 (high-risk orders)"
grep -q '"order_id":"SO-1010"' "$out/s/findings.jsonl" || fail "SO-1010 missing from findings.jsonl"
grep -q 'ofac-sdn:16868' "$out/s/findings.csv" || fail "KRET hit missing from findings.csv"
grep -q '<h1>' "$out/s/report.html" || fail "no HTML report"
grep -q '<script' "$out/s/report.html" && fail "HTML report must be self-contained without scripts"

"$cp" screen "$src/tests/unit/screen/data/bad_orders.csv" --columns "$src/tests/unit/screen/data/columns.json" \
    --no-progress >"$out/bad.jsonl" 2>"$out/bad.err"
[ $? -eq 1 ] || fail "rejected rows without high-risk orders should exit 1"
grep -q 'bad_orders.csv:3: rejected (bad_date)' "$out/bad.err" || fail "bad date not reported with its line"
grep -q '6 rows rejected' "$out/bad.err" || fail "rejected count missing from the summary"

"$cp" screen "$src/tests/unit/screen/data/bad_orders.csv" --no-progress >/dev/null 2>&1
[ $? -eq 1 ] || fail "missing required columns should exit 1"

printf 'serial\n19\n40\n42\n60\n' >"$out/serials.csv"
"$cp" estimate --json "$out/serials.csv" >"$out/est.json" || fail "estimate failed"
grep -q '"mvue": 74.0' "$out/est.json" || fail "MVUE of 19,40,42,60 should be 74"
echo ok
