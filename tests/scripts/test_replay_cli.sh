#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# `chokepoint replay` on the real captures of ../shared/data: the AISHub AIS capture (3 min, untimed NMEA) and
# pyModeS's single-aircraft ADS-B sample (hexcsv). Checks: exit 0, every output written, no event that three
# minutes or one cruising airliner cannot hold (gaps, encounters, loitering, legs...), position jumps only where
# the positions are hundreds of km apart whatever the clock error, tracks without impossible steps, byte-identical
# outputs on a second run and on a merged run, and --strict stopping at a bad line with file and line (exit 1).
set -u
cp="${CP_CHOKEPOINT:?}"
data="${CP_SHARED_DATA:?}"
"$cp" replay --help >/dev/null 2>&1 || exit 77  # this build has no replay command
command -v jq >/dev/null || { echo "SKIP: jq not installed"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
ais="$data/ais/samples/ais-nmea-sample.log"
adsb="$data/adsb/samples/sample_data_adsb.csv"
outputs="events.jsonl tracks.geojson events.geojson events.kml report.html"

# Great-circle metres between [lat, lon] pairs, for jq.
jq_lib='def rad: . * 3.141592653589793 / 180;
def metres($a; $b): (($b[0] - $a[0]) | rad) as $dlat | (($b[1] - $a[1]) | rad) as $dlon
  | (($dlat / 2 | sin) * ($dlat / 2 | sin) + ($a[0] | rad | cos) * ($b[0] | rad | cos) * ($dlon / 2 | sin)
     * ($dlon / 2 | sin)) as $h | 2 * 6371008.8 * ($h | sqrt | asin);
def seconds: sub("\\.[0-9]+Z$"; "Z") | fromdateiso8601;'

# --- AIS capture ---------------------------------------------------------------------------------------------
"$cp" replay "$ais" --out "$out/ais" 2>"$out/ais.err" || fail "AIS replay exit $? ($(tail -3 "$out/ais.err"))"
for file in $outputs; do [ -s "$out/ais/$file" ] || fail "AIS replay wrote no $file"; done
grep -q '82752 messages (2012-03-14T11:30:14Z \.\. 2012-03-14T11:3' "$out/ais.err" ||
    fail "AIS summary: $(head -1 "$out/ais.err")"
# Three minutes hold no 6 h gap, 2 h encounter, 4 h loitering, and no aircraft event.
invented=$(jq -r 'select(.kind | IN("ais_gap", "encounter", "loitering", "flight_leg", "ground_stop", "site_route",
    "transponder_gap", "squawk_emergency")) | .kind' "$out/ais/events.jsonl" | sort | uniq -c)
