#!/usr/bin/env bash
# Data-path benchmark (issue 3): prints its figures; never run by the tests.
#
#   bench/data_path.sh [SIZE_MB]        default 1024
#
# 1. Generates a synthetic mysqldump of SIZE_MB (extended INSERTs: escaped strings,
#    numbers, dates, timestamps, decimals, raw-byte blobs) with examples/gen_dump.rs.
# 2. Times `cat` (the limit), `my2pg convert` (throughput and peak RSS) and sqlglot's
#    transpile on a 20 MB slice (pip install sqlglot).
# 3. With pgloader installed (apt-get install pgloader) and both servers up, moves a
#    200 MB database from MariaDB to PostgreSQL both ways:
#    `mysqldump | my2pg convert | psql` against `pgloader`.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-1024}
DIR=${BENCH_DIR:-/tmp/my2pg-bench}
mkdir -p "$DIR"
cargo build -q --release --bin my2pg --example gen_dump
BIN=target/release/my2pg
DUMP="$DIR/dump-$SIZE.sql"
[ -s "$DUMP" ] || target/release/examples/gen_dump "$SIZE" > "$DUMP"
BYTES=$(stat -c %s "$DUMP")
MB=$(python3 -c "print(round($BYTES/1e6, 1))")
echo "input: $DUMP, $MB MB"

secs() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }
rate() { python3 -c "import sys; print(f'{$BYTES/1e6/float(sys.argv[1]):.0f}')" "$1"; }

cat "$DUMP" > /dev/null   # warm the page cache
T0=$(date +%s.%N); cat "$DUMP" | cat > /dev/null; T1=$(date +%s.%N)
CAT=$(python3 -c "print($T1-$T0)")
echo "cat | cat:       $(secs "$CAT") s, $(rate "$CAT") MB/s"

/usr/bin/time -f "%e %M" -o "$DIR/time.txt" "$BIN" convert -q "$DUMP" > /dev/null 2> "$DIR/my2pg.err" || true
read -r E RSS < "$DIR/time.txt"
echo "my2pg convert:   $(secs "$E") s, $(rate "$E") MB/s, peak RSS $((RSS / 1024)) MB"
tail -n 2 "$DIR/my2pg.err" | sed 's/^/  /'

if python3 -c "import sqlglot" 2>/dev/null; then
  SLICE="$DIR/slice-20.sql"
  python3 - "$DUMP" "$SLICE" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read(24 << 20)
cut = data.rfind(b';\n', 0, 20 << 20) + 2
open(sys.argv[2], 'wb').write(data[:cut])
PY
  python3 - "$SLICE" <<'PY'
import sys, time, sqlglot
text = open(sys.argv[1], encoding='utf-8', errors='replace').read()
t = time.time()
out = sqlglot.transpile(text, read='mysql', write='postgres', error_level=sqlglot.ErrorLevel.IGNORE)
e = time.time() - t
mb = len(text.encode()) / 1e6
print(f"sqlglot:         {e:.2f} s on a {mb:.1f} MB slice, {mb / e:.1f} MB/s ({len(out)} statements)")
PY
  /usr/bin/time -f "%e" -o "$DIR/time2.txt" "$BIN" convert -q "$SLICE" > /dev/null 2>&1 || true
  echo "my2pg, same slice: $(cat "$DIR/time2.txt") s"
else
  echo "sqlglot: not installed (pip install sqlglot)"
fi

if command -v pgloader > /dev/null && pg_isready -h 127.0.0.1 -q && mariadb -h127.0.0.1 -uroot -e 'SELECT 1' > /dev/null 2>&1; then
  SRC="$DIR/dump-200.sql"
  [ -s "$SRC" ] || target/release/examples/gen_dump 200 > "$SRC"
  mariadb -h127.0.0.1 -uroot -e 'DROP DATABASE IF EXISTS my2pg_bench; CREATE DATABASE my2pg_bench'
  mariadb -h127.0.0.1 -uroot my2pg_bench < "$SRC"
  psql -h 127.0.0.1 -U postgres -q -c 'DROP DATABASE IF EXISTS my2pg_bench_a' -c 'CREATE DATABASE my2pg_bench_a' -c 'DROP DATABASE IF EXISTS my2pg_bench_b' -c 'CREATE DATABASE my2pg_bench_b'
  T0=$(date +%s.%N)
  mysqldump -h127.0.0.1 -uroot my2pg_bench | "$BIN" convert -q | psql -h 127.0.0.1 -U postgres -d my2pg_bench_a -q -v ON_ERROR_STOP=1 > /dev/null
  T1=$(date +%s.%N)
  pgloader --quiet mysql://root@127.0.0.1/my2pg_bench postgresql://postgres@127.0.0.1/my2pg_bench_b > "$DIR/pgloader.log" 2>&1 || echo "  (pgloader failed, see $DIR/pgloader.log)"
  T2=$(date +%s.%N)
  ROWS_A=$(psql -h 127.0.0.1 -U postgres -d my2pg_bench_a -Atc 'SELECT count(*) FROM events')
  ROWS_B=$(psql -h 127.0.0.1 -U postgres -d my2pg_bench_b -Atc 'SELECT count(*) FROM my2pg_bench.events' 2>/dev/null || echo '?')
  echo "route mysqldump | my2pg | psql: $(secs "$(python3 -c "print($T1-$T0)")") s ($ROWS_A rows)"
  echo "route pgloader:                 $(secs "$(python3 -c "print($T2-$T1)")") s ($ROWS_B rows)"
else
  echo "pgloader route: skipped (needs pgloader and both servers)"
fi
