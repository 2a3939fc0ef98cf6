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
if "$cp" replay --help >/dev/null 2>&1 && "$cp" simulate --help >/dev/null 2>&1; then
    # The two simulated stories, encoded (Beast, NMEA) and replayed with the real capture, tell themselves.
    ev="$out/demo/tracks/events.jsonl"
    for file in events.jsonl tracks.geojson events.geojson events.kml report.html; do
        [ -s "$out/demo/tracks/$file" ] || fail "tracks/$file missing or empty"
    done
    story() { jq -r "select(.objects[0].id == \"$1\") | [.kind, (.sites | map(.id + \":\" + .role) | join(\" \")), (.duration_s / 60 | floor | tostring)] | join(\"|\")" "$ev"; }
    il76=$(story 15f0a2 | grep -v watchlist_sighting)
    expected_il76="flight_leg|UUMU:from OIII:to|199
site_route|UUMU:from OIII:to|199
ground_stop|OIII:at|185
flight_leg|OIII:from UUMU:to|199
site_route|OIII:from UUMU:to|199"
    [ "$il76" = "$expected_il76" ] || fail "Il-76 story: got
$il76"
    ship=$(story 273418590 | grep -v watchlist_sighting | cut -d'|' -f1,2)
    expected_ship="port_visit|IRAMD:at
ais_gap|
encounter|
port_visit|RU-MAKHACHKALA:at"
    [ "$ship" = "$expected_ship" ] || fail "Caspian story: got
$ship"
    jq -se 'map(select(.kind == "ais_gap" and .objects[0].id == "273418590")) | length == 1 and (.[0].duration_s / 60 | floor) == 660' "$ev" >/dev/null \
        || fail "the ship's AIS gap is not 11 h"
    jq -se 'map(select(.kind == "port_visit" and .sites[0].id == "RU-MAKHACHKALA")) | length == 1 and .[0].sites[0].approximate' "$ev" >/dev/null \
        || fail "Makhachkala is not marked approximate"
    # The real capture adds no invented gap, encounter, loitering, port visit or aircraft event.
    real=$(jq -r 'select([.objects[].id] | inside(["15f0a2", "273418590", "422031870"]) | not) | .kind' "$ev" | sort -u | tr '\n' ' ')
    [ "$real" = "identity_change position_jump " ] || fail "events of the real capture: $real"
fi
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
