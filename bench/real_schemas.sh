#!/usr/bin/env bash
# Regression check on real applications' MySQL schemas (issue 10); never run by the tests.
#
#   bench/real_schemas.sh DIR [REPORT]
#
# DIR holds one folder per application: DIR/<name>/schema.sql (the install SQL, loadable
# into MariaDB as is), optionally DIR/<name>/sql_mode (the sql_mode the application's
# installer sets, e.g. an empty file for sql_mode='') and DIR/<name>/PROVENANCE.
# Nothing is fetched.  For each <name>, in name order:
#   1. MariaDB: a fresh database rs_<name>, the schema loaded into it;
#   2. edge-value rows added to every table (bench/real_schemas_rows.py: NULLs, zero and
#      partly-zero dates, integer minima and maxima, unicode, trailing spaces, mixed case,
#      empty strings, enum/set labels, JSON, decimal maxima, AUTO_INCREMENT at its maximum),
#      then COUNT(*) of every table;
#   3. mysqldump --routines --triggers (--skip-dump-date, for repeatable output);
#   4. my2pg convert (exit code and diagnostics kept);
#   5. PostgreSQL: a fresh database rs_<name>, psql -v ON_ERROR_STOP=1 -f of the output;
#   6. tables and per-table row counts compared (PostgreSQL tables in any schema outside the
#      catalogs, matched to MariaDB's by lower-cased name); a table with fewer rows in
#      PostgreSQL is 'reported' when my2pg's summary counts the missing rows as left out
#      (each with a T101), 'silent' otherwise.
# Prints one line per schema and a total line; writes each schema's dump, output,
# diagnostics and every failure's details to REPORT/<name>/ (default
# /tmp/real-schemas-report, or $REPORT).  Both servers' rs_<name> databases are left for
# inspection (dropped and re-created on the next run).
#
# Environment: MY2PG (default target/release/my2pg, relative to the repository), CONFIG
# (a my2pg.yaml given to every conversion, e.g. one saying `zero_dates: null`),
# MARIADB_OPTS (default "-h127.0.0.1 -uroot"), PSQL_OPTS (default "-h127.0.0.1 -Upostgres"),
# STEP_TIMEOUT (seconds per step, default 300).
set -uo pipefail

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 DIR [REPORT]" >&2
  exit 2
