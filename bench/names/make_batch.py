#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
# Writes a batch of names for `chokepoint match --queries` (docs/benchmarks.md, "Batch of 100,000 names"):
# SDN names and aliases drawn at random, every third with one letter dropped.
#   /usr/bin/python3 bench/names/make_batch.py ../shared/data 100000 > batch100k.csv
import csv
import random
import sys

data, count = sys.argv[1], int(sys.argv[2])
names = []
with open(f"{data}/lists/ofac/sdn_2024-05-03_jackdwyer/sdn.csv", encoding="latin-1") as f:
    names += [row[1] for row in csv.reader(f) if len(row) > 1 and row[1].strip() and row[1] != "-0-"]
with open(f"{data}/lists/ofac/watchman_static_2024-01/alt.csv", encoding="latin-1") as f:
    names += [row[3] for row in csv.reader(f) if len(row) > 3 and row[3].strip()]
random.seed(1)
out = csv.writer(sys.stdout)
out.writerow(["name"])
for i in range(count):
    name = random.choice(names)
    if i % 3 == 0 and len(name) > 5:
        drop = random.randrange(1, len(name) - 1)
        name = name[:drop] + name[drop + 1:]
    out.writerow([name])
