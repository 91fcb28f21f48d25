#!/usr/bin/env bash
# Audit speed benchmark: prints its figures; never run by the tests.
#
#   bench/audit.sh [RUNS]        default 5
#
# Target: `my2pg audit` over a WordPress-sized PHP tree (about 2,000 PHP files, 23 MB)
# in under 0.5 s on 2 cores, beside ripgrep looking for the SQL keywords in the same tree.
#
# 1. Builds my2pg (release).
# 2. Writes the tree with bench/gen_php_tree.py into $AUDIT_TREE (default
#    /tmp/my2pg-audit-tree) unless it is there already.
# 3. Installs ripgrep with apt-get when `rg` is missing.
# 4. Runs each command RUNS times under /usr/bin/time -v (after one warm-up run that
#    fills the page cache), and prints the median wall time (clock around the run),
#    files per second and the largest peak RSS (from time -v):
#      (a) my2pg audit TREE --format json -o /dev/null
#      (b) rg -c -i -e '\b(select|insert|update|delete|replace)\b' TREE
#
# Files per second divides by the files each tool reads: for my2pg, the tree less
# node_modules/, vendor/ and the .gitignore'd wp-content/cache/ (the audit's default
# skips); for rg, `rg --files TREE` (outside a git repository rg does not apply
# .gitignore, and it reads node_modules/ and vendor/).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
TREE=${AUDIT_TREE:-/tmp/my2pg-audit-tree}
WORK=$(mktemp -d /tmp/my2pg-audit-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

cargo build -q --release --bin my2pg
BIN=target/release/my2pg

if [ ! -d "$TREE" ]; then
  python3 bench/gen_php_tree.py "$TREE"
fi

if ! command -v rg > /dev/null; then
  apt-get install -y ripgrep > /dev/null 2>&1 || { apt-get update > /dev/null && apt-get install -y ripgrep > /dev/null; }
fi

AUDIT_FILES=$(find "$TREE" -type f \
  -not -path "$TREE/node_modules/*" -not -path "$TREE/vendor/*" \
  -not -path "$TREE/wp-content/cache/*" -not -name '.gitignore' | wc -l)
RG_FILES=$(rg --files "$TREE" | wc -l)
TREE_MB=$(du -sb "$TREE" | awk '{printf "%.1f", $1 / 1e6}')

# measure NAME FILES CMD... : RUNS timed runs; appends "NAME FILES median_s max_rss_kb" to $WORK/results.
measure() {
  local name=$1 files=$2
  shift 2
  "$@" > /dev/null 2>&1 || true   # warm-up: page cache, binary
  : > "$WORK/$name.times"
  for _ in $(seq "$RUNS"); do
    local status=0 t0 t1
    t0=$(date +%s.%N)
    /usr/bin/time -v -o "$WORK/$name.tv" "$@" > /dev/null 2> "$WORK/$name.err" || status=$?
    t1=$(date +%s.%N)
    # rg exits 1 when nothing matches; anything else is a failure worth showing.
    if [ "$status" -gt 1 ]; then
      echo "$name failed (exit $status):" >&2
      tail -n 5 "$WORK/$name.err" >&2
      return 1
    fi
    # Wall time from the clock around the run (time -v shows only hundredths).
    python3 - "$WORK/$name.tv" "$t0" "$t1" >> "$WORK/$name.times" <<'PY'
import sys
rss = None
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("Maximum resident set size"):
        rss = int(line.rsplit(" ", 1)[1])
print(float(sys.argv[3]) - float(sys.argv[2]), rss)
PY
  done
  python3 - "$name" "$files" "$WORK/$name.times" >> "$WORK/results" <<'PY'
import statistics, sys
name, files, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = [line.split() for line in open(path)]
walls = [float(w) for w, _ in rows]
rss = max(int(r) for _, r in rows)
print(name, files, statistics.median(walls), rss, " ".join(f"{w:.3f}" for w in walls))
PY
}

measure my2pg-audit "$AUDIT_FILES" "$BIN" audit "$TREE" --format json -o /dev/null
measure rg "$RG_FILES" rg -c -i -e '\b(select|insert|update|delete|replace)\b' "$TREE"

echo "tree: $TREE, $TREE_MB MB on disk; $RUNS runs each, $(nproc) cores"
echo
python3 - "$WORK/results" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
print("| command | files | median wall | files/s | peak RSS | runs (s) |")
print("| --- | --- | --- | --- | --- | --- |")
labels = {"my2pg-audit": "`my2pg audit … --format json`", "rg": "`rg -c -i` SQL keywords"}
for name, files, wall, rss, *runs in rows:
    files, wall, rss = int(files), float(wall), int(rss)
    rate = files / wall if wall > 0 else float("inf")
    print(f"| {labels.get(name, name)} | {files:,} | {wall:.3f} s | {rate:,.0f} | {rss / 1024:.1f} MB | {' '.join(runs)} |")
PY
