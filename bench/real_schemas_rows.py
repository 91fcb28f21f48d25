#!/usr/bin/env python3
"""Helper of bench/real_schemas.sh: edge-value rows in MariaDB, row counts on both sides.

  real_schemas_rows.py populate DB LOG   add edge rows to every base table of DB, log
                                         every rejected INSERT to LOG, print
                                         `table<TAB>rows` for every base table
  real_schemas_rows.py mcounts DB        print `table<TAB>rows` (MariaDB), no inserts
  real_schemas_rows.py pgcounts DB       print `schema.table<TAB>rows` for every table of
                                         the PostgreSQL database DB outside the catalogs

Only the `mariadb` and `psql` command-line clients are used (no driver).  Connection
options: $MARIADB_OPTS (default `-h127.0.0.1 -uroot`), $PSQL_OPTS (default
`-h127.0.0.1 -Upostgres`).

Rows per table, each built from information_schema.COLUMNS (generated columns are left
to MariaDB):
  v0 minimum values: signed minima, 0, '', '0000-00-00', the first enum label, ''-set
  v1 maximum values: 18446744073709551615 and friends, decimal 99…9.99, float maxima,
     strings filled to their length (capped at 1000 characters) with ü, '9999-12-31'
  v2 NULL in every nullable column (others get ordinary values)
  v3 '2024-00-00' partly-zero dates, 'abc  ' (trailing spaces), -1 / 3
  v4 'MiXeD', '1000-01-01', 1
  v5 'Grüße 😀' (the emoji only in 4-byte character sets), valid JSON, 42
  v6 only for tables with an AUTO_INCREMENT column: that column at its type's maximum
     (inserted last, since MariaDB generates no id after it)
AUTO_INCREMENT columns are left to MariaDB in v0-v5.  A foreign-key column takes a value
present in the parent table (parents are filled first), or NULL when nullable and the
parent is empty.  All INSERTs run with sql_mode='' so that zero dates are stored.  A row
MariaDB rejects (unique key, foreign key, CHECK, row size) is retried once as a simpler
row (NULL where nullable, small distinct values); when that fails too it is skipped.
Deterministic: tables, columns and parent values are taken in a fixed order.
"""
import json
import os
import re
import shlex
import subprocess
import sys
from decimal import Decimal

MARIADB = ["mariadb"] + shlex.split(os.environ.get("MARIADB_OPTS", "-h127.0.0.1 -uroot"))
PSQL = ["psql"] + shlex.split(os.environ.get("PSQL_OPTS", "-h127.0.0.1 -Upostgres"))

