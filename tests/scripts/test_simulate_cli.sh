#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `chokepoint simulate` end to end: the bundled scenarios write their files, each file decodes with
# `chokepoint decode --strict` without an error and with as many objects as the manifest says, a rerun gives
# the same bytes, and a bad scenario exits 1 naming the file, line and JSON pointer (bad usage: 2).
set -euo pipefail
: "${CP_CHOKEPOINT:?set by ctest}" "${CP_SOURCE_DIR:?set by ctest}"
bin="$CP_CHOKEPOINT"
scenarios="$CP_SOURCE_DIR/data/scenarios"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

count_of() {  # manifest count of file $2 in dir $1
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(next(f["messages"] for f in d["files"] if f["path"]==sys.argv[2]))' "$1/manifest.json" "$2"
}

for name in il76_moscow_tehran caspian_cargo squawk_7700_test; do
    out="$work/$name"
    "$bin" simulate "$scenarios/$name.json" --out "$out" >"$work/$name.txt" || fail "$name: simulate exited $?"
    cat "$work/$name.txt"
    for pair in beast:adsb.beast avr:adsb.avr hexcsv:adsb.csv nmea:ais.nmea; do
        format="${pair%%:*}"; file="${pair#*:}"
        [ -f "$out/$file" ] || continue
        "$bin" decode --strict --format "$format" "$out/$file" >"$work/decoded.jsonl" 2>"$work/decode.err" ||
            fail "$name/$file: decode exited $?: $(head -3 "$work/decode.err")"
        [ ! -s "$work/decode.err" ] || fail "$name/$file: decode stderr: $(head -3 "$work/decode.err")"
        expected="$(count_of "$out" "$file")"
        got="$(wc -l <"$work/decoded.jsonl")"
        # gpsd's JSON (and so ours) prints no type 24 part A: only the class-B test scenario has them.
        if [ "$name" != squawk_7700_test ] || [ "$format" != nmea ]; then
            [ "$got" -eq "$expected" ] || fail "$name/$file: $got objects decoded, manifest says $expected"
        fi
        echo "$name/$file: $got objects, 0 errors"
    done
done

# Deterministic: a second run writes the same bytes.
"$bin" simulate "$scenarios/caspian_cargo.json" --out "$work/again" >/dev/null
cmp -s "$work/again/ais.nmea" "$work/caspian_cargo/ais.nmea" || fail "a second run wrote different bytes"

# A bad scenario: exit 1 with file:line and the JSON pointer.
sed 's/"fly_to": "OIII"/"fly_to": "OIXX"/' "$scenarios/il76_moscow_tehran.json" >"$work/bad.json"
rc=0; "$bin" simulate "$work/bad.json" --out "$work/bad" 2>"$work/bad.err" >/dev/null || rc=$?
[ "$rc" -eq 1 ] || fail "bad scenario exited $rc, not 1"
grep -q 'bad.json:[0-9]* (byte [0-9]*): /aircraft/0/steps/2/fly_to: unknown site "OIXX"' "$work/bad.err" ||
    fail "bad scenario message: $(cat "$work/bad.err")"
rc=0; "$bin" simulate "$scenarios/caspian_cargo.json" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "missing --out exited $rc, not 2"
echo "simulate: OK"
