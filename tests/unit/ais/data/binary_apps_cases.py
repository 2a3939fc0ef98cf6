#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
# Regenerates binary_apps_cases.jsonl: AIS type 6/8 sentences with what gpsdecode 3.22 prints for them,
# scaled (-j) and unscaled (-u -j). Needs Debian's gpsd-clients 3.22 and the shared data folder.
#   /usr/bin/python3 binary_apps_cases.py ../../../../../shared/data > binary_apps_cases.jsonl
# gpsd 3.22 prints invalid JSON in two places; rows keep gpsd's text with these repairs, named in "repair":
#   nextsignal_comma  type 8 DAC 1 FID 19: the comma before "nextsignal_text" is missing
#   escaped_legend    the same message: quotes inside the signal legends are not escaped
# Rows whose gpsd text would still be invalid (a '"' or '\' in the unescaped inland texts of type 6 DAC 200
# FIDs 21/22 and type 8 DAC 200 FID 24) are redrawn; test_binary_apps.cpp covers those characters itself.
import gzip, json, random, subprocess, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else '../../../../../shared/data'
rng = random.Random(289)


def armor(bits):
    fill = (-len(bits)) % 6
    padded = bits + '0' * fill
    chars = []
    for pos in range(0, len(padded), 6):
        value = int(padded[pos:pos + 6], 2) + 48
        chars.append(chr(value + 8 if value > 87 else value))
    return ''.join(chars), fill


def sentences(bits, seq):
    payload, fill = armor(bits)
    parts = [payload[pos:pos + 60] for pos in range(0, len(payload), 60)] or ['']
    out = []
    for idx, part in enumerate(parts):
        body = 'AIVDM,%d,%d,%s,A,%s,%d' % (len(parts), idx + 1, str(seq % 10) if len(parts) > 1 else '',
                                          part, fill if idx == len(parts) - 1 else 0)
        check = 0
        for ch in body:
            check ^= ord(ch)
        out.append('!%s*%02X' % (body, check))
    return out


def ub(value, width):
    return format(value & ((1 << width) - 1), '0%db' % width)


def header(mtype, mmsi, dac, fid):
    if mtype == 6:
        return ub(6, 6) + ub(0, 2) + ub(mmsi, 30) + ub(mmsi % 4, 2) + ub(rng.getrandbits(30), 30) + \
            ub(mmsi % 2, 1) + '0' + ub(dac, 10) + ub(fid, 6)
    return ub(8, 6) + ub(0, 2) + ub(mmsi, 30) + '00' + ub(dac, 10) + ub(fid, 6)


def gpsdecode(groups, unscaled):
    text = ''.join('\n'.join(group) + '\n' for group in groups)
    args = ['gpsdecode', '-j'] + (['-u'] if unscaled else [])
    return subprocess.run(args, input=text.encode(), capture_output=True, check=True).stdout.decode().splitlines()


LEGENDS = ['I = "in-bound" only acceptable.', 'O = "out-bound" only acceptable.',
           'F = both "in- and out-bound" acceptable.', 'XI = Code will shift to "I" in due time.',
           'XO = Code will shift to "O" in due time.']


def repair(line):
    repairs = []
    if '"nextsignal_text"' in line and ',"nextsignal_text"' not in line:
        line = line.replace('"nextsignal_text"', ',"nextsignal_text"')
        repairs.append('nextsignal_comma')
    for legend in LEGENDS:
        if '"' + legend + '"' in line:
            line = line.replace('"' + legend + '"', json.dumps(legend))
            if 'escaped_legend' not in repairs:
                repairs.append('escaped_legend')
    json.loads(line)  # raises when the text is still invalid
    return line, repairs


