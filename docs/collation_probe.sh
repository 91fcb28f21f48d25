#!/usr/bin/env bash
# collation_probe.sh - compare MySQL/MariaDB case-insensitive collations with
# PostgreSQL candidates (citext, nondeterministic ICU collations, plain text).
#
# Creates throwaway databases "my2pg_coll_probe" on both servers, loads the
# same rows, runs the same operations, prints a comparison, drops both
# databases again.  Re-runnable; safe to interrupt (next run recreates).
#
# Environment (defaults in brackets):
#   PGHOST [127.0.0.1] PGPORT [5432] PGUSER [postgres]
#   MYHOST [127.0.0.1] MYPORT [3306] MYUSER [root]   (no password)
#   KEEP=1  keep the databases after the run (for poking around)
set -u

PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
MYHOST=${MYHOST:-127.0.0.1} MYPORT=${MYPORT:-3306} MYUSER=${MYUSER:-root}
DB=my2pg_coll_probe

pgc() { psql -X -q -At -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" "$@"; }
myc() { mariadb --default-character-set=utf8mb4 -N -B -h"$MYHOST" -P"$MYPORT" -u"$MYUSER" "$@"; }

# Run one statement, print its result (or the error) on one line.
oneline() { sed -e 's/^psql:[^:]*:[0-9]*: //' -e 's/^ERROR \([0-9]*\) ([0-9A-Z]*) at line [0-9]*: /ERROR \1: /' | paste -sd' ' -; }
pgq() { pgc -d "$DB" -c "$1" 2>&1 | grep -v '^\(DETAIL\|HINT\|LINE\|CONTEXT\) \|^ *\^' | oneline; }
myq() { myc "$DB" -e "$1" 2>&1 | oneline; }

cleanup() {
  [ "${KEEP:-0}" = 1 ] && return
  pgc -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
  myc -e "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1
}

# ---------------------------------------------------------------- columns
# MariaDB columns: name -> collation
MY_COLS=(general unicode u520 uca1400 uca0900ai uca0900as uca0900cs bin nopadbin)
declare -A MY_COLL=(
  [general]=utf8mb4_general_ci            # MySQL 5.x/MariaDB default, PAD SPACE
  [unicode]=utf8mb4_unicode_ci            # UCA 4.0.0, PAD SPACE
  [u520]=utf8mb4_unicode_520_ci           # UCA 5.2.0, PAD SPACE
  [uca1400]=utf8mb4_uca1400_ai_ci         # MariaDB 10.10+, UCA 14, PAD SPACE
  [uca0900ai]=utf8mb4_uca1400_nopad_ai_ci # stand-in for MySQL 8 utf8mb4_0900_ai_ci (NO PAD)
  [uca0900as]=utf8mb4_uca1400_nopad_as_ci # stand-in for MySQL 8 utf8mb4_0900_as_ci (NO PAD)
  [uca0900cs]=utf8mb4_uca1400_nopad_as_cs # stand-in for MySQL 8 utf8mb4_0900_as_cs (NO PAD)
  [bin]=utf8mb4_bin                       # binary, PAD SPACE
  [nopadbin]=utf8mb4_nopad_bin            # binary, NO PAD (like MySQL 8 utf8mb4_0900_bin)
)
# PostgreSQL columns: name -> type
PG_COLS=(txt cit l2 l1 l1sp icu c)
declare -A PG_TYPE=(
  [txt]='text'                          # (d) baseline, database default collation
  [cit]='citext'                        # (a) citext extension
  [l2]='text COLLATE my2pg_as_ci'  # (b) ICU und-u-ks-level2, nondeterministic
  [l1]='text COLLATE my2pg_ai_ci'  # (c) ICU und-u-ks-level1, nondeterministic
  [l1sp]='text COLLATE my2pg_ai_ci_sp'  # (e) level1 + spaces ignorable (PAD SPACE attempt)
  [icu]='text COLLATE "und-x-icu"'      # deterministic ICU root (for *_as_cs)
  [c]='text COLLATE "C"'                # deterministic code point order (for *_bin)
)

# Rows (id, value); NULL is written unquoted.
ROWS=(
  "1,'abc'" "2,'ABC'" "3,'Abc'" "4,'abd'" "5,'ábc'" "6,'abc '" "7,'a%c'"
  "8,'straße'" "9,'STRASSE'" "10,'ß'" "11,''" "12,NULL" "13,'Zebra'"
  "14,'apple'" "15,'Äpfel'" "16,'éclair'" "17,'Eclair'" "18,'10'" "19,'9'"
  "20,'a bc'"
)
UNIQUE_SEQ=("abc" "ABC" "ábc" "abc " "straße" "STRASSE" "éclair" "Eclair")

# ---------------------------------------------------------------- setup
echo "# my2pg collation probe"
echo "# PostgreSQL: $(pgc -d postgres -c 'SHOW server_version')," \
     "ICU collversion $(pgc -d postgres -c "SELECT collversion FROM pg_collation WHERE collname='und-x-icu'")"
echo "# MariaDB:    $(myc -e 'SELECT VERSION()')"
cleanup
trap cleanup EXIT

pgc -d postgres -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'" || exit 1
echo "# PG database default collation: $(pgc -d "$DB" -c "SELECT datcollate||' (provider '||datlocprovider::text||')' FROM pg_database WHERE datname='$DB'")"
pgc -d "$DB" >/dev/null <<'SQL' || exit 1
CREATE EXTENSION citext;
CREATE EXTENSION unaccent;
CREATE COLLATION my2pg_as_ci    (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION my2pg_ai_ci    (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE COLLATION my2pg_ai_ci_sp (provider = icu, locale = 'und-u-ks-level1-ka-shifted-kv-space', deterministic = false);
SQL
myc -e "CREATE DATABASE $DB CHARACTER SET utf8mb4" || exit 1

coldefs_my=""; for c in "${MY_COLS[@]}"; do coldefs_my+=", $c VARCHAR(20) COLLATE ${MY_COLL[$c]}"; done
coldefs_pg=""; for c in "${PG_COLS[@]}"; do coldefs_pg+=", $c ${PG_TYPE[$c]}"; done
myc "$DB" -e "CREATE TABLE t (id INT PRIMARY KEY $coldefs_my) ENGINE=InnoDB" || exit 1
pgc -d "$DB" -c "CREATE TABLE t (id int PRIMARY KEY $coldefs_pg)" || exit 1
for r in "${ROWS[@]}"; do
  id=${r%%,*}; v=${r#*,}
  vm=""; for c in "${MY_COLS[@]}"; do vm+=", $v"; done
  vp=""; for c in "${PG_COLS[@]}"; do vp+=", $v"; done
  myc "$DB" -e "INSERT INTO t VALUES ($id$vm)" || exit 1
  pgc -d "$DB" -c "INSERT INTO t VALUES ($id$vp)" || exit 1
done

# ---------------------------------------------------------------- probes
declare -A R        # R[op|col] = result
OPS=()              # op names in order
declare -A OPDESC   # op -> description
declare -A OPBASE   # PG-only variant op -> MariaDB op it is compared with

# Lists of matching rows, as quoted values in id order.
my_rows() { echo "SELECT IFNULL(GROUP_CONCAT(QUOTE($1) ORDER BY ${3:-id} SEPARATOR ','),'(none)') FROM t WHERE $2"; }
pg_rows() { echo "SELECT coalesce(string_agg(quote_nullable($1::text), ',' ORDER BY ${3:-id}),'(none)') FROM t WHERE $2"; }

probe() { # op description my_sql_fn pg_sql_fn   (fns get the column name)
  local op=$1; OPS+=("$op"); OPDESC[$op]=$2
  for c in "${MY_COLS[@]}"; do R[$op|$c]=$(myq "$($3 "$c")"); done
  for c in "${PG_COLS[@]}"; do R[$op|$c]=$(pgq "$($4 "$c")"); done
}
pg_variant() { # op base_op description pg_sql_fn  (PG only, compared with base_op)
  local op=$1; OPS+=("$op"); OPBASE[$op]=$2; OPDESC[$op]=$3
  for c in "${PG_COLS[@]}"; do R[$op|$c]=$(pgq "$($4 "$c")"); done
}

where_probe() { # op "predicate with %C"
  local op=$1 pred=$2
  eval "_m_$op() { my_rows \"\$1\" \"\${pred//%C/\$1}\"; }; _p_$op() { pg_rows \"\$1\" \"\${pred//%C/\$1}\"; }"
  probe "$op" "rows where $pred" "_m_$op" "_p_$op"
}

# 1. equality against literals
where_probe eq_abc      "%C = 'abc'"
where_probe eq_abc_sp   "%C = 'abc '"
where_probe eq_strasse  "%C = 'strasse'"
where_probe eq_eclair   "%C = 'eclair'"
where_probe eq_empty    "%C = ' '"
where_probe eq_s        "%C = 's'"
# 2. LIKE
where_probe like_ab     "%C LIKE 'ab%'"
where_probe like_a_c    "%C LIKE 'A_C'"
where_probe like_strass "%C LIKE 'strass%'"
where_probe like_apf    "%C LIKE 'äPF%'"
# LIKE workarounds (PostgreSQL only)
for bp in "like_ab=ab%" "like_a_c=A_C" "like_strass=strass%" "like_apf=äPF%"; do
  base=${bp%%=*} pat=${bp#*=}
  eval "_v1_$base() { pg_rows \"\$1\" \"\$1 ILIKE '$pat'\"; }"
  eval "_v2_$base() { pg_rows \"\$1\" \"lower(\$1) LIKE lower('$pat')\"; }"
  eval "_v3_$base() { pg_rows \"\$1\" \"(\$1::text COLLATE \\\"C\\\") ILIKE '$pat'\"; }"
  eval "_v5_$base() { pg_rows \"\$1\" \"(\$1::text COLLATE \\\"und-x-icu\\\") ILIKE '$pat'\"; }"
  eval "_v4_$base() { pg_rows \"\$1\" \"unaccent(\$1::text COLLATE \\\"und-x-icu\\\") ILIKE unaccent('$pat')\"; }"
  pg_variant "$base:ilike"   $base "PG: col ILIKE '$pat'"                           _v1_$base
  pg_variant "$base:lower"   $base "PG: lower(col) LIKE lower('$pat')"              _v2_$base
  pg_variant "$base:C_ilike" $base "PG: (col::text COLLATE \"C\") ILIKE '$pat'"     _v3_$base
  pg_variant "$base:icu_ilike" $base "PG: (col::text COLLATE \"und-x-icu\") ILIKE '$pat'" _v5_$base
  pg_variant "$base:unacc"   $base "PG: unaccent(col::text COLLATE \"und-x-icu\") ILIKE unaccent('$pat')" _v4_$base
done
# 3. IN list
where_probe in_list     "%C IN ('ABC','x')"
# 4. ORDER BY (ties broken by id; NULL excluded: NULL placement is not a
#    collation matter - MySQL sorts NULL first, PostgreSQL last, in ASC)
_m_order() { my_rows "$1" "$1 IS NOT NULL" "$1, id"; }
_p_order() { pg_rows "$1" "$1 IS NOT NULL" "$1, id"; }
probe order "ORDER BY col, id (NULL rows excluded)" _m_order _p_order
# 5. GROUP BY: each group as {members in id order}, groups ordered by first id
_m_group() { echo "SELECT GROUP_CONCAT(g ORDER BY m SEPARATOR ' ') FROM (SELECT MIN(id) m, CONCAT('{',GROUP_CONCAT(QUOTE($1) ORDER BY id SEPARATOR ','),'}') g FROM t GROUP BY $1) x"; }
_p_group() { echo "SELECT string_agg(g, ' ' ORDER BY m) FROM (SELECT min(id) m, '{'||string_agg(quote_nullable($1::text), ',' ORDER BY id)||'}' g FROM t GROUP BY $1) x"; }
probe group "GROUP BY col (members of each group)" _m_group _p_group
_m_ngroup() { echo "SELECT COUNT(*) FROM (SELECT 1 FROM t GROUP BY $1) x"; }
_p_ngroup() { echo "SELECT count(*) FROM (SELECT 1 FROM t GROUP BY $1) x"; }
probe ngroups "number of GROUP BY groups (incl. NULL group)" _m_ngroup _p_ngroup
# 6. DISTINCT
_m_dist() { echo "SELECT COUNT(DISTINCT $1) FROM t"; }
_p_dist() { echo "SELECT count(DISTINCT $1) FROM t"; }
probe distinct "COUNT(DISTINCT col) (NULL not counted)" _m_dist _p_dist

# Literal equalities that the row set does not cover.
lit_probe() { # op a b
  local op=$1 a=$2 b=$3; OPS+=("$op"); OPDESC[$op]="'$a' = '$b' (1 = equal)"
  for c in "${MY_COLS[@]}"; do R[$op|$c]=$(myq "SELECT '$a' COLLATE ${MY_COLL[$c]} = '$b'"); done
  for c in "${PG_COLS[@]}"; do R[$op|$c]=$(pgq "SELECT ('$a'::${PG_TYPE[$c]} = '$b')::int"); done
}
lit_probe lit_emoji "😀" "😁"
lit_probe lit_ae    "æ" "ae"
lit_probe lit_fullw "ａ" "a"
lit_probe lit_tab   "abc	" "abc"

# 7. UNIQUE key: insert the sequence one by one into a fresh table
OPS+=(unique); OPDESC[unique]="UNIQUE(col): insert $(printf "'%s' " "${UNIQUE_SEQ[@]}")in order; ok = accepted, dup = rejected"
for c in "${MY_COLS[@]}"; do
  myc "$DB" -e "CREATE TABLE u_$c (id INT AUTO_INCREMENT PRIMARY KEY, c VARCHAR(20) COLLATE ${MY_COLL[$c]}, UNIQUE KEY (c)) ENGINE=InnoDB"
  out=""
  for v in "${UNIQUE_SEQ[@]}"; do
    e=$(myc "$DB" -e "INSERT INTO u_$c (c) VALUES ('$v')" 2>&1)
    case $e in "") s=ok;; *1062*) s=dup;; *) s="err($e)";; esac
    out+="'$v':$s "
  done
  R[unique|$c]=${out% }
done
for c in "${PG_COLS[@]}"; do
  pgc -d "$DB" -c "CREATE TABLE u_$c (id serial PRIMARY KEY, c ${PG_TYPE[$c]} UNIQUE)"
  out=""
  for v in "${UNIQUE_SEQ[@]}"; do
    e=$(pgc -d "$DB" -c "INSERT INTO u_$c (c) VALUES ('$v')" 2>&1)
    case $e in "") s=ok;; *"duplicate key"*) s=dup;; *) s="err($e)";; esac
    out+="'$v':$s "
  done
  R[unique|$c]=${out% }
