#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# `chokepoint demo` on the bundled data (the README's first command): exit 0, every output written, and the
# summary shows what the demo is for (decoded traffic, a Cyrillic name found, high-risk orders, traced parts).
set -u
cp="${CP_CHOKEPOINT:?}"
src="${CP_SOURCE_DIR:?}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$cp" demo --data "$src/data" --out "$out/demo" >"$out/stdout" 2>"$out/stderr" || fail "demo exited $?: $(tail -5 "$out/stderr")"
for file in ais.jsonl adsb-beast.jsonl adsb-flights.jsonl; do
    [ -s "$out/demo/$file" ] || fail "$file missing or empty"
done
grep -q "^AIS .* 82529 messages" "$out/stdout" || fail "AIS summary: $(grep AIS "$out/stdout")"
if "$cp" match --help >/dev/null 2>&1; then
    [ -s "$out/demo/names.tsv" ] || fail "names.tsv missing"
    grep -q 'ООО Альбатрос .* ofac-sdn:45709 "ALBATROS OOO"' "$out/stdout" || fail "Cyrillic query did not find ALBATROS OOO"
    grep -q "Nordwind Maschinenbau GmbH .* no listed entity" "$out/stdout" || fail "clean customer got a hit"
fi
if "$cp" screen --help >/dev/null 2>&1; then
    for file in screening/findings.jsonl screening/findings.csv screening/report.html traces.jsonl; do
        [ -s "$out/demo/$file" ] || fail "$file missing or empty"
    done
    grep -q "screened 16 orders (19 lines): [1-9][0-9]* high" "$out/stderr" || fail "no high-risk order screened"
    grep -q "14 with matching sales, 3 with a listed customer" "$out/stderr" || fail "trace summary: $(grep traced "$out/stderr")"
fi
echo "ok"
