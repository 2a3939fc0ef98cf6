#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Compares two streams of gpsd AIS JSON lines (e.g. chokepoint vs `gpsdecode -u -j`) as parsed objects.

Both streams are in input order, so they are aligned with difflib on canonical JSON (sorted keys); the
match rate is the share of the reference's objects that have an equal object in the candidate. Prints a
summary, the first differences, and exits 1 when the rate is below --min-rate (a fraction, e.g. 0.999).
Usage: ais_json_diff.py REFERENCE CANDIDATE [--min-rate R] [--show N]
"""
import argparse
import difflib
import json
import sys


def load(path):
    objects = []
    with open(path, encoding="utf-8", errors="replace") as stream:
        for number, line in enumerate(stream, 1):
            line = line.strip()
            if not line:
                continue
            try:
                objects.append(json.dumps(json.loads(line), sort_keys=True))
            except json.JSONDecodeError:
                objects.append("UNPARSABLE:" + line)
                print(f"{path}:{number}: not JSON", file=sys.stderr)
    return objects


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference")
    parser.add_argument("candidate")
    parser.add_argument("--min-rate", type=float, default=0.0)
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args()
    reference, candidate = load(args.reference), load(args.candidate)
    matcher = difflib.SequenceMatcher(None, reference, candidate, autojunk=False)
    equal = 0
    shown = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            equal += i2 - i1
            continue
        if shown < args.show:
            shown += 1
            print(f"--- {tag}: reference objects {i1 + 1}-{i2}, candidate objects {j1 + 1}-{j2}")
            for text in reference[i1:min(i2, i1 + 2)]:
                print("  ref:", text[:300])
            for text in candidate[j1:min(j2, j1 + 2)]:
                print("  got:", text[:300])
    rate = equal / len(reference) if reference else 1.0
    print(f"reference {len(reference)} objects, candidate {len(candidate)}, equal {equal}, "
          f"match rate {rate * 100:.3f}%")
    return 0 if rate >= args.min_rate else 1


if __name__ == "__main__":
    sys.exit(main())
