#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# `chokepoint match` and `chokepoint names compare` end to end on the shared lists (exit 77 = skipped).
set -euo pipefail
C=${CP_CHOKEPOINT:-}
DATA=${CP_SHARED_DATA:-}
[ -x "$C" ] && [ -d "$DATA/lists" ] || exit 77
"$C" match --help | grep -q -- "--queries" || exit 77   # this build has no match module
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# A Cyrillic query finds OFAC's romanised entry, with its explanation.
"$C" match --lists "$DATA/lists" "ООО Альбатрос" --top 1 > "$TMP/one.jsonl"
grep -q '"matched":"ALBATROS OOO"' "$TMP/one.jsonl"
grep -q '"method":"translit"' "$TMP/one.jsonl"
# A hit carries the links its list states: aircraft EP-GOM is "Linked To: POUYA AIR" (OFAC Remarks), and the
# airline's hit lists the aircraft linked to it.
"$C" match --lists "$DATA/lists" "EP-GOM" --top 1 > "$TMP/tail.jsonl"
jq -e '.hits[0].links | any(.kind == "linkedTo" and .direction == "to" and .name == "POUYA AIR" and (.id | startswith("ofac-sdn:")))' "$TMP/tail.jsonl" > /dev/null
"$C" match --lists "$DATA/lists" "POUYA AIR" --top 1 > "$TMP/airline.jsonl"
jq -e '.hits[0].links | any(.direction == "from" and .name == "EP-GOM")' "$TMP/airline.jsonl" > /dev/null
# Batch CSV in, CSV out, one row per hit; a bad row (empty name) gets an error, not a crash.
printf 'name,schema\nVladimir Putin,Person\nIMO 9481922,\n"  ",\n' > "$TMP/q.csv"
"$C" match --lists "$DATA/lists" --queries "$TMP/q.csv" --top 1 --format csv --no-progress > "$TMP/q.out"
grep -q '^Vladimir Putin,1,.*PUTIN' "$TMP/q.out"
grep -q '^IMO 9481922,1,ofac-sdn:37103' "$TMP/q.out"
grep -q 'empty query' "$TMP/q.out"
# As a spreadsheet saves it: byte-order mark, capitalised header, CRLF, quoted name with a comma.
printf '\xef\xbb\xbfName,Schema\r\n"PUTIN, Vladimir",Person\r\n' > "$TMP/excel.csv"
"$C" match --lists "$DATA/lists" --queries "$TMP/excel.csv" --top 1 --format csv --no-progress > "$TMP/excel.out"
[ "$(wc -l < "$TMP/excel.out")" -eq 2 ]
grep -q '^"PUTIN, Vladimir",1,.*PUTIN' "$TMP/excel.out"
# A Windows-1252 file is read as such, with a warning naming the first such line.
printf 'name\nVLADIMIR PUTIN\nJOS\xc9 P\xc9REZ PUTIN\n' > "$TMP/ansi.csv"
"$C" match --lists "$DATA/lists" --queries "$TMP/ansi.csv" --top 1 --threshold 0 --format csv --no-progress \
    > "$TMP/ansi.out" 2> "$TMP/ansi.err"
grep -q 'ansi.csv:3 (byte 20): not UTF-8; read as Windows-1252' "$TMP/ansi.err"
grep -q '^JOSÉ PÉREZ PUTIN,1,' "$TMP/ansi.out"
# names compare: rows plus score,match.
printf 'name1,name2,schema\nPORT OLYA-3,PORT OLYA-4,Vessel\nООО Альбатрос,ALBATROS OOO,Company\n' > "$TMP/p.csv"
"$C" names compare --pairs "$TMP/p.csv" > "$TMP/p.out"
head -1 "$TMP/p.out" | grep -q '^name1,name2,schema,score,match$'
grep -q '^PORT OLYA-3,PORT OLYA-4,Vessel,0\.[0-6][0-9]*,false$' "$TMP/p.out"
grep -q '^ООО Альбатрос,ALBATROS OOO,Company,1\.0000,true$' "$TMP/p.out"
# --explain adds a why column: the token pairs and the disagreeing numbers.
"$C" names compare --explain --pairs "$TMP/p.csv" > "$TMP/pe.out"
head -1 "$TMP/pe.out" | grep -q '^name1,name2,schema,score,match,why$'
grep -q '^PORT OLYA-3,PORT OLYA-4,Vessel,0\.[0-9]*,false,.*port=port exact' "$TMP/pe.out"
# Bad usage exits 2.
set +e; "$C" match --lists "$DATA/lists" > /dev/null 2>&1; rc=$?; set -e
[ "$rc" = 2 ]
echo "match CLI ok"
