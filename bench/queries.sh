#!/usr/bin/env bash
# Query-translation benchmark (issue 4): statements per second, my2pg against sqlglot's
# transpile(read='mysql', write='postgres') on the same corpus. Prints its figures.
#
#   bench/queries.sh [REPEAT]     default 100 (the differential suite's 460 statements × REPEAT;
#                                 no text repeats: see vary() below)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT=${1:-100}
DIR=${BENCH_DIR:-/tmp/my2pg-bench}
mkdir -p "$DIR"
cargo build -q --release --bin my2pg
SHARED=../shared/corpus/real
# The application queries and DML of tests/queries/ (sakila and world), one per line.
python3 - "$REPEAT" "$DIR/queries.sql" <<'PY'
import sys, glob
qs = []
for path in sorted(glob.glob('tests/queries/*.sql')):
    entry = []
    for line in open(path, encoding='utf-8').read().split('\n') + ['']:
        if line.startswith('#') or not line.strip():
            if entry:
                qs.append(' '.join(entry).rstrip(';'))
            entry = []
        elif not (line.startswith('-- ') and not entry):
            entry.append(line.strip())
import re
# Each repetition shifts the integer literals outside quotes by its number, so no two
# texts repeat: a translation cache cannot make the figure (issue 13).
quoted = re.compile(r"('(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`)")
number = re.compile(r"(?<![\w.$@])\d+(?![\w.])")
def vary(q, r):
    if r == 0:
        return q
    parts = quoted.split(q)
    v = ''.join(p if i % 2 else number.sub(lambda m: str(int(m.group()) + r), p)
                for i, p in enumerate(parts))
    # A statement without integer literals (placeholders only) gets a comment, as
    # applications tag their queries (`/* controller:action */`).
    return v if v != q else f"/* request {r} */ {q}"
n = int(sys.argv[1])
texts = set()
with open(sys.argv[2], 'w') as f:
    for r in range(n):
        for q in qs:
            v = vary(q, r)
            texts.add(v)
            f.write(v + ';\n')
print(f"{len(qs)} distinct statements x {n} = {len(qs) * n} statements, {len(texts)} distinct texts")
PY
N=$(grep -c ';$' "$DIR/queries.sql")
T0=$(date +%s.%N)
# Exit 1 means diagnostics with errors (expected in this corpus); anything else (a
# panic's 101) means the figure would be a crash's, so the run stops.
rc=0
target/release/my2pg convert -q --schema "$SHARED/sakila/sakila-mv-schema.sql" --schema "$SHARED/world/world.sql" "$DIR/queries.sql" > "$DIR/queries.pg.sql" 2>"$DIR/queries.err" || rc=$?
if [ "$rc" -gt 1 ]; then echo "my2pg failed (exit $rc): see $DIR/queries.err" >&2; exit 1; fi
T1=$(date +%s.%N)
python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f'my2pg:   {int(sys.argv[3])/t:,.0f} statements/s ({t:.2f} s, schemas included)')" "$T0" "$T1" "$N"
cargo run -q --release --example parse_ceiling -- "$DIR/queries.sql"
if python3 -c "import sqlglot" 2>/dev/null; then
  python3 - "$DIR/queries.sql" <<'PY'
import sys, time, sqlglot
stmts = [s for s in open(sys.argv[1]).read().split(';\n') if s.strip()]
stmts = stmts[:5000]
t = time.time()
for s in stmts:
    sqlglot.transpile(s, read='mysql', write='postgres')
e = time.time() - t
print(f"sqlglot: {len(stmts)/e:,.0f} statements/s ({len(stmts)} statements, {e:.2f} s)")
PY
else
  echo "sqlglot: not installed (pip install sqlglot)"
fi
