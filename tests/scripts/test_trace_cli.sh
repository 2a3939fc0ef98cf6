#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# `chokepoint trace`: outputs, exit codes and bad-input reporting (docs/trace.md) on the bundled sample
# (data/trace: synthetic components and ledger) and on small broken files.
set -u
cp="${CP_CHOKEPOINT:?}"
src="${CP_SOURCE_DIR:?}"
"$cp" trace --help >/dev/null 2>&1 || exit 77   # this build has no screen module
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
components="$src/data/trace/components_sample.tsv"
ledger="$src/data/trace/sample_ledger.csv"

"$cp" trace "$components" --sales "$ledger" --lists "$src/data/lists" >"$out/t.jsonl" 2>"$out/err"
[ $? -eq 3 ] || fail "bundled sample should exit 3 (KRET and Oboronlogistika are consignees of matched sales)"
grep -q '"id":"sample-04".*"invoice":"INV-22-0519".*ofac-sdn:16868' "$out/t.jsonl" || fail "CTS oscillator -> KRET sale missing"
grep -q '"id":"sample-11".*"level":"base"' "$out/t.jsonl" || fail "STM32F405RGT6TR not matched at the base level"
grep -q '14 with matching sales, 3 with a listed customer or consignee; 0 rows rejected' "$out/err" ||
    fail "summary line: $(tail -1 "$out/err")"

"$cp" trace "$components" --sales "$ledger" --format csv >"$out/t.csv" 2>/dev/null
[ $? -eq 0 ] || fail "without --lists nothing is screened: exit 0"
head -1 "$out/t.csv" | grep -q '^component_id,component_line,component_part' || fail "CSV header"
grep -q '^sample-07,8,GD32F103TBU6,,1,17,2023-02-08,INV-23-0104,.*,exact,0.900,' "$out/t.csv" || fail "CSV exact row"

printf 'date,customer,part_number,lot\n2022-05-01,A,ADXL357BEZ,2207\n2022-02-30,B,ADXL357BEZ,\n2022-05-01,,ADXL357BEZ,\n2022-05-01,C,"ADXL357BEZ,\n2022-05-01,D,,\n' >"$out/ledger.csv"
printf 'manufacturer,part_number,date_code\nADI,ADXL357BEZ-RL7,2207\nTI,,\n' >"$out/parts.csv"
"$cp" trace "$out/parts.csv" --sales "$out/ledger.csv" >"$out/bad.jsonl" 2>"$out/bad.err"
[ $? -eq 1 ] || fail "rejected rows without a list hit should exit 1"
grep -q 'ledger.csv:3: rejected (bad_date)' "$out/bad.err" || fail "bad date not reported with its line"
grep -q 'ledger.csv:4: rejected (missing_customer)' "$out/bad.err" || fail "missing customer not reported"
grep -q 'ledger.csv:5: rejected (bad_quoting)' "$out/bad.err" || fail "broken quoting not reported"
grep -q 'parts.csv:3: rejected (empty_part_number)' "$out/bad.err" || fail "empty part number not reported"
grep -q 'ledger.csv:6: rejected (empty_part_number)' "$out/bad.err" || fail "empty ledger part number not reported"
grep -q '5 rows rejected (1 components, 4 ledger)' "$out/bad.err" || fail "rejected count: $(tail -1 "$out/bad.err")"
grep -q '"level":"base"' "$out/bad.jsonl" || fail "the good rows were not traced"

printf 'when,buyer,pn\n2022-05-01,A,X1\n' >"$out/nocols.csv"
"$cp" trace "$out/parts.csv" --sales "$out/nocols.csv" >/dev/null 2>"$out/nocols.err"
[ $? -eq 1 ] || fail "missing ledger columns should exit 1"
grep -q "nocols.csv:1.*missing column 'date'" "$out/nocols.err" || fail "missing column message: $(cat "$out/nocols.err")"
printf '{"columns": {"date": "when", "customer": "buyer", "part_number": "pn"}}' >"$out/cols.json"
"$cp" trace "$out/parts.csv" --sales "$out/nocols.csv" --columns "$out/cols.json" >/dev/null 2>&1
[ $? -eq 1 ] || fail "with a column map only the parts.csv rejection remains (exit 1)"

"$cp" trace "$components" >/dev/null 2>&1
[ $? -eq 2 ] || fail "missing --sales should be a usage error (2)"

gur="${CP_SHARED_DATA:-}/trade/shahed_components_gur_extract.tsv"
if [ -f "$gur" ]; then
    "$cp" trace "$gur" --sales "$ledger" >"$out/gur.jsonl" 2>"$out/gur.err"
    [ $? -eq 1 ] || fail "the full GUR extract has rows without part numbers: exit 1"
    grep -q 'more rejected rows not shown' "$out/gur.err" || fail "long rejection list not cut"
    grep -q 'traced .* components against 21 ledger lines' "$out/gur.err" || fail "GUR summary"
fi
echo ok
