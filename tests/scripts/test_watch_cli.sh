#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# `chokepoint watch` against local TCP servers (python3): an AIS feed that sends valid NMEA with tag blocks, then
# a truncated line and garbage, then stalls longer than --stall-timeout, then resets the connection, then sends
# valid data again; and an ADS-B (Beast) feed that sends only garbage. watch must keep running, reconnect, print
# the watch-listed vessel's sighting on stdout, count valid and bad input, write its files and exit 0 after
# --duration. About 10 s.
set -u
cp="${CP_CHOKEPOINT:?}"
"$cp" watch --help >/dev/null 2>&1 || exit 77  # this build has no watch command
command -v python3 >/dev/null || exit 77
out=$(mktemp -d)
server_pids=()
cleanup() {
    for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null; done
    rm -rf "$out"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*"
    echo "--- stderr"; cat "$out/err" 2>/dev/null
    echo "--- stdout"; cat "$out/stdout" 2>/dev/null
    exit 1
}

cat >"$out/server.py" <<'PY'
# Scripted feeds. argv: mode port_file. Each accepted connection gets the next step of the script.
import os, socket, struct, sys, time

def tagged(sentence):
    body = "c:%d" % int(time.time())
    checksum = 0
    for ch in body:
        checksum ^= ord(ch)
    return ("\\%s*%02X\\%s\r\n" % (body, checksum, sentence)).encode()

WATCHED = "!AIVDM,1,1,,A,133sVfPP00PD>hRMDH@jNOvN20S8,0*7F"  # type 1, MMSI 205448890
OTHER = "!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23"    # type 1, MMSI 227006760

mode, port_file = sys.argv[1], sys.argv[2]
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(4)
with open(port_file + ".tmp", "w") as f:
    f.write(str(listener.getsockname()[1]))
os.rename(port_file + ".tmp", port_file)

step = 0
while True:
    conn, _ = listener.accept()
    step += 1
    try:
        if mode == "beast":  # garbage only, including Beast escapes, then close
            noise, x = bytearray(), 12345
            for _ in range(4096):  # a fixed pseudo-random sequence (LCG): the same garbage every run
                x = (x * 1103515245 + 12345) % 2**31
                noise.append(x >> 16 & 0xFF)
            conn.sendall(bytes(range(256)) * 8 + b"\x1a\x1a\x1a\x33" + bytes(noise))
            time.sleep(0.5)
            conn.close()
            continue
        if step == 1:
            conn.sendall(tagged(OTHER) + tagged(WATCHED))
            conn.sendall(b"!AIVDM,1,1,,A,13HOI:0P00\r\n")          # truncated sentence
            conn.sendall(b"\x00\xff\x1a garbage \x80\x81 !!!\r\n")  # garbage bytes
            conn.sendall(b"!AIVDM,1,1,,A,13HOI:0P0000VOHL")        # cut mid-line, then silence
            time.sleep(2.5)  # longer than --stall-timeout 1: watch must drop and reconnect
            conn.close()
        elif step == 2:
            conn.sendall(tagged(OTHER))
            # A reset (RST) instead of an orderly close.
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
        else:
            for _ in range(10):
                conn.sendall(tagged(OTHER) + tagged(WATCHED))
                time.sleep(0.3)
            conn.close()
    except OSError:
        pass
PY

python3 "$out/server.py" ais "$out/ais.port" &
server_pids+=($!)
python3 "$out/server.py" beast "$out/beast.port" &
server_pids+=($!)
for _ in $(seq 50); do [ -s "$out/ais.port" ] && [ -s "$out/beast.port" ] && break; sleep 0.1; done
[ -s "$out/ais.port" ] && [ -s "$out/beast.port" ] || fail "test servers did not start"
ais_port=$(cat "$out/ais.port")
beast_port=$(cat "$out/beast.port")

printf 'kind,value,label\nmmsi,205448890,test vessel on the watchlist\n' >"$out/watch.csv"
start=$(date +%s)
"$cp" watch --ais "127.0.0.1:$ais_port" --adsb "127.0.0.1:$beast_port:beast" --watchlist "$out/watch.csv" \
    --out "$out/dir" --duration 8 --stall-timeout 1 >"$out/stdout" 2>"$out/err"
rc=$?
elapsed=$(($(date +%s) - start))
[ $rc -eq 0 ] || fail "exit code $rc"
[ "$elapsed" -ge 7 ] && [ "$elapsed" -le 15 ] || fail "ran ${elapsed} s, expected about 8"

# Events on stdout as JSON lines; the watch-listed vessel was sighted.
grep -q '"kind":"watchlist_sighting"' "$out/stdout" || fail "no watchlist_sighting on stdout"
grep '"kind":"watchlist_sighting"' "$out/stdout" | grep -q '205448890' || fail "sighting does not name MMSI 205448890"
if command -v jq >/dev/null; then
    jq -e . "$out/stdout" >/dev/null || fail "stdout is not JSON lines"
fi
# The AIS feed stalled (then reset) and watch reconnected at least twice; the Beast feed's closes too.
grep -q "127.0.0.1:$ais_port (nmea): stalled" "$out/err" || fail "stall not reported"
connects=$(grep -c "127.0.0.1:$ais_port (nmea): connected" "$out/err")
[ "$connects" -ge 3 ] || fail "AIS feed connected $connects times, expected >= 3"
grep -q "reconnecting in" "$out/err" || fail "no reconnect message"
# Counts: valid messages and bad input (truncated line, garbage, the line cut by the stall).
line=$(grep "127.0.0.1:$ais_port (nmea): .* messages" "$out/err") || fail "no AIS summary line"
messages=$(echo "$line" | sed -E 's/.* ([0-9]+) messages.*/\1/')
bad=$(echo "$line" | sed -E 's/.* ([0-9]+) bad input.*/\1/')
[ "$messages" -ge 10 ] || fail "only $messages AIS messages counted: $line"
[ "$bad" -ge 2 ] || fail "only $bad bad AIS inputs counted: $line"
beast_line=$(grep "127.0.0.1:$beast_port (beast): .* messages" "$out/err") || fail "no Beast summary line"
beast_bad=$(echo "$beast_line" | sed -E 's/.* ([0-9]+) bad input.*/\1/')
[ "$beast_bad" -ge 1 ] || fail "garbage Beast feed: no bad input counted: $beast_line"
grep -q '"type":"aircraft"' "$out/stdout" && fail "an event about an aircraft from a garbage feed"

# Files: events.jsonl appended live (same lines as stdout), the maps and the report written on exit.
cmp -s "$out/stdout" "$out/dir/events.jsonl" || fail "events.jsonl differs from stdout"
for f in tracks.geojson events.geojson events.kml report.html; do
    [ -s "$out/dir/$f" ] || fail "$f missing"
done
grep -q '205448890' "$out/dir/report.html" || fail "report.html does not name the vessel"
echo "ok: $messages AIS messages, $bad bad, $connects connections, ${elapsed} s"