INT_RANGES = {
    "tinyint": (-128, 127, 255),
    "smallint": (-32768, 32767, 65535),
    "mediumint": (-8388608, 8388607, 16777215),
    "int": (-2147483648, 2147483647, 4294967295),
    "bigint": (-9223372036854775808, 9223372036854775807, 18446744073709551615),
}
TEXT_TYPES = {"char", "varchar", "tinytext", "text", "mediumtext", "longtext"}
BIN_TYPES = {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"}
GEOM_WKT = {
    "point": "POINT({a} {b})",
    "geometry": "POINT({a} {b})",
    "linestring": "LINESTRING({a} {b}, {b} {a})",
    "polygon": "POLYGON(({a} {a}, {b} {a}, {b} {b}, {a} {a}))",
    "multipoint": "MULTIPOINT({a} {b}, {b} {a})",
    "multilinestring": "MULTILINESTRING(({a} {b}, {b} {a}))",
    "multipolygon": "MULTIPOLYGON((({a} {a}, {b} {a}, {b} {b}, {a} {a})))",
    "geometrycollection": "GEOMETRYCOLLECTION(POINT({a} {b}))",
}
BYTES_PER_CHAR = {"utf8mb4": 4, "utf8mb3": 3, "utf8": 3, "utf16": 4, "utf16le": 4, "utf32": 4, "ucs2": 2}
UNICODE_SETS = set(BYTES_PER_CHAR)


def mariadb(db, sql, force=False):
    """Run SQL through the client; returns (stdout lines, stderr text)."""
    args = MARIADB + ["--default-character-set=utf8mb4", "-N", "-B", "-r"]
    if force:
        args.append("--force")
    if db:
        args.append(db)
    p = subprocess.run(args, input=sql.encode("utf-8"), capture_output=True)
    out = p.stdout.decode("utf-8", "replace").splitlines()
    return out, p.stderr.decode("utf-8", "replace")


def q(s):
    """A MariaDB string literal (backslash escapes are on: sql_mode has no NO_BACKSLASH_ESCAPES)."""
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'"


def ident(name):
    return "`" + name.replace("`", "``") + "`"


def parse_labels(column_type):
    """Labels of enum('a','b''c') / set(...)."""
    body = column_type[column_type.index("(") + 1: column_type.rindex(")")]
    return [m.replace("''", "'").replace("\\\\", "\\") for m in re.findall(r"'((?:[^']|'')*)'", body)]


class Column:
    def __init__(self, d, json_cols):
        self.name = d["c"]
        self.dt = d["dt"].lower()
        self.ct = d["ct"].lower()
        self.nullable = d["n"] == "YES"
        self.maxlen = d["ml"]
        self.octets = d["ol"]
        self.prec = d["np"]
        self.scale = d["ns"]
        self.fsp = d["dp"] or 0
        self.charset = (d["cs"] or "").lower()
        extra = (d["x"] or "").lower()
        self.auto = "auto_increment" in extra
        self.generated = "generated" in extra
        self.unsigned = "unsigned" in self.ct or "zerofill" in self.ct
        self.json = self.dt == "json" or self.name in json_cols
        self.labels = parse_labels(d["ct"]) if self.dt in ("enum", "set") else []

    # ---- value makers: each returns an SQL literal ----
    def int_range(self):
        lo, hi, uhi = INT_RANGES[self.dt]
        return (0, uhi) if self.unsigned else (lo, hi)

    def max_value_literal(self):
        """For the v6 row (AUTO_INCREMENT at its maximum)."""
        if self.dt in INT_RANGES:
            return str(self.int_range()[1])
        return self.value(1)

    def text(self, s):
        """s cut to the column's length (characters, or bytes for TEXT types) and character set."""
        if self.charset in ("utf8mb3", "utf8", "ucs2", "latin1"):
            s = s.replace(" 😀", "").replace("😀", "")
        elif self.charset not in UNICODE_SETS:
            s = s.encode("ascii", "ignore").decode()
        if self.dt in ("char", "varchar"):
            return s[: self.maxlen]
        limit = self.octets or 255
        out, used = "", 0
        for ch in s:
            b = len(ch.encode("utf-8"))
            if used + b > limit:
                break
            out, used = out + ch, used + b
        return out

    def fill(self):
        n = self.maxlen if self.dt in ("char", "varchar") else (self.octets or 255) // 2
        ch = "ü" if (self.charset in UNICODE_SETS or self.charset == "latin1") else "z"
        return self.text(ch * min(n, 1000))

    def decimal_bounds(self):
        p, s = self.prec or 10, self.scale or 0
        mx = Decimal("9" * (p - s) + ("." + "9" * s if s else "") if p > s else "0." + "9" * s)
        return (Decimal(0) if self.unsigned else -mx), mx

    def decimal(self, x):
        lo, hi = self.decimal_bounds()
        x = min(max(Decimal(x), lo), hi)
        s = self.scale or 0
        return str(x.quantize(Decimal(1).scaleb(-s))) if s else str(int(x))

    def float_literal(self, v):
        if self.scale is not None and self.prec:
            mx = Decimal(10) ** (self.prec - self.scale) - Decimal(10) ** (-self.scale)
            big = str(mx)
        else:
            big = "3.40282e38" if self.dt == "float" else "1.7976931348623157e308"
        if v == 0:
            return "0" if self.unsigned else "-" + big
        if v == 1:
            return big
        return {2: "0.5", 3: "0", 4: "1.5" if self.unsigned else "-1.5", 5: "3.14159", 6: "2"}[v]

    def frac(self, digits):
        return ("." + digits[: self.fsp]) if self.fsp else ""

    def value(self, v):
        """Literal for variant v (0..6); v2's NULL is decided by the caller."""
        dt = self.dt
        if self.json:
            emoji = self.charset in ("utf8mb4", "utf16", "utf32", "binary")
            big = '{"a": [1, 2.5, "Grüße%s", null, true], "b": {"c": "MiXeD", "d": ""}}' % (" 😀" if emoji else "")
            return q(self.text(["{}", big, "null", "[]", '"MiXeD"', "12345678901234567890", "true"][v]))
        if dt in INT_RANGES:
            lo, hi = self.int_range()
            if dt == "tinyint" and self.ct.startswith("tinyint(1)"):
                return str([0, 1, 0, 0, 1, 1, 0][v])
            return str([lo, hi, 7, 3 if self.unsigned else -1, 1, 42, 2][v])
        if dt == "decimal" or dt == "numeric":
            lo, hi = self.decimal_bounds()
            return self.decimal([lo, hi, "1.5", "0.01" if self.unsigned else "-0.5", 1, 42, 2][v])
        if dt in ("float", "double", "real"):
            return self.float_literal(v)
        if dt == "bit":
            n = self.prec or 1
            mx = (1 << n) - 1
            return str([0, mx, 1, min(2, mx), min(5, mx), min(42, mx), 0][v])
        if dt in TEXT_TYPES:
            vals = ["", None, "plain", "abc  ", "MiXeD", "Grüße 😀", "ß"]
            return q(self.fill() if v == 1 else self.text(vals[v]))
        if dt in BIN_TYPES:
            n = self.maxlen or 255
            vals = ["", "FF" * min(n, 64), "AA", "000102", "4D6958654421", "F09F9880", "01"]
            h = vals[v][: 2 * n]
            return "X'%s'" % h if h else "''"
        if dt == "enum":
            L = self.labels
            return q(L[[0, -1, 1 % len(L), 2 % len(L), 3 % len(L), 4 % len(L), 0][v]])
        if dt == "set":
            L = self.labels
            vals = ["", ",".join(L), L[0], L[1 % len(L)], ",".join(sorted({L[0], L[-1]}, key=L.index)), L[-1], ""]
            return q(vals[v])
        if dt == "date":
            return q(["0000-00-00", "9999-12-31", "2024-02-29", "2024-00-00", "1000-01-01", "2024-06-15", "2000-01-01"][v])
        if dt == "datetime":
            return q(["0000-00-00 00:00:00", "9999-12-31 23:59:59" + self.frac("999999"),
                      "2024-02-29 12:34:56", "2024-00-00 00:00:00", "1000-01-01 00:00:00",
                      "2024-06-15 08:09:10" + self.frac("500000"), "2000-01-01 00:00:00"][v])
        if dt == "timestamp":
            return q(["0000-00-00 00:00:00", "2038-01-18 23:59:59" + self.frac("999999"),
                      "2024-02-29 12:34:56", "1970-01-02 00:00:00", "2000-01-01 00:00:00",
                      "2024-06-15 08:09:10" + self.frac("500000"), "2001-01-01 00:00:00"][v])
        if dt == "time":
            return q(["00:00:00", "23:59:59" + self.frac("999999"), "12:34:56", "00:00:01",
                      "01:00:00", "08:09:10" + self.frac("500000"), "00:00:02"][v])
        if dt == "year":
            return str([0, 2155, 2024, 1901, 2000, 1999, 2001][v])
        if dt in GEOM_WKT:
            a, b = [(0, 0), (-179, 89), (1, 2), (3, 4), (5, 6), (7, 8), (9, 10)][v]
            if a == b:
                b = a + 1
            return "ST_GeomFromText(%s)" % q(GEOM_WKT[dt].format(a=a, b=b))
        if dt in ("inet4",):
            return q(["0.0.0.0", "255.255.255.255", "127.0.0.1", "10.0.0.3", "10.0.0.4", "192.168.1.5", "10.0.0.6"][v])
        if dt in ("inet6",):
            return q(["::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "::1", "::3", "::4", "fe80::5", "::6"][v])
        if dt == "uuid":
            return q("%08x-0000-0000-0000-000000000000" % v)
        return q(self.text(["", "x", "plain", "abc  ", "MiXeD", "Grüße 😀", "ß"][v]))

    def simple(self, k):
        """The simpler row's value (k distinguishes retries)."""
        dt = self.dt
        if self.nullable:
            return "NULL"
        if self.json:
            return q("[%d]" % k)
        if dt in INT_RANGES:
            lo, hi = self.int_range()
            return str(min(hi, 100 + k))
        if dt in ("decimal", "numeric"):
            return self.decimal(k)
        if dt in ("float", "double", "real", "bit"):
            return str(min(k, 1) if dt == "bit" and (self.prec or 1) == 1 else k)
        if dt in TEXT_TYPES:
            s = "r%d" % k
            return q(s[-(self.maxlen or 8):] if dt in ("char", "varchar") else s)
        if dt in BIN_TYPES:
            return "X'%02X'" % (k % 256)
        if dt == "enum":
            return q(self.labels[k % len(self.labels)])
        if dt == "set":
            return q("")
        if dt == "date":
            return q("2020-01-%02d" % (1 + k % 28))
        if dt in ("datetime", "timestamp"):
            return q("2020-01-%02d 00:00:00" % (1 + k % 28))
        if dt == "time":
            return q("00:00:%02d" % (k % 60))
        if dt == "year":
            return str(2000 + k % 100)
        return self.value(k % 7)


def load_schema(db):
    qdb = q(db)
    out, err = mariadb(None, (
        "SELECT JSON_OBJECT('t', c.TABLE_NAME, 'c', c.COLUMN_NAME, 'dt', c.DATA_TYPE, 'ct', c.COLUMN_TYPE,"
        " 'n', c.IS_NULLABLE, 'ml', c.CHARACTER_MAXIMUM_LENGTH, 'ol', c.CHARACTER_OCTET_LENGTH,"
        " 'np', c.NUMERIC_PRECISION, 'ns', c.NUMERIC_SCALE, 'dp', c.DATETIME_PRECISION,"
        " 'cs', c.CHARACTER_SET_NAME, 'x', c.EXTRA)"
        " FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
        " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
        " WHERE c.TABLE_SCHEMA = %s AND t.TABLE_TYPE = 'BASE TABLE'"
        " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION;\n"
        "SELECT JSON_OBJECT('t', TABLE_NAME, 'k', CONSTRAINT_NAME, 'c', COLUMN_NAME,"
        " 'rt', REFERENCED_TABLE_NAME, 'rc', REFERENCED_COLUMN_NAME, 'rs', REFERENCED_TABLE_SCHEMA)"
        " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = %s"
        " AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION;\n"
        "SELECT JSON_OBJECT('t', TABLE_NAME, 'x', CHECK_CLAUSE) FROM information_schema.CHECK_CONSTRAINTS"
        " WHERE CONSTRAINT_SCHEMA = %s ORDER BY TABLE_NAME, CONSTRAINT_NAME;\n"
        "SELECT JSON_OBJECT('t', TABLE_NAME) FROM information_schema.TABLES"
        " WHERE TABLE_SCHEMA = %s AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME;\n"
    ) % (qdb, qdb, qdb, qdb))
    if err.strip():
        sys.stderr.write(err)
    rows = [json.loads(line) for line in out if line.startswith("{")]
    cols, fks, checks, tables = {}, {}, {}, []
    for r in rows:
        if "dt" in r:
            cols.setdefault(r["t"], []).append(r)
        elif "rt" in r:
            if r["rs"] == db:
                fks.setdefault(r["t"], {}).setdefault(r["k"], []).append((r["c"], r["rt"], r["rc"]))
        elif "x" in r:
            checks.setdefault(r["t"], []).append(r["x"])
        else:
            tables.append(r["t"])
    return tables, cols, fks, checks


def order_tables(tables, fks):
    """Parents before children (Kahn, in name order; cycles broken by name)."""
    deps = {t: {rt for k in fks.get(t, {}).values() for (_, rt, _) in k if rt != t and rt in tables} for t in tables}
    done, order = set(), []
    while len(order) < len(tables):
        ready = [t for t in tables if t not in done and deps[t] <= done]
        if not ready:
            ready = [min(t for t in tables if t not in done)]
        for t in ready:
            done.add(t)
            order.append(t)
    return order


ERR_RE = re.compile(r"^ERROR (\d+) \((\w+)\) at line (\d+)(?: in file: .*?)?: (.*)$")


def run_inserts(db, stmts):
    """Run INSERTs (one a line) with --force; returns {index: error text} of the rejected ones."""
    if not stmts:
        return {}
    sql = "SET SESSION sql_mode='', NAMES utf8mb4;\n" + "\n".join(stmts) + "\n"
    _, err = mariadb(db, sql, force=True)
    failed = {}
    for line in err.splitlines():
        m = ERR_RE.match(line)
        if m:
            failed[int(m.group(3)) - 2] = "ERROR %s (%s): %s" % (m.group(1), m.group(2), m.group(4))
    return failed


def parent_values(db, fk):
    """Up to 7 distinct tuples of the parent's referenced columns, in order."""
    rt = fk[0][1]
    rcs = [ident(rc) for (_, _, rc) in fk]
    sql = "SELECT JSON_ARRAY(%s) FROM (SELECT DISTINCT %s FROM %s WHERE %s ORDER BY %s LIMIT 7) AS p;\n" % (
        ", ".join(rcs), ", ".join(rcs), ident(rt), " AND ".join(c + " IS NOT NULL" for c in rcs), ", ".join(rcs))
    out, _ = mariadb(db, sql)
    return [json.loads(line) for line in out if line.startswith("[")]


def lit(x):
    if x is None:
        return "NULL"
    if isinstance(x, (int, float)):
        return repr(x)
    return q(str(x))


def populate(db, log):
    tables, cols, fks, checks = load_schema(db)
    logf = open(log, "w", encoding="utf-8")
    for t in order_tables(tables, fks):
        json_cols = set()
        for x in checks.get(t, []):
            json_cols.update(re.findall(r"json_valid\(`((?:[^`]|``)+)`\)", x, re.I))
        columns = [Column(d, json_cols) for d in cols.get(t, [])]
        columns = [c for c in columns if not c.generated]
        byname = {c.name: c for c in columns}
        # foreign-key columns: values taken from the parent
        fkvals = {}
        for k, fk in sorted(fks.get(t, {}).items()):
            if any(c in fkvals for (c, _, _) in fk):
                continue
            vals = parent_values(db, fk) if fk[0][1] != t else []
            for i, (c, _, _) in enumerate(fk):
                fkvals[c] = [v[i] for v in vals]

        def row(v, simple_k=None, auto_max=False):
            names, values = [], []
            for c in columns:
                if c.auto and not auto_max:
                    continue
                if c.auto and auto_max:
                    val = c.max_value_literal()
                elif c.name in fkvals:
                    pv = fkvals[c.name]
                    if (v == 2 or simple_k is not None or not pv) and c.nullable:
                        val = "NULL"
                    elif pv:
                        val = lit(pv[(v if simple_k is None else simple_k) % len(pv)])
                    else:
                        val = c.value(v) if simple_k is None else c.simple(simple_k)
                elif simple_k is not None:
                    val = c.simple(simple_k)
                elif v == 2 and c.nullable:
                    val = "NULL"
                else:
                    val = c.value(v)
                names.append(ident(c.name))
                values.append(val)
            return "INSERT INTO %s (%s) VALUES (%s);" % (ident(t), ", ".join(names), ", ".join(values))

        variants = [row(v) for v in range(6)]
        failed = run_inserts(db, variants)
        for i, e in sorted(failed.items()):
            logf.write("%s\tv%d\t%s\n" % (t, i, e))
        retry = [row(i, simple_k=i) for i in sorted(failed)]
        refailed = run_inserts(db, retry)
        for j, e in sorted(refailed.items()):
            logf.write("%s\tsimple%d\t%s\n" % (t, sorted(failed)[j], e))
        if any(c.auto for c in columns):
            last = run_inserts(db, [row(6, auto_max=True)])
            for _, e in last.items():
                logf.write("%s\tv6\t%s\n" % (t, e))
    logf.close()
    mcounts(db)


def mcounts(db):
    tables, _, _, _ = load_schema(db)
    if not tables:
        return
    out, err = mariadb(db, "\nUNION ALL ".join(
        "SELECT %s, COUNT(*) FROM %s" % (q(t), ident(t)) for t in tables) + ";\n")
    if err.strip():
        sys.stderr.write(err)
    for line in out:
        print(line)


def pgcounts(db):
    args = PSQL + ["-X", "-q", "-At", "-F", "\t", "-d", db]
    p = subprocess.run(args + ["-c",
        "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition"
        " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"
        " ORDER BY 1, 2"], capture_output=True, text=True)
    rels = [line.split("\t") for line in p.stdout.splitlines() if "\t" in line]
    if not rels:
        return
    def pq(s):
        return '"' + s.replace('"', '""') + '"'
    sql = "\nUNION ALL ".join("SELECT %s, count(*) FROM %s.%s" % (
        "'" + (s + "." + r).replace("'", "''") + "'", pq(s), pq(r)) for s, r in rels)
    p = subprocess.run(args, input=sql + ";\n", capture_output=True, text=True)
    sys.stderr.write(p.stderr)
    sys.stdout.write(p.stdout)


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "populate":
        populate(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 3 and sys.argv[1] == "mcounts":
        mcounts(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "pgcounts":
        pgcounts(sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
