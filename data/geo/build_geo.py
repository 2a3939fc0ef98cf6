#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Rebuilds data/geo/{sites_of_concern,airports,ports}.csv from the shared public data (see data/README.md):
#   python3 data/geo/build_geo.py ../shared/data
# ports.csv: NGA World Port Index (all rows) plus GFW ports that lie more than 1 km from every port kept so far.
# Country codes: WPI from the UN/LOCODE's first two letters, else the country name via Debian's iso-codes
# (/usr/share/iso-codes/json/iso_3166-1.json); GFW's ISO 3166-1 alpha-3 via the same table.
import csv, json, math, shutil, sys
from pathlib import Path

shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
out = Path(__file__).resolve().parent

# sites_of_concern.csv is copied as is, except row IRAMD, whose source field holds an unquoted comma
# ("...un-locode.csv, 2014 snapshot)") and so has 10 fields for 9 columns: it is rejoined and quoted.
with open(shared / "geo/sites_of_concern.csv", newline="") as f:
    soc = list(csv.reader(f))
with open(out / "sites_of_concern.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    for row in soc:
        if len(row) == len(soc[0]) + 1 and row[-1] == "":
            row = row[:7] + [row[7] + "," + row[8], ""]
        w.writerow(row)
shutil.copyfile(shared / "adsb/reference/airports_large_medium_icao_latlon.csv", out / "airports.csv")

iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
alpha3 = {c["alpha_3"]: c["alpha_2"] for c in iso}
by_name = {}
for c in iso:
    for key in ("name", "common_name", "official_name"):
        if key in c:
            by_name[c[key].lower()] = c["alpha_2"]
# WPI spellings the iso-codes table writes differently (checked by hand).
by_name.update({"turkey": "TR", "russia": "RU", "iran": "IR", "south korea": "KR", "north korea": "KP",
                "vietnam": "VN", "syria": "SY", "venezuela": "VE", "bolivia": "BO", "tanzania": "TZ",
                "taiwan": "TW", "moldova": "MD", "laos": "LA", "brunei": "BN", "cape verde": "CV",
                "macau": "MO", "micronesia": "FM", "burma": "MM", "ivory coast": "CI", "reunion": "RE",
                "sint maarten": "SX", "saint helena, ascension, and tristan da cunha": "SH",
                "south georgia and south sandwich islands": "GS", "johnson atoll": "UM",
                "midway islands": "UM", "wake island": "UM"})

def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))

rows, unknown = [], set()
with open(shared / "geo/world_port_index.csv", encoding="utf-8-sig", newline="") as f:
    for r in csv.DictReader(f):
        number = r["World Port Index Number"].strip().removesuffix(".0")
        locode = r["UN/LOCODE"].replace(" ", "").strip()
        country = locode[:2] if len(locode) == 5 else by_name.get(r["Country Code"].strip().lower(), "")
        if not country:
            unknown.add(r["Country Code"])
        rows.append([locode or f"WPI-{number}", r["Main Port Name"].strip(), "port", country,
                     float(r["Latitude"]), float(r["Longitude"]), f"NGA WPI {number}"])
wpi_count = len(rows)
# Several WPI entries share a UN/LOCODE (and a few a WPI number): those get "WPI-<number>[-n]" so ids stay unique.
from collections import Counter
locode_uses = Counter(r[0] for r in rows)
ids = set()
for r in rows:
    if locode_uses[r[0]] > 1 or r[0] in ids:
        base = r[6].replace("NGA WPI ", "WPI-")
        r[0], n = base, 2
        while r[0] in ids:
            r[0], n = f"{base}-{n}", n + 1
    ids.add(r[0])
gfw_kept = gfw_dropped = 0
with open(shared / "geo/gfw_ports.csv", newline="") as f:
    for r in csv.DictReader(f):
        p = (float(r["latitude"]), float(r["longitude"]))
        # 1 km in latitude is 0.009 degrees: prefilter before the great-circle distance.
        if any(abs(k[4] - p[0]) < 0.01 and km((k[4], k[5]), p) < 1.0 for k in rows):
            gfw_dropped += 1
            continue
        name = r["label"].strip() + (f" ({r['sublabel'].strip()})" if r["sublabel"].strip() else "")
        base = f"GFW-{r['iso3']}-" + "".join(ch if ch.isalnum() else "-" for ch in name.upper()).strip("-")
        pid, n = base, 2
        while pid in ids:
            pid, n = f"{base}-{n}", n + 1
        ids.add(pid)
        rows.append([pid, name, "port", alpha3.get(r["iso3"], ""), p[0], p[1], "GFW pipe-anchorages ports"])
        gfw_kept += 1

with open(out / "ports.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "kind", "country", "lat", "lon", "source"])
    for r in rows:
        w.writerow(r[:4] + [f"{r[4]:.6f}".rstrip("0").rstrip("."), f"{r[5]:.6f}".rstrip("0").rstrip("."), r[6]])
print(f"WPI {wpi_count}, GFW kept {gfw_kept}, GFW within 1 km of a kept port {gfw_dropped}; "
      f"WPI country names without a code: {sorted(unknown)}")
