#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Every accuracy figure of docs/accuracy.md in one run: chokepoint's matcher, then the pg_trgm baseline on
# the same leave-one-out sample. Usage: bench/names/run_all.sh BUILD_DIR [DATA] (BUILD_DIR holds
# bench/names/names_eval, e.g. build/release).
set -euo pipefail
BUILD=$1; DATA=${2:-$(dirname "$0")/../../../shared/data}
E="$(realpath "$BUILD")/bench/names/names_eval"; DATA=$(realpath "$DATA")
N=2000; SEED=7
echo "# $(date -u +%FT%TZ) $(uname -m) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$E" loo "$DATA" "$N" "$SEED"
"$E" pairs "$DATA/eval/names/cascade-name-pairs.csv"
"$E" ofac-tool "$DATA/eval/names/ofac_tool_scores.csv"
"$E" negatives "$DATA" "$DATA/eval/names/validation_negatives_global.csv" "$DATA/eval/names/validation_negatives_us.csv" \
    "$DATA/trade/shahed_components_gur_extract.tsv"
"$E" cross-script "$DATA"
"$E" typos "$DATA" "$N" "$SEED"
"$E" self "$DATA"
"$(dirname "$0")/pg_trgm_baseline.sh" "$E" "$DATA" "$N" "$SEED"