done

# ---------------------------------------------------------------- report
echo
echo "# Columns"
for c in "${MY_COLS[@]}"; do printf '#   my.%-10s %s\n' "$c" "${MY_COLL[$c]}"; done
for c in "${PG_COLS[@]}"; do printf '#   pg.%-10s %s\n' "$c" "${PG_TYPE[$c]}"; done
echo "# 'same as:' lists the MariaDB columns whose result is identical."
for op in "${OPS[@]}"; do
  echo
  echo "== $op: ${OPDESC[$op]}"
  base=${OPBASE[$op]:-$op}
  if [ -z "${OPBASE[$op]:-}" ]; then
    for c in "${MY_COLS[@]}"; do printf '  my.%-10s %s\n' "$c" "${R[$op|$c]}"; done
  fi
  for c in "${PG_COLS[@]}"; do
    same=""
    for m in "${MY_COLS[@]}"; do [ "${R[$op|$c]}" = "${R[$base|$m]}" ] && same+="$m,"; done
    printf '  pg.%-10s %s   [same as: %s]\n' "$c" "${R[$op|$c]}" "${same:--}"
  done
done

# ---------------------------------------------------------------- extra checks
echo
echo "== extra checks (PostgreSQL)"
chk() { local r; r=$(pgq "$2"); printf '  %-62s -> %s\n' "$1" "${r:-ok}"; }
for c in l2 l1; do
  echo "  -- pattern/substring operations on ${PG_TYPE[$c]}"
  chk "$c LIKE 'ab%'"            "SELECT count(*) FROM t WHERE $c LIKE 'ab%'"
  chk "$c ILIKE 'ab%'"           "SELECT count(*) FROM t WHERE $c ILIKE 'ab%'"
  chk "lower($c) LIKE 'ab%'"     "SELECT count(*) FROM t WHERE lower($c) LIKE 'ab%'"
  chk "$c ~ '^ab'"               "SELECT count(*) FROM t WHERE $c ~ '^ab'"
  chk "$c SIMILAR TO 'ab%'"      "SELECT count(*) FROM t WHERE $c SIMILAR TO 'ab%'"
  chk "strpos($c,'b') (LOCATE/INSTR)" "SELECT count(*) FROM t WHERE strpos($c,'b') > 0"
  chk "replace($c,'b','x')"      "SELECT count(*) FROM t WHERE replace($c,'b','x') <> ''"
  chk "starts_with($c,'ab')"     "SELECT count(*) FROM t WHERE starts_with($c,'ab')"
  chk "$c = upper(txt) (vs default-collation expr; 19 = ci)" "SELECT count(*) FROM t WHERE $c = upper(txt)"
  chk "$c = l1sp (two different ICU collations)" "SELECT count(*) FROM t WHERE $c = l1sp"
  chk "$c = 'abc'::text (typed text param)" "$(pg_rows "$c" "$c = 'abc'::text")"
