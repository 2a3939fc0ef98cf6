#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `chokepoint decode` for the Mode S formats: exit codes, --strict locations, stdin, and resynchronisation:
# garbage inserted between every frame of the real Beast capture loses none of the 239 frames.
set -euo pipefail
: "${CP_CHOKEPOINT:?set by ctest}" "${CP_SHARED_DATA:?set by ctest}" "${CP_SOURCE_DIR:?set by ctest}"
bin="$CP_CHOKEPOINT"
sample="$CP_SHARED_DATA/adsb/samples/sample_dump1090.bin"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Clean capture: 239 objects, nothing on stderr, exit 0; the same through standard input.
"$bin" decode --format beast "$sample" >"$work/clean.jsonl" 2>"$work/clean.err"
[ "$(wc -l <"$work/clean.jsonl")" -eq 239 ] || fail "expected 239 objects from the Beast capture"
[ ! -s "$work/clean.err" ] || fail "unexpected stderr: $(cat "$work/clean.err")"
"$bin" decode --format beast - <"$sample" | cmp -s - "$work/clean.jsonl" || fail "stdin output differs"

# Garbage after every frame (plain bytes, a bad type, a bogus frame start, a lone 0x1a): no frame lost.
perl -e '
    local $/; my $d = <STDIN>; my @junk = ("\x00\xffjunk", "\x1ax\x10", "\x1a3\x01\x02\x03", "\x1a\x1a\x55");
    my $k = 0;
    $d =~ s/(\x1a[23](?:[^\x1a]|\x1a\x1a)+?)(?=\x1a[123](?!\x1a)|\z)/$1 . $junk[$k++ % 4]/ges;
    print $d;' <"$sample" >"$work/noisy.bin"
[ "$(stat -c %s "$work/noisy.bin")" -gt "$(stat -c %s "$sample")" ] || fail "no garbage was inserted"
"$bin" decode --format beast "$work/noisy.bin" >"$work/noisy.jsonl" 2>"$work/noisy.err"
cmp -s "$work/noisy.jsonl" "$work/clean.jsonl" || fail "frames lost or changed by garbage between frames"
grep -q "beast_garbage" "$work/noisy.err" || fail "garbage not reported"

# --strict: exit 1 at the first error, naming the file and its byte offset (binary) or line (text).
rc=0; "$bin" decode --strict --format beast "$work/noisy.bin" >/dev/null 2>"$work/strict.err" || rc=$?
[ "$rc" -eq 1 ] || fail "--strict on bad Beast input exited $rc, not 1"
grep -q "noisy.bin: byte [0-9]*: beast_" "$work/strict.err" || fail "no byte offset: $(cat "$work/strict.err")"
avr="$CP_SOURCE_DIR/tests/golden/avr/malformed.avr"
rc=0; "$bin" decode --strict --format avr "$avr" >"$work/strict.jsonl" 2>"$work/strict.err" || rc=$?
[ "$rc" -eq 1 ] || fail "--strict on bad AVR input exited $rc, not 1"
grep -q "malformed.avr:15 (byte 529): missing_start" "$work/strict.err" || fail "bad AVR location: $(cat "$work/strict.err")"
[ "$(wc -l <"$work/strict.jsonl")" -eq 10 ] || fail "the 10 good lines before the error must be written"

sbs="$CP_SOURCE_DIR/tests/golden/sbs/malformed.sbs"
rc=0; "$bin" decode --strict --format sbs "$sbs" >"$work/strict.jsonl" 2>"$work/strict.err" || rc=$?
[ "$rc" -eq 1 ] || fail "--strict on bad SBS input exited $rc, not 1"
grep -q "malformed.sbs:12 (byte 868): sbs_bad_record" "$work/strict.err" || fail "bad SBS location: $(cat "$work/strict.err")"
[ "$(wc -l <"$work/strict.jsonl")" -eq 7 ] || fail "the 7 good SBS records before the error must be written"
csv="$CP_SOURCE_DIR/tests/golden/hexcsv/malformed.csv"
rc=0; "$bin" decode --strict --format hexcsv "$csv" >"$work/strict.jsonl" 2>"$work/strict.err" || rc=$?
[ "$rc" -eq 1 ] || fail "--strict on bad hexcsv input exited $rc, not 1"
grep -q "malformed.csv:11 (byte 508): bad_timestamp" "$work/strict.err" || fail "bad hexcsv location: $(cat "$work/strict.err")"
[ "$(wc -l <"$work/strict.jsonl")" -eq 8 ] || fail "the 8 good hexcsv rows before the error must be written"

# Without --strict bad input is counted, not fatal; bad usage is exit 2.
"$bin" decode --format avr "$avr" >/dev/null 2>&1 || fail "bad AVR lines without --strict must exit 0"
rc=0; "$bin" decode --format mp3 "$sample" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "unknown format exited $rc, not 2"
echo "ok"
