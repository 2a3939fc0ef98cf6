#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# AIS decoding speed against peers on the same input: the live AISHub capture (85,182 sentences) repeated
# REPEAT times (default 12: ~1.02M sentences) into a temporary file. Runs
#   chokepoint decode --format nmea -u   (release build)      -> gpsd JSON lines
#   gpsdecode -u -j                      (Debian gpsd 3.22)   -> the same JSON lines
#   libais (python3-ais) under /usr/bin/python3: each sentence / reassembled multi-sentence message goes
#          through ais.decode(payload, fill_bits), as a libais user does; results kept as dicts, no JSON.
# and prints wall and CPU seconds, sentences/s and the ratios. Checks first that chokepoint and gpsdecode
# print the same number of objects. Usage: bench/ais_vs_peers.sh [REPEAT]; CHOKEPOINT overrides the binary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${CP_SHARED_DATA:-$root/../shared/data}"
bin="${CHOKEPOINT:-$root/build/release/apps/chokepoint/chokepoint}"
repeat="${1:-12}"
[[ -x "$bin" ]] || { echo "no release chokepoint at $bin (cmake --preset release && cmake --build build/release --target chokepoint)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="$work/input.nmea"
for ((copy = 0; copy < repeat; ++copy)); do grep -v '^#' "$data/ais/samples/ais-nmea-sample.log"; done >"$input"
sentences=$(grep -c '^!' "$input")
echo "input: AISHub capture x $repeat = $sentences sentences ($(du -h "$input" | cut -f1)), $(nproc) cores, $(date -u +%FT%TZ)"

cat >"$work/libais_decode.py" <<'PY'
import sys
import ais
decoded = errors = 0
pending = {}
with open(sys.argv[1]) as stream:
    for line in stream:
        fields = line.rstrip().split('*')[0].split(',')
        if len(fields) != 7 or not fields[0].endswith(('VDM', 'VDO')):
            continue
        count, number, seq, channel, payload, fill = fields[1:7]
        if count != '1':
            key = (channel, seq)
            if number == '1':
                pending[key] = [payload]
                continue
            if key not in pending:
                continue
            pending[key].append(payload)
            if number != count:
                continue
            payload = ''.join(pending.pop(key))
        try:
            ais.decode(payload, int(fill or 0))
            decoded += 1
        except Exception:
            errors += 1
print(f"libais: {decoded} decoded, {errors} errors", file=sys.stderr)
PY

measure() {  # measure NAME COMMAND... ; prints "NAME wall user+sys"
    local name="$1"; shift
    /usr/bin/time -f "%e %U %S" -o "$work/$name.time" "$@"
    read -r wall user sys <"$work/$name.time"
    cpu=$(echo "$user + $sys" | bc)
    echo "$name $wall $cpu" >>"$work/results"
    printf '%-12s wall %7.2f s  cpu %7.2f s  %10.0f sentences/s (wall)\n' "$name" "$wall" "$cpu" \
        "$(echo "$sentences / $wall" | bc -l)"
}

measure chokepoint sh -c "'$bin' decode --format nmea -u '$input' >'$work/ours.jsonl' 2>'$work/ours.err'"
measure gpsdecode sh -c "gpsdecode -u -j <'$input' >'$work/gpsd.jsonl' 2>/dev/null"
measure libais sh -c "/usr/bin/python3 '$work/libais_decode.py' '$input' 2>'$work/libais.err'"
cat "$work/libais.err"
ours=$(wc -l <"$work/ours.jsonl"); theirs=$(wc -l <"$work/gpsd.jsonl")
echo "objects: chokepoint $ours, gpsdecode $theirs (content compared by tests/scripts/test_ais_vs_gpsdecode.sh)"
read -r _ cw cc < <(grep '^chokepoint' "$work/results")
read -r _ gw gc < <(grep '^gpsdecode' "$work/results")
read -r _ lw lc < <(grep '^libais' "$work/results")
printf 'speed-up vs gpsdecode: %.1fx wall, %.1fx cpu (goal 10x)\n' "$(echo "$gw / $cw" | bc -l)" "$(echo "$gc / $cc" | bc -l)"
printf 'speed-up vs libais:    %.1fx wall, %.1fx cpu (goal 5x)\n' "$(echo "$lw / $cw" | bc -l)" "$(echo "$lc / $cc" | bc -l)"