[ -z "$invented" ] || fail "invented events in a 3-minute capture: $invented"
# A position jump is real only if its two positions are too far apart for 50 kn over the whole capture (200 s):
# no clock error can explain it then. The capture has shared MMSIs (1193046, 123456789... in several oceans) and
# single bad fixes 12 km off (205203390, 319526000) that the next report contradicts.
weak=$(jq -r "$jq_lib"'select(.kind == "position_jump") | [.evidence[0], .evidence[1]] as [$p, $q]
    | metres([$p.lat, $p.lon]; [$q.lat, $q.lon]) as $m | select($m < 25.72 * 200) | .objects[0].id' "$out/ais/events.jsonl")
[ -z "$weak" ] || fail "position_jump events that a clock error could explain: $weak"
# Every event lies within the capture's three minutes.
late=$(jq -r "$jq_lib"'select((.start | seconds) < ("2012-03-14T11:30:14Z" | seconds)
    or (.end | seconds) > ("2012-03-14T11:35:00Z" | seconds)) | .kind' "$out/ais/events.jsonl")
[ -z "$late" ] || fail "events outside the capture's time span: $late"

# --- ADS-B single-aircraft sample ----------------------------------------------------------------------------
"$cp" replay "$adsb" --out "$out/adsb" 2>"$out/adsb.err" || fail "ADS-B replay exit $? ($(tail -3 "$out/adsb.err"))"
for file in $outputs; do [ -f "$out/adsb/$file" ] || fail "ADS-B replay wrote no $file"; done  # events.jsonl: empty
grep -q '2000 messages (2016-03-14T23:00:00Z \.\. 2016-03-14T23:12:10Z), 1 aircraft, 0 vessels' "$out/adsb.err" ||
    fail "ADS-B summary: $(head -1 "$out/adsb.err")"
# One airliner cruising at FL360 for 12 minutes: no leg (no takeoff or landing seen), no stop, no gap.
events=$(jq -r '.kind' "$out/adsb/events.jsonl" | sort | uniq -c)
[ -z "$events" ] || fail "invented events for a cruising aircraft: $events"
tracks=$(jq '.features | length' "$out/adsb/tracks.geojson")
[ "$tracks" -eq 1 ] || fail "expected one track, got $tracks"
# No step of the track faster than 700 kn (an A320 cruises near 450 kn ground speed); the sample's times are
# whole seconds, so a step of dt seconds may really have lasted dt + 1.
fast=$(jq -r "$jq_lib"'.features[0] | [.geometry.coordinates, .properties.times] as [$c, $t]
    | range(1; $c | length) as $i | metres([$c[$i - 1][1], $c[$i - 1][0]]; [$c[$i][1], $c[$i][0]]) as $m
    | (($t[$i] | seconds) - ($t[$i - 1] | seconds)) as $dt | select($m / ($dt + 1) > 360) | $i' \
    "$out/adsb/tracks.geojson")
[ -z "$fast" ] || fail "track steps faster than 700 kn at points: $fast"

# --- determinism: same inputs, same bytes; a merged run of both is stable too ---------------------------------
"$cp" replay "$ais" --out "$out/ais2" 2>/dev/null || fail "second AIS replay"
for file in $outputs; do cmp -s "$out/ais/$file" "$out/ais2/$file" || fail "AIS $file differs between runs"; done
"$cp" replay "$adsb" "$ais" --out "$out/both1" 2>/dev/null || fail "merged replay"
"$cp" replay "$adsb" "$ais" --out "$out/both2" 2>/dev/null || fail "second merged replay"
for file in $outputs; do cmp -s "$out/both1/$file" "$out/both2/$file" || fail "merged $file differs between runs"; done
# The merge changes no vessel event: the ADS-B file feeds only the aircraft tracker.
cmp -s <(jq -c 'select(.objects[0].type == "vessel")' "$out/both1/events.jsonl") <(jq -c . "$out/ais/events.jsonl") ||
    fail "merging the ADS-B file changed the vessel events"

# --- bad input: counted without --strict, exit 1 with file and line under --strict --------------------------
{ head -20 "$adsb"; echo "1457996410,not a frame"; tail -20 "$adsb"; } >"$out/bad.csv"
"$cp" replay "hexcsv:$out/bad.csv" --out "$out/bad" 2>"$out/bad.err" || fail "bad line without --strict: exit $?"
grep -q "1 no_hex_column (first at $out/bad.csv:21 (byte " "$out/bad.err" || fail "bad line count: $(cat "$out/bad.err")"
"$cp" replay --strict "$out/bad.csv" --out "$out/bad2" 2>"$out/strict.err"
rc=$?
[ $rc -eq 1 ] || fail "--strict exit $rc, expected 1"
grep -q "bad.csv:21 (byte [0-9]*): no_hex_column" "$out/strict.err" || fail "--strict message: $(cat "$out/strict.err")"
"$cp" replay "$out/missing.csv" --out "$out/missing" 2>"$out/missing.err"
[ $? -eq 1 ] || fail "an unreadable file should exit 1"
grep -q "missing.csv: cannot open" "$out/missing.err" || fail "unreadable file message: $(cat "$out/missing.err")"
printf 'hello\nworld\n' >"$out/what.txt"
"$cp" replay "$out/what.txt" --out "$out/what" 2>/dev/null
[ $? -eq 2 ] || fail "a file of unknown format without --format should be a usage error (2)"

# --- thresholds from --rules: the simulated Caspian story's 11 h gap is an ais_gap at the default 6 h, not at 12 h
src="${CP_SOURCE_DIR:?}"
if "$cp" simulate --help >/dev/null 2>&1; then
    "$cp" simulate "$src/data/scenarios/caspian_cargo.json" --out "$out/sim" >/dev/null || fail "simulate failed"
    gaps() { jq -s 'map(select(.kind == "ais_gap")) | length' "$1/events.jsonl"; }
    "$cp" replay "$out/sim/ais.nmea" --rules "$src/data/rules/tracking.json" --out "$out/r6" 2>/dev/null \
        || fail "replay with the bundled rules file: exit $?"
    [ "$(gaps "$out/r6")" = 1 ] || fail "default rules: expected one ais_gap, got $(gaps "$out/r6")"
    echo '{"vessel": {"min_gap_ms": 43200000}}' >"$out/r12.json"
    "$cp" replay "$out/sim/ais.nmea" --rules "$out/r12.json" --out "$out/r12" 2>/dev/null || fail "replay --rules: exit $?"
    [ "$(gaps "$out/r12")" = 0 ] || fail "min_gap_ms 12 h: expected no ais_gap, got $(gaps "$out/r12")"
    jq -e -s 'map(select(.kind == "port_visit")) | length >= 2' "$out/r12/events.jsonl" >/dev/null \
        || fail "other thresholds should keep their defaults (port visits lost)"
    echo '{"vessel": {"min_gap_hours": 12}}' >"$out/typo.json"
    "$cp" replay "$out/sim/ais.nmea" --rules "$out/typo.json" --out "$out/typo" 2>"$out/typo.err"
    [ $? -eq 1 ] || fail "a rules file with an unknown key should exit 1"
    grep -q "typo.json.*vessel.min_gap_hours: unknown threshold" "$out/typo.err" || fail "rules error: $(cat "$out/typo.err")"
fi
echo "ok: replay of the AIS capture and the ADS-B sample, deterministic, bad input located"
