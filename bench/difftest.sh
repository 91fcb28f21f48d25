#!/usr/bin/env bash
# Differential testing at scale (issue 12): generated statements, or MariaDB's own test
# files, run on MariaDB and (translated) on PostgreSQL. Prints the run's last line:
#
#   bench/difftest.sh N [SEED]        difftest: N statements, I identical, F flagged, S silent, E pg-error, C functions
#   bench/difftest.sh --mariadb-tests mtr: N statements, I identical, F flagged, S silent, E pg-error, K skipped
#
# Servers: $MY2PG_MYSQL_URL and $MY2PG_PG_URL (defaults: root@127.0.0.1:3306, postgres@127.0.0.1:5432).
# Every statement that was not identical is in target/difftest/report.txt; the shrunk
# silent and pg-error statements are corpus cases in target/difftest/cases/.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release --bin my2pg
if [ "${1:-}" = "--mariadb-tests" ]; then
  if [ ! -d /usr/share/mysql/mysql-test/main ]; then
    echo "installing mariadb-test-data (MariaDB's test suite)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-test-data >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-test-data >/dev/null; }
  fi
  shift
  exec ./target/release/my2pg difftest --mariadb-tests "$@"
fi
N=${1:-10000}
SEED=${2:-1}
exec ./target/release/my2pg difftest -n "$N" --seed "$SEED"
