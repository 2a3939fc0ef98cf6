#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Differential test: the live AISHub capture decoded by chokepoint and by Debian's `gpsdecode -u -j`,
# compared as parsed JSON objects (tools/ais_json_diff.py). Fails under a 99.9% match rate; exit 77 (skip)
# when gpsdecode or /usr/bin/python3 is missing. Remaining differences: docs/ais-differences.md.
set -euo pipefail
command -v gpsdecode >/dev/null || { echo "gpsdecode not installed (apt install gpsd-clients): skipped"; exit 77; }
[[ -x /usr/bin/python3 ]] || { echo "/usr/bin/python3 missing: skipped"; exit 77; }
source_dir="${CP_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
data="${CP_SHARED_DATA:-$source_dir/../shared/data}"
bin="${CP_CHOKEPOINT:-$source_dir/build/dev/apps/chokepoint/chokepoint}"
capture="$data/ais/samples/ais-nmea-sample.log"
[[ -x "$bin" ]] || { echo "no chokepoint binary at $bin"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

gpsdecode -u -j <"$capture" >"$work/gpsd.jsonl" 2>"$work/gpsd.err"
"$bin" decode --format nmea -u "$capture" >"$work/ours.jsonl" 2>"$work/ours.err"
echo "gpsdecode: $(wc -l <"$work/gpsd.jsonl") objects; chokepoint: $(wc -l <"$work/ours.jsonl") objects"
sed 's/^/chokepoint stderr: /' "$work/ours.err"
/usr/bin/python3 "$source_dir/tools/ais_json_diff.py" "$work/gpsd.jsonl" "$work/ours.jsonl" --min-rate 0.999 --show 5