done
echo "  -- citext"
chk "cit LIKE 'ab%' (citext LIKE)"           "$(pg_rows cit "cit LIKE 'ab%'")"
chk "cit = 'abc' (unknown literal)"          "$(pg_rows cit "cit = 'abc'")"
chk "cit = 'abc'::text (text-typed param!)"  "$(pg_rows cit "cit = 'abc'::text")"
chk "cit = 'abc'::varchar"                   "$(pg_rows cit "cit = 'abc'::varchar")"
chk "cit IN ('ABC'::text)"                   "$(pg_rows cit "cit IN ('ABC'::text)")"
chk "CREATE UNIQUE INDEX ... USING btree (cit)" "CREATE UNIQUE INDEX t_cit_btree ON u_cit USING btree (c)"
chk "citext ordering collation"             "SELECT string_agg(v, ',' ORDER BY v) FROM (VALUES ('b'::citext),('A'),('á'),('Z')) x(v)"
chk "citext COLLATE und-x-icu ordering"     "SELECT string_agg(v, ',' ORDER BY v COLLATE \"und-x-icu\") FROM (VALUES ('b'::citext),('A'),('á'),('Z')) x(v)"

echo "  -- PRIMARY KEY / FOREIGN KEY"
for ty in "citext" "text COLLATE my2pg_as_ci" "text COLLATE my2pg_ai_ci"; do
  n=$(echo "$ty" | tr -c 'a-z0-9\n' _)
  chk "PK $ty; insert 'abc'"         "CREATE TABLE p_$n (k $ty PRIMARY KEY)"
  pgq "INSERT INTO p_$n VALUES ('abc')" >/dev/null
  chk "  insert dup PK 'ABC'"       "INSERT INTO p_$n VALUES ('ABC')"
  chk "  FK col same type"          "CREATE TABLE c_$n (k $ty REFERENCES p_$n)"
  chk "    insert child 'Abc'"      "INSERT INTO c_$n VALUES ('Abc') RETURNING k"
  chk "    insert child 'ÁBC'"      "INSERT INTO c_$n VALUES ('ÁBC') RETURNING k"
  chk "  FK col plain text"         "CREATE TABLE d_$n (k text REFERENCES p_$n)"
  chk "    insert child 'ABC'"      "INSERT INTO d_$n VALUES ('ABC') RETURNING k"