def add_rows(rows, groups, sources):
    scaled, unscaled = gpsdecode(groups, False), gpsdecode(groups, True)
    assert len(scaled) == len(groups) == len(unscaled)
    for group, source, s_line, u_line in zip(groups, sources, scaled, unscaled):
        try:
            s_fixed, s_rep = repair(s_line)
            u_fixed, u_rep = repair(u_line)
        except ValueError:
            continue
        row = {'source': source, 'sentences': group, 'scaled': s_fixed, 'unscaled': u_fixed}
        if s_rep or u_rep:
            row['repair'] = sorted(set(s_rep + u_rep))
        rows.append(row)


def shared_rows(rows):
    groups, sources = [], []
    for line in open(ROOT + '/ais/vectors/sample.aivdm.paired.jsonl'):
        row = json.loads(line)
        if row['expected_scaled'].get('type') in (6, 8):
            groups.append(row['sentences'])
            sources.append('gpsd test/sample.aivdm line %d' % row['sample_lines'][0])
    seen = {}
    path = ROOT + '/ais/samples/ais-nmea-sample.gpsdecode-3.22.ju.paired.jsonl.gz'
    for line in gzip.open(path, 'rt'):
        if '"type": 6,' not in line and '"type": 8,' not in line:
            continue
        row = json.loads(line)
        exp = row['expected_unscaled']
        key = (exp['type'], exp['dac'], exp['fid'], 'data' in exp)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= (12 if not key[3] else 1):
            groups.append(row['sentences'])
            sources.append('ais-nmea-sample.log line %d' % row['log_lines'][0])
    add_rows(rows, groups, sources)


# (type, dac, fid): the lengths gpsd insists on, if any. The last group are pairs gpsd leaves raw.
DECODED = {
    (6, 1, 12): None, (6, 1, 14): None, (6, 1, 15): None, (6, 1, 16): 136, (6, 1, 18): None,
    (6, 1, 20): None, (6, 1, 25): None, (6, 1, 28): None, (6, 1, 30): None, (6, 1, 32): None,
    (6, 200, 21): 160, (6, 200, 22): 144, (6, 200, 55): 80, (6, 235, 10): 48, (6, 250, 10): 48,
    (8, 1, 11): None, (8, 1, 13): None, (8, 1, 15): None, (8, 1, 16): 72, (8, 1, 17): None,
    (8, 1, 19): None, (8, 1, 27): None, (8, 1, 29): None, (8, 1, 31): None,
    (8, 200, 10): 112, (8, 200, 23): 200, (8, 200, 24): 112, (8, 200, 40): 112,
}
RAW = [(6, 1, 23), (6, 200, 23), (8, 1, 21), (8, 1, 22), (8, 1, 24), (8, 1, 25), (8, 1, 26), (8, 200, 55)]


def synthetic_rows(rows):
    groups, sources = [], []
    mmsi = 990000000
    for (mtype, dac, fid), exact in list(DECODED.items()) + [(key, None) for key in RAW]:
        top = 920 if mtype == 6 else 952
        lengths = [0, 1, 47, 137, top] + [rng.randint(0, 420) for _ in range(5)]
        if exact is not None:
            lengths = [exact - 1, exact + 1] + [exact] * 8
        if (mtype, dac, fid) in RAW:
            lengths = lengths[:3]
        if (mtype, dac, fid) == (8, 1, 16):
            lengths += [136] * 3
        for idx, length in enumerate(lengths):
            mmsi += 1
            pattern = '0' if idx == 0 else '1' if idx == 1 else None
            app = pattern * length if pattern else ''.join(rng.choice('01') for _ in range(length))
            groups.append(sentences(header(mtype, mmsi, dac, fid) + app, mmsi))
            sources.append('synthetic: type %d DAC %d FID %d, %d random application bits' %
                           (mtype, dac, fid, length) if not pattern else
                           'synthetic: type %d DAC %d FID %d, %d application bits all %s' %
                           (mtype, dac, fid, length, pattern))
    add_rows(rows, groups, sources)


def main():
    rows = []
    shared_rows(rows)
    synthetic_rows(rows)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


main()
