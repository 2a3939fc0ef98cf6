#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `decode --format nmea --strict` stops at the first bad line with file:line (byte offset) and exit 1;
# without --strict the same file decodes every good message (the stream resynchronises) and exits 0.
set -euo pipefail
source_dir="${CP_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
bin="${CP_CHOKEPOINT:-$source_dir/build/dev/apps/chokepoint/chokepoint}"
input="$source_dir/tests/golden/nmea/bad_checksum.nmea"
[[ -x "$bin" ]] || { echo "no chokepoint binary at $bin"; exit 1; }

rc=0
err=$("$bin" decode --format nmea --strict "$input" 2>&1 >/dev/null) || rc=$?
[[ $rc -eq 1 ]] || { echo "FAIL: --strict exit code $rc, expected 1"; exit 1; }
[[ "$err" == *"bad_checksum.nmea:5 (byte 244): bad_checksum"* ]] || { echo "FAIL: --strict message: $err"; exit 1; }
out=$("$bin" decode --format nmea --strict "$input" 2>/dev/null || true)
[[ $(printf '%s' "$out" | grep -c '^{') -eq 1 ]] || { echo "FAIL: --strict should print the 1 message before the error"; exit 1; }

rc=0
out=$("$bin" decode --format nmea "$input" 2>/dev/null) || rc=$?
[[ $rc -eq 0 ]] || { echo "FAIL: exit code $rc without --strict"; exit 1; }
[[ $(printf '%s\n' "$out" | grep -c '^{') -eq 3 ]] || { echo "FAIL: expected the 3 good messages"; exit 1; }
echo "ok: --strict stops at line 5 with exit 1; without it the 3 good messages decode"