done
echo "  -- CHAR(n) (bpchar) with a nondeterministic collation"
chk "'abc '::char(5) = 'ABC' COLLATE my2pg_ai_ci" "SELECT 'abc '::char(5) = 'ABC'::char(5) COLLATE my2pg_ai_ci"
echo "  -- MariaDB FK for comparison (utf8mb4_unicode_ci)"
printf '  %-62s -> %s\n' "FK child 'ÁBC' -> parent 'abc'" "$(myq "CREATE TABLE p (k VARCHAR(20) COLLATE utf8mb4_unicode_ci PRIMARY KEY) ENGINE=InnoDB; CREATE TABLE c (k VARCHAR(20) COLLATE utf8mb4_unicode_ci, FOREIGN KEY (k) REFERENCES p(k)) ENGINE=InnoDB; INSERT INTO p VALUES ('abc'); INSERT INTO c VALUES ('ÁBC'); SELECT k FROM c")"

echo
echo "== index use for col = 'abc' (50000 rows, ANALYZEd, EXPLAIN COSTS OFF)"
pgc -d "$DB" >/dev/null <<SQL
CREATE TABLE big (id int PRIMARY KEY $coldefs_pg);
INSERT INTO big SELECT g $(for c in "${PG_COLS[@]}"; do printf ', md5(g::text)'; done) FROM generate_series(1,50000) g;
INSERT INTO big SELECT id+100000 $(for c in "${PG_COLS[@]}"; do printf ', %s' "$c"; done) FROM t;
$(for c in "${PG_COLS[@]}"; do echo "CREATE INDEX big_$c ON big ($c);"; done)
ANALYZE big;
SQL
plan() { pgc -d "$DB" -c "EXPLAIN (COSTS OFF) $1" 2>&1 | sed 's/^ *//' | paste -sd'|' -; }
for c in "${PG_COLS[@]}"; do
  printf '  %-34s %s\n' "$c = 'abc'" "$(plan "SELECT * FROM big WHERE $c = 'abc'")"
done
printf '  %-34s %s\n' "cit = 'abc'::text" "$(plan "SELECT * FROM big WHERE cit = 'abc'::text")"
printf '  %-34s %s\n' "cit LIKE 'ab%'" "$(plan "SELECT * FROM big WHERE cit LIKE 'ab%'")"
printf '  %-34s %s\n' "txt LIKE 'ab%'" "$(plan "SELECT * FROM big WHERE txt LIKE 'ab%'")"
printf '  %-34s %s\n' "l2 IN ('ABC','x')" "$(plan "SELECT * FROM big WHERE l2 IN ('ABC','x')")"
printf '  %-34s %s\n' "l2 COLLATE \"C\" LIKE 'ab%'" "$(plan "SELECT * FROM big WHERE l2 COLLATE \"C\" LIKE 'ab%'")"
