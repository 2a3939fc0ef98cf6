#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# CPU cost of Beast input: chokepoint `decode --format beast` vs Debian's dump1090-mutability (--net-only,
# Beast input port), on the same stream: the 239 real frames of adsb/samples/sample_dump1090.bin repeated
# REPEATS times (default 4200, ~1.0 M frames; the 12 MHz timestamps restart at every repetition).
# dump1090 gets the stream over loopback (nc) and its CPU is read from /proc/<pid>/stat before and after;
# it must report every frame as received (--stats at exit). chokepoint reads the file and writes JSON lines
# to a file in the temporary directory (counted, then removed). Prints TSV: tool, frames, cpu_s,
# cpu_s_per_million, and the ratio. Bounded: each step has a timeout and the server is always killed.
# Usage: bench/adsb_vs_dump1090.sh   (CHOKEPOINT=path, REPEATS=n, PORT=base port, CP_SHARED_DATA=dir)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
chokepoint="${CHOKEPOINT:-$root/build/release/apps/chokepoint/chokepoint}"
data="${CP_SHARED_DATA:-$root/../shared/data}"
repeats="${REPEATS:-4200}"
port="${PORT:-39400}"
command -v dump1090-mutability >/dev/null || { echo "dump1090-mutability not installed" >&2; exit 77; }
[ -x "$chokepoint" ] || { echo "no chokepoint binary at $chokepoint (set CHOKEPOINT)" >&2; exit 2; }

work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

sample="$data/adsb/samples/sample_dump1090.bin"
for ((rep = 0; rep < repeats; rep++)); do cat "$sample"; done >"$work/stream.bin"
frames=$((239 * repeats))
tck=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# dump1090: every port on loopback, Beast input on $port.
dump1090-mutability --net-only --net-bind-address 127.0.0.1 --net-bi-port "$port" \
    --net-ri-port $((port + 1)) --net-ro-port $((port + 2)) --net-sbs-port $((port + 3)) \
    --net-bo-port $((port + 5)) --quiet --stats >"$work/dump1090.out" 2>&1 &
server=$!
for _ in $(seq 50); do nc -z 127.0.0.1 "$port" 2>/dev/null && break; sleep 0.1; done
before=$(cpu_ticks "$server")
start=$(date +%s.%N)
timeout 300 nc -q 2 127.0.0.1 "$port" <"$work/stream.bin"
# Wait until dump1090 has drained its socket: CPU time unchanged over one second (at most 120 s).
last=-1
for _ in $(seq 120); do
    now=$(cpu_ticks "$server")
    [ "$now" -eq "$last" ] && break
    last=$now; sleep 1
done
after=$(cpu_ticks "$server")
kill -INT "$server"; wait "$server" 2>/dev/null || true; server=""
received=$(awk '/Mode S messages received/ {print $1; exit}' "$work/dump1090.out")
[ "$received" = "$frames" ] || { echo "dump1090 received $received of $frames frames" >&2; cat "$work/dump1090.out" >&2; exit 1; }
d_cpu=$(awk -v t=$((after - before)) -v hz="$tck" 'BEGIN {printf "%.2f", t / hz}')

# chokepoint: whole run (read, frame, decode, CPR, JSON to /dev/null).
/usr/bin/time -f "%e %U %S" -o "$work/time" timeout 300 "$chokepoint" decode --format beast "$work/stream.bin" \
    >"$work/out.jsonl" 2>"$work/err"
read -r c_wall c_user c_sys <"$work/time"
lines=$(wc -l <"$work/out.jsonl")
[ "$lines" -eq "$frames" ] || { echo "chokepoint wrote $lines of $frames objects" >&2; cat "$work/err" >&2; exit 1; }
c_cpu=$(awk -v u="$c_user" -v s="$c_sys" 'BEGIN {printf "%.2f", u + s}')

size=$(stat -c %s "$work/stream.bin")
printf 'tool\tframes\tcpu_s\tcpu_s_per_million_frames\n'
awk -v f="$frames" -v c="$d_cpu" 'BEGIN {printf "dump1090-mutability\t%d\t%.2f\t%.3f\n", f, c, c * 1e6 / f}'
awk -v f="$frames" -v c="$c_cpu" 'BEGIN {printf "chokepoint\t%d\t%.2f\t%.3f\n", f, c, c * 1e6 / f}'
awk -v d="$d_cpu" -v c="$c_cpu" 'BEGIN {printf "ratio dump1090/chokepoint\t%.1f\n", (c > 0 ? d / c : 0)}'
awk -v f="$frames" -v w="$c_wall" -v b="$size" \
    'BEGIN {printf "chokepoint end-to-end\t%.2f s wall\t%.2f M frames/s\t%.1f MB/s\n", w, f / w / 1e6, b / w / 1e6}'
