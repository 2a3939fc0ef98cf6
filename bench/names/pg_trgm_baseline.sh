#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# Baseline beside chokepoint's matcher: PostgreSQL pg_trgm similarity search over the same leave-one-out
# sample (same names, same queries, same seed as `names_eval loo`). Starts a private cluster in a temporary
# folder on 127.0.0.1 and a free port, bounded in time, and always stops it.
# Usage: bench/names/pg_trgm_baseline.sh NAMES_EVAL DATA [N] [SEED]
set -euo pipefail
NAMES_EVAL=$1; DATA=$2; N=${3:-2000}; SEED=${4:-7}
PGBIN=/usr/lib/postgresql/15/bin
[ -x "$PGBIN/initdb" ] || { echo "postgresql 15 not installed"; exit 77; }
WORK=$(mktemp -d /tmp/cp-pgtrgm.XXXXXX)
chmod 755 "$WORK"
RUN=()
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); chown postgres "$WORK"; fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() { "${RUN[@]}" "$PGBIN/pg_ctl" -D "$WORK/db" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
(cd "$WORK" && "$NAMES_EVAL" dump-loo "$DATA" "$N" "$SEED")
chmod 644 "$WORK"/*.tsv
"${RUN[@]}" "$PGBIN/initdb" -D "$WORK/db" -A trust -U bench >/dev/null
"${RUN[@]}" timeout 60 "$PGBIN/pg_ctl" -D "$WORK/db" -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1" -l "$WORK/log" -w start >/dev/null
PSQL=("${RUN[@]}" timeout 900 psql -h 127.0.0.1 -p "$PORT" -U bench -d postgres -v ON_ERROR_STOP=1 -q -X)
"${PSQL[@]}" <<SQL
CREATE EXTENSION pg_trgm;
CREATE TABLE names(entity int, name text);
CREATE TABLE queries(entity int, shares int, name text);
\copy names FROM '$WORK/loo_names.tsv' WITH (FORMAT text)
\copy queries FROM '$WORK/loo_queries.tsv' WITH (FORMAT text)
CREATE INDEX ON names USING gin (lower(name) gin_trgm_ops);
ANALYZE names;
\timing on
CREATE TABLE ranked AS
SELECT q.entity, q.shares, r.entity AS hit, r.rank
FROM queries q CROSS JOIN LATERAL (
    SELECT h.entity, row_number() OVER (ORDER BY h.best DESC, h.entity) AS rank
    FROM (SELECT n.entity, max(similarity(lower(n.name), lower(q.name))) AS best
          FROM names n WHERE lower(n.name) % lower(q.name)
          GROUP BY n.entity ORDER BY best DESC, n.entity LIMIT 10) h) r;
\timing off
SELECT 'pg_trgm (similarity_threshold ' || current_setting('pg_trgm.similarity_threshold') || ')' AS baseline,
       CASE WHEN GROUPING(shares) = 1 THEN 'all' WHEN shares = 1 THEN 'shares a word' ELSE 'shares no word' END AS subset,
       count(*) AS n,
       round(avg(CASE WHEN r1 THEN 1 ELSE 0 END), 3) AS recall_at_1,
       round(avg(CASE WHEN r10 THEN 1 ELSE 0 END), 3) AS recall_at_10
FROM (SELECT q.entity, q.shares,
             EXISTS (SELECT 1 FROM ranked r WHERE r.entity = q.entity AND r.hit = q.entity AND r.rank = 1) AS r1,
             EXISTS (SELECT 1 FROM ranked r WHERE r.entity = q.entity AND r.hit = q.entity) AS r10
      FROM queries q) x
GROUP BY GROUPING SETS ((), (shares)) ORDER BY 2;
SQL