fi
DIR=$(cd "$1" && pwd)
REPORT=${2:-${REPORT:-/tmp/real-schemas-report}}
mkdir -p "$REPORT" && REPORT=$(cd "$REPORT" && pwd)
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MY2PG=${MY2PG:-target/release/my2pg}
case "$MY2PG" in /*) ;; *) MY2PG="$ROOT/$MY2PG" ;; esac
HELPER="$ROOT/bench/real_schemas_rows.py"
export MARIADB_OPTS=${MARIADB_OPTS:--h127.0.0.1 -uroot}
export PSQL_OPTS=${PSQL_OPTS:--h127.0.0.1 -Upostgres}
T=${STEP_TIMEOUT:-300}
read -r -a MOPTS <<< "$MARIADB_OPTS"
read -r -a POPTS <<< "$PSQL_OPTS"
my() { timeout "$T" mariadb "${MOPTS[@]}" --default-character-set=utf8mb4 "$@"; }
pg() { timeout "$T" psql "${POPTS[@]}" -X "$@"; }

if [ ! -x "$MY2PG" ]; then
  echo "no my2pg at $MY2PG (build it, or set MY2PG)" >&2
  exit 2
fi

WORK=$(mktemp -d /tmp/real-schemas.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

printf '%-14s %9s %15s %-34s %5s %4s %4s %s\n' schema tables "rows my/pg" "pg load" my2pg err warn "differing tables"
tot_s=0 tot_ok=0 tot_tm=0 tot_tp=0 tot_rm=0 tot_rp=0 tot_e=0 tot_w=0 tot_diff=0 tot_silent=0 tot_cols=0 tot_coldiff=0

for sdir in "$DIR"/*/; do
  name=$(basename "$sdir")
  [ -f "$sdir/schema.sql" ] || continue
  db="rs_$(printf '%s' "$name" | tr -c 'A-Za-z0-9_' '_')"
  rep="$REPORT/$name"
  rm -rf "$rep" && mkdir -p "$rep"
  w="$WORK/$name" && mkdir -p "$w"
  tot_s=$((tot_s + 1))
  status="" tm=0 tp=0 rm=0 rp=0 e=0 wn=0 rc=- difftabs=0 silent=0 coldiffs=0

  # 1. MariaDB load
  mode_sql=""
  if [ -f "$sdir/sql_mode" ]; then
    mode_sql="SET SESSION sql_mode='$(tr -d "\n'" < "$sdir/sql_mode")';"
    echo "$mode_sql" > "$rep/sql_mode_used"
  fi
  if ! my -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\`" 2> "$rep/mariadb_load.err" \
     || ! { [ -n "$mode_sql" ] && echo "$mode_sql"; cat "$sdir/schema.sql"; } | my "$db" > /dev/null 2>> "$rep/mariadb_load.err"; then
    status="mariadb load failed: $(grep -m1 ERROR "$rep/mariadb_load.err" | cut -c1-60)"
    printf '%-14s %s\n' "$name" "$status"
    continue
  fi
  rm -f "$rep/mariadb_load.err"

  # 2. edge rows, MariaDB counts
  timeout "$T" python3 "$HELPER" populate "$db" "$rep/insert_rejected.tsv" > "$w/mcounts.tsv" 2> "$rep/populate.err"
  [ -s "$rep/populate.err" ] || rm -f "$rep/populate.err"
  [ -s "$rep/insert_rejected.tsv" ] || rm -f "$rep/insert_rejected.tsv"
  cp "$w/mcounts.tsv" "$rep/mariadb_counts.tsv"

  # 3. dump
  if ! timeout "$T" mysqldump "${MOPTS[@]}" --routines --triggers --skip-dump-date "$db" > "$rep/dump.sql" 2> "$rep/mysqldump.err"; then
    status="mysqldump failed"
  fi
  [ -s "$rep/mysqldump.err" ] || rm -f "$rep/mysqldump.err"

  # 4. convert
  if [ -z "$status" ]; then
    timeout "$T" "$MY2PG" convert ${CONFIG:+--config "$CONFIG"} "$rep/dump.sql" -o "$rep/out.sql" 2> "$rep/diag.txt"
    rc=$?
    e=$(grep -cE '^[^ ].*:[0-9]+:[0-9]+: error\[' "$rep/diag.txt")
    wn=$(grep -cE '^[^ ].*:[0-9]+:[0-9]+: warning\[' "$rep/diag.txt")
    grep -oE '^[^ ].*:[0-9]+:[0-9]+: (error|warning)\[[A-Z0-9]+\]' "$rep/diag.txt" \
      | sed -E 's/.*: (error|warning)\[([A-Z0-9]+)\]/\1 \2/' | sort | uniq -c | sort -rn > "$rep/diag_codes.txt"
    grep -E '^[^ ].*:[0-9]+:[0-9]+: error\[' "$rep/diag.txt" > "$rep/my2pg_errors.txt" || rm -f "$rep/my2pg_errors.txt"
    grep -E '\[T101\]' "$rep/diag.txt" > "$rep/rows_left_out.txt" || rm -f "$rep/rows_left_out.txt"
    [ -f "$rep/out.sql" ] || status="my2pg wrote no output (exit $rc)"
  fi

  # 5. PostgreSQL load
  if [ -z "$status" ]; then
    pg -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\"" > /dev/null 2>&1
    if ! pg -q -d postgres -c "CREATE DATABASE \"$db\"" > /dev/null 2> "$rep/psql.err"; then
      status="createdb failed"
    elif pg -v ON_ERROR_STOP=1 -q -d "$db" -f "$rep/out.sql" > /dev/null 2> "$w/psql.err"; then
      status="ok"
      tot_ok=$((tot_ok + 1))
    else
      first=$(grep -m1 -E 'ERROR|FATAL' "$w/psql.err")
      status="FAILED: $(printf '%s' "$first" | sed -E 's/^psql:[^:]*:[0-9]+: //; s/^ERROR: +//' | cut -c1-60)"
      # the error, and the statement of out.sql it stopped at
      grep -E 'ERROR|FATAL|DETAIL|HINT|LINE|CONTEXT|^ +\^' "$w/psql.err" | head -20 > "$rep/psql_error.txt"
      ln=$(printf '%s' "$first" | sed -nE 's/^psql:[^:]*:([0-9]+):.*/\1/p')
      if [ -n "$ln" ]; then
        { echo "--- out.sql lines $((ln > 25 ? ln - 25 : 1))-$((ln + 2)):"; sed -n "$((ln > 25 ? ln - 25 : 1)),$((ln + 2))p" "$rep/out.sql"; } >> "$rep/psql_error.txt"
      fi
    fi
    rm -f "$rep/psql.err"
  fi

  # 6. compare
  tm=$(grep -c . "$w/mcounts.tsv")
  rm=$(awk -F'\t' '{s += $2} END {print s + 0}' "$w/mcounts.tsv")
  if [ "$status" = ok ] || [ "${status#FAILED}" != "$status" ]; then
    timeout "$T" python3 "$HELPER" pgcounts "$db" > "$w/pcounts.tsv" 2> /dev/null
    cp "$w/pcounts.tsv" "$rep/pg_counts.tsv"
    tp=$(grep -c . "$w/pcounts.tsv")
    rp=$(awk -F'\t' '{s += $2} END {print s + 0}' "$w/pcounts.tsv")
    # Rows my2pg left out and reported (T101), per table, from its summary lines
    # ("  `t`: 5 read in 1 statements, 4 loaded, 1 left out").
    sed -nE 's/^  `([^`]+)`: [0-9]+ read in [0-9]+ statements?, [0-9]+ loaded, ([0-9]+) left out$/\1\t\2/p' \
      "$rep/diag.txt" > "$w/leftout.tsv"
    awk -F'\t' '
      FILENAME == ARGV[1] { out[tolower($1)] = $2; next }
      FILENAME == ARGV[2] { k = tolower($1); sub(/^[^.]*\./, "", k); pg[k] = $2; pn[k] = $1; next }
      { k = tolower($1); seen[k] = 1
        if (!(k in pg)) { print $1 "\tmariadb " $2 "\tpg (no table)\tsilent"; next }
        if (pg[k] == $2) next
        how = (pg[k] + out[k] == $2) ? "reported (T101)" : "silent"
        print $1 "\tmariadb " $2 "\tpg " pg[k] "\tleft out " out[k] + 0 "\t" how }
      END { for (k in pg) if (!(k in seen)) print pn[k] "\tmariadb (no table)\tpg " pg[k] "\tsilent" }
    ' "$w/leftout.tsv" "$w/pcounts.tsv" "$w/mcounts.tsv" | sort > "$rep/count_diffs.tsv"
    # Columns per base table on both sides.
    my -N -e "SELECT c.table_name, COUNT(*) FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) WHERE c.table_schema = '$db' AND t.table_type = 'BASE TABLE' GROUP BY c.table_name" > "$w/mcols.tsv" 2> /dev/null
    pg -At -F $'\t' -d "$db" -c "SELECT c.table_name, count(*) FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND t.table_type = 'BASE TABLE' GROUP BY c.table_name" > "$w/pcols.tsv" 2> /dev/null
    awk -F'\t' 'NR == FNR { pc[tolower($1)] = $2; next }
      { k = tolower($1); if ((k in pc) && pc[k] != $2) print $1 "\tcolumns mariadb " $2 "\tpg " pc[k] }
    ' "$w/pcols.tsv" "$w/mcols.tsv" | sort > "$rep/column_diffs.tsv"
    coldiffs=$(grep -c . "$rep/column_diffs.tsv")
    [ -s "$rep/column_diffs.tsv" ] || rm -f "$rep/column_diffs.tsv"
    tot_cols=$((tot_cols + $(awk -F'\t' '{s += $2} END {print s + 0}' "$w/mcols.tsv")))
    difftabs=$(grep -c . "$rep/count_diffs.tsv")
    silent=$(grep -c 'silent$' "$rep/count_diffs.tsv")
    [ -s "$rep/count_diffs.tsv" ] || rm -f "$rep/count_diffs.tsv"
  fi
  diffs=""
  [ "$difftabs" -gt 0 ] && diffs="$difftabs ($silent silent): $(cut -f1 "$rep/count_diffs.tsv" | head -4 | tr '\n' ' ')"
  [ "$difftabs" -gt 4 ] && diffs="$diffs..."
  [ "$coldiffs" -gt 0 ] && diffs="$diffs; columns differ in $coldiffs tables"
  printf '%-14s %4d/%-4d %7d/%-7d %-34s %5s %4d %4d %s\n' "$name" "$tm" "$tp" "$rm" "$rp" "$status" "$rc" "$e" "$wn" "$diffs"
  tot_tm=$((tot_tm + tm)) tot_tp=$((tot_tp + tp)) tot_rm=$((tot_rm + rm)) tot_rp=$((tot_rp + rp))
  tot_e=$((tot_e + e)) tot_w=$((tot_w + wn)) tot_diff=$((tot_diff + difftabs)) tot_silent=$((tot_silent + silent)) tot_coldiff=$((tot_coldiff + coldiffs))
done

printf '%-14s %4d/%-4d %7d/%-7d %-34s %5s %4d %4d %s\n' "TOTAL $tot_s" "$tot_tm" "$tot_tp" "$tot_rm" "$tot_rp" \
  "$tot_ok/$tot_s loaded" "" "$tot_e" "$tot_w" "$tot_diff tables differ in rows, $tot_silent without a T101; $tot_coldiff of $tot_tm tables ($tot_cols columns) differ in columns"
echo "details: $REPORT/<name>/ (psql_error.txt, count_diffs.tsv, my2pg_errors.txt, rows_left_out.txt, insert_rejected.tsv, diag.txt, dump.sql, out.sql)"
