//! The two servers, over their own wire protocols (the `mysql` and `postgres` crates):
//! a fresh database on each, statements run as text, results read as text and put in
//! one canonical form per value, so that only differences a user would see remain.
//!
//! Representation-only normalisation (documented in `bench/README.md`): booleans as
//! 1/0; numbers canonical (no leading `+`, no trailing fractional zeros, `-0` as 0, an
//! exponent written out); binary strings and `bytea` as lowercase hex; BIT values as
//! integers; temporal values without trailing fractional zeros or a `+00` UTC offset;
//! MySQL's zero and partly-zero dates as `-infinity` (the default `zero_dates` policy's
//! stand-in); JSON parsed and printed with sorted keys (MariaDB keeps JSON text as
//! written, MySQL 8 and PostgreSQL's jsonb normalise it).

use mysql::prelude::Queryable;

/// A value as compared: NULL or canonical text.
pub type Cell = Option<String>;

/// One result: its rows and, for a statement without rows, the affected-row count.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Res {
    pub columns: usize,
    pub rows: Vec<Vec<Cell>>,
    pub affected: u64,
    /// Columns whose PostgreSQL type is JSON (to read the MySQL side as JSON too).
    pub json: Vec<bool>,
    /// MySQL DOUBLE/FLOAT columns shown with fixed decimals (MariaDB shows STD(),
    /// CUME_DIST() and others so; MySQL 8 in full): the decimals.
    pub decimals: Vec<Option<u8>>,
    /// MySQL DOUBLE/FLOAT columns.
    pub floats: Vec<bool>,
}

pub struct Servers {
    pub my: mysql::Conn,
    pub pg: postgres::Client,
    pub db: String,
}

/// MySQL 8's default `sql_mode` without ONLY_FULL_GROUP_BY (MariaDB cannot tell a
/// grouped-by-key column from an arbitrary one, and applications such as WordPress turn
/// it off, which is where arbitrary-value groupings come from), plus MariaDB's
/// TIME_ROUND_FRACTIONAL: MySQL 8 rounds a fraction of a second that does not fit a
/// column or a CAST's precision, MariaDB truncates it unless asked to round.
pub const SQL_MODE: &str =
    "STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION,TIME_ROUND_FRACTIONAL";

fn pg_url_with_db(url: &str, db: &str) -> String {
    // postgresql://user@host:port/dbname?opts
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path = base[scheme_end..].find('/').map(|i| i + scheme_end);
    let host = match path {
        Some(i) => &base[..i],
        None => base,
    };
    format!("{host}/{db}{query}")
}

/// MySQL 8's default collation is `utf8mb4_0900_ai_ci`: accent- and case-insensitive,
/// NO PAD (trailing spaces count). MariaDB 10.11 has no 0900 collations; its UCA 14.0
/// NO PAD accent-insensitive one is the nearest, so tables and literals without a
/// collation compare as MySQL 8's would (its `utf8mb4_unicode_ci` pads: `'a ' = 'a'`).
pub const DEFAULT_COLLATION: &str = "utf8mb4_uca1400_nopad_ai_ci";

impl Servers {
    /// Connects to both servers and makes a fresh, empty database `db` on each.
    pub fn connect(my_url: &str, pg_url: &str, db: &str) -> Result<Servers, String> {
        let opts = mysql::Opts::from_url(my_url).map_err(|e| format!("MySQL URL: {e}"))?;
        let mut my = mysql::Conn::new(opts).map_err(|e| format!("MySQL: {e}"))?;
        my.query_drop(format!(
            "DROP DATABASE IF EXISTS `{db}`; CREATE DATABASE `{db}` CHARACTER SET utf8mb4 COLLATE {DEFAULT_COLLATION}; USE `{db}`; SET NAMES utf8mb4 COLLATE {DEFAULT_COLLATION}; SET time_zone = '+00:00'; SET SESSION sql_mode = '{SQL_MODE}'"
        ))
        .map_err(|e| format!("MySQL: {e}"))?;
        let mut admin = postgres::Client::connect(pg_url, postgres::NoTls)
            .map_err(|e| format!("PostgreSQL: {}", pg_error(e)))?;
        for sql in [
            format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"),
            format!("CREATE DATABASE \"{db}\" TEMPLATE template0 ENCODING 'UTF8'"),
        ] {
            admin
                .batch_execute(&sql)
                .map_err(|e| format!("PostgreSQL: {}", pg_error(e)))?;
        }
        let mut pg = postgres::Client::connect(&pg_url_with_db(pg_url, db), postgres::NoTls)
            .map_err(|e| format!("PostgreSQL: {}", pg_error(e)))?;
        pg.batch_execute("SET TIME ZONE 'UTC'")
            .map_err(|e| format!("PostgreSQL: {}", pg_error(e)))?;
        Ok(Servers {
            my,
            pg,
            db: db.to_string(),
        })
    }

    /// Runs MySQL text; every result set.
    pub fn my_run(&mut self, sql: &str) -> Result<Vec<Res>, String> {
        let mut out = Vec::new();
        let mut result = self.my.query_iter(sql).map_err(|e| e.to_string())?;
        while let Some(set) = result.iter() {
            let cols: Vec<mysql::Column> = set.columns().as_ref().to_vec();
            let mut res = Res {
                columns: cols.len(),
                decimals: cols
                    .iter()
                    .map(|c| {
                        use mysql::consts::ColumnType as C;
                        let float =
                            matches!(c.column_type(), C::MYSQL_TYPE_DOUBLE | C::MYSQL_TYPE_FLOAT);
                        (float && c.decimals() < 31).then_some(c.decimals())
                    })
                    .collect(),
                floats: cols
                    .iter()
                    .map(|c| {
                        use mysql::consts::ColumnType as C;
                        matches!(c.column_type(), C::MYSQL_TYPE_DOUBLE | C::MYSQL_TYPE_FLOAT)
                    })
                    .collect(),
                ..Res::default()
            };
            // The count is read before the rows: once they are read, the OK packet that
            // holds it is gone.
            res.affected = set.affected_rows();
            let mut set = set;
            for row in set.by_ref() {
                let row = row.map_err(|e| e.to_string())?;
                let cells = (0..cols.len())
                    .map(|i| my_cell(row.as_ref(i), &cols[i]))
                    .collect();
                res.rows.push(cells);
            }
            out.push(res);
        }
        Ok(out)
    }

    /// Runs PostgreSQL text (one or more statements); every result, its values read by
    /// their types.
    pub fn pg_run(&mut self, sql: &str) -> Result<Vec<Res>, String> {
        // The column types come from a prepared statement (the text protocol has only
        // names); a script of several statements is read without them.
        let types: Option<Vec<String>> = self.pg.prepare(sql).ok().map(|st| {
            st.columns()
                .iter()
                .map(|c| c.type_().name().to_string())
                .collect()
        });
        self.pg_run_typed(sql, types)
    }

    /// Runs PostgreSQL text whose results are counts, not rows (no prepare: inside a
    /// transaction a failed prepare would abort it).
    pub fn pg_exec(&mut self, sql: &str) -> Result<Vec<Res>, String> {
        self.pg_run_typed(sql, None)
    }

    fn pg_run_typed(&mut self, sql: &str, types: Option<Vec<String>>) -> Result<Vec<Res>, String> {
        let msgs = self.pg.simple_query(sql).map_err(pg_error)?;
        let mut out = Vec::new();
        let mut cur: Option<Res> = None;
        for m in msgs {
            match m {
                postgres::SimpleQueryMessage::RowDescription(cols) => {
                    cur = Some(Res {
                        columns: cols.len(),
                        ..Res::default()
                    });
                }
                postgres::SimpleQueryMessage::Row(row) => {
                    let res = cur.get_or_insert_with(|| Res {
                        columns: row.len(),
                        ..Res::default()
                    });
                    let cells = (0..row.len())
                        .map(|i| {
                            let ty = types
                                .as_ref()
                                .and_then(|t| t.get(i))
                                .map(String::as_str)
                                .unwrap_or("text");
                            pg_cell(row.get(i), ty)
                        })
                        .collect();
                    res.rows.push(cells);
                }
                postgres::SimpleQueryMessage::CommandComplete(n) => {
                    let mut res = cur.take().unwrap_or_default();
                    res.affected = n;
                    if let Some(t) = &types {
                        res.json = t.iter().map(|t| t == "json" || t == "jsonb").collect();
                    }
                    out.push(res);
                }
                _ => {}
            }
        }
        Ok(out)
    }

    /// Every row of `table` on MySQL, and on PostgreSQL, in no particular order.
    pub fn table_rows(&mut self, table: &str) -> Result<(Res, Res), String> {
        let my = self
            .my_run(&format!("SELECT * FROM `{table}`"))?
            .pop()
            .unwrap_or_default();
        let pg = self
            .pg_run(&format!("SELECT * FROM \"{table}\""))?
            .pop()
            .unwrap_or_default();
        Ok((my, pg))
    }
}

fn pg_error(e: postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => e.to_string(),
    }
}

fn hex(bytes: &[u8]) -> String {
    let mut s = String::from("\\x");
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// A number's canonical text.
pub fn canon_number(s: &str) -> String {
    let t = s.trim();
    if t.contains(['e', 'E']) || t.eq_ignore_ascii_case("inf") || t.eq_ignore_ascii_case("nan") {
        if let Ok(f) = t.parse::<f64>() {
            return canon_number(&format!("{f}"));
        }
        return t.to_string();
    }
    let t = t.strip_prefix('+').unwrap_or(t);
    let (neg, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return t.to_string();
    }
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let body = if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    };
    if neg && body != "0" {
        format!("-{body}")
    } else {
        body
    }
}

/// A temporal value's canonical text.
pub fn canon_time(s: &str) -> String {
    let mut t = s.trim().to_string();
    for suffix in ["+00:00", "+00"] {
        if let Some(x) = t.strip_suffix(suffix) {
            t = x.to_string();
        }
    }
    if let Some(dot) = t.rfind('.') {
        if t[dot + 1..].bytes().all(|b| b.is_ascii_digit()) {
            let frac = t[dot + 1..].trim_end_matches('0').to_string();
            t.truncate(dot);
            if !frac.is_empty() {
                t.push('.');
                t.push_str(&frac);
            }
        }
    }
    // MySQL's zero and partly-zero dates are stored as -infinity.
    let date = t.split(' ').next().unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    if parts.len() == 3
        && parts[0].len() == 4
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        && parts.iter().any(|p| p.bytes().all(|b| b == b'0'))
    {
        return "-infinity".into();
    }
    t
}

/// JSON text with sorted keys and one spacing; the text itself when it is not JSON.
pub fn canon_json(s: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(s) {
        Ok(v) => v.to_string(),
        Err(_) => s.to_string(),
    }
}

fn my_cell(v: Option<&mysql::Value>, col: &mysql::Column) -> Cell {
    use mysql::consts::ColumnType as C;
    let bytes: Vec<u8> = match v? {
        mysql::Value::NULL => return None,
        mysql::Value::Bytes(b) => b.clone(),
        other => other.as_sql(true).into_bytes(),
    };
    let text = || String::from_utf8_lossy(&bytes).into_owned();
    Some(match col.column_type() {
        C::MYSQL_TYPE_BIT => {
            let mut n: u128 = 0;
            for b in &bytes {
                n = (n << 8) | u128::from(*b);
            }
            n.to_string()
        }
        C::MYSQL_TYPE_DECIMAL
        | C::MYSQL_TYPE_NEWDECIMAL
        | C::MYSQL_TYPE_TINY
        | C::MYSQL_TYPE_SHORT
        | C::MYSQL_TYPE_LONG
        | C::MYSQL_TYPE_INT24
        | C::MYSQL_TYPE_LONGLONG
        | C::MYSQL_TYPE_FLOAT
        | C::MYSQL_TYPE_DOUBLE
        | C::MYSQL_TYPE_YEAR => canon_number(&text()),
        C::MYSQL_TYPE_DATE
        | C::MYSQL_TYPE_NEWDATE
        | C::MYSQL_TYPE_DATETIME
        | C::MYSQL_TYPE_DATETIME2
        | C::MYSQL_TYPE_TIMESTAMP
        | C::MYSQL_TYPE_TIMESTAMP2
        | C::MYSQL_TYPE_TIME
        | C::MYSQL_TYPE_TIME2 => canon_time(&text()),
        C::MYSQL_TYPE_JSON => canon_json(&text()),
        C::MYSQL_TYPE_STRING
        | C::MYSQL_TYPE_VAR_STRING
        | C::MYSQL_TYPE_VARCHAR
        | C::MYSQL_TYPE_BLOB
        | C::MYSQL_TYPE_TINY_BLOB
        | C::MYSQL_TYPE_MEDIUM_BLOB
        | C::MYSQL_TYPE_LONG_BLOB
            if col.character_set() == 63 =>
        {
            hex(&bytes)
        }
        _ => text(),
    })
}

fn pg_cell(v: Option<&str>, ty: &str) -> Cell {
    let v = v?;
    Some(match ty {
        "bool" => match v {
            "t" => "1".into(),
            "f" => "0".into(),
            other => other.into(),
        },
        "int2" | "int4" | "int8" | "numeric" | "float4" | "float8" | "oid" => canon_number(v),
        "bytea" => v.to_ascii_lowercase(),
        "bit" | "varbit" => {
            let mut n: u128 = 0;
            for b in v.bytes() {
                n = (n << 1) | u128::from(b == b'1');
            }
            n.to_string()
        }
        "date" | "timestamp" | "timestamptz" | "time" | "timetz" | "interval" => canon_time(v),
        "json" | "jsonb" => canon_json(v),
        _ => v.into(),
    })
}

/// Shows PostgreSQL's floating-point values with the fixed decimals MariaDB showed the
/// column with (representation only: the same DOUBLE, printed shorter).
pub fn align_decimals(my: &Res, pg: &mut Res) {
    for (i, d) in my.decimals.iter().enumerate() {
        let Some(d) = d else { continue };
        for row in &mut pg.rows {
            if let Some(Some(v)) = row.get_mut(i) {
                if let Ok(f) = v.parse::<f64>() {
                    *v = canon_number(&format!("{f:.*}", usize::from(*d)));
                }
            }
        }
    }
}

/// Floating-point results compared to 12 significant digits: the engines compute
/// aggregates and functions of doubles with different algorithms (MySQL accumulates in
/// DOUBLE, PostgreSQL in numeric), so the last bits differ where the value does not.
pub fn align_floats(my: &mut Res, pg: &mut Res) {
    let round = |v: &mut String| {
        if let Ok(f) = v.parse::<f64>() {
            if f.is_finite() && f != 0.0 {
                *v = format!("{f:.11e}");
            }
        }
    };
    for (i, float) in my.floats.iter().enumerate() {
        if !*float {
            continue;
        }
        for rows in [&mut my.rows, &mut pg.rows] {
            for row in rows.iter_mut() {
                if let Some(Some(v)) = row.get_mut(i) {
                    round(v);
                }
            }
        }
    }
}

/// Reads the MySQL side of a column as JSON where the PostgreSQL side is JSON.
pub fn align_json(my: &mut Res, pg: &Res) {
    for (i, is_json) in pg.json.iter().enumerate() {
        if *is_json {
            for row in &mut my.rows {
                if let Some(Some(v)) = row.get_mut(i) {
                    *v = canon_json(v);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_times_are_canonical() {
        assert_eq!(canon_number("1.50"), "1.5");
        assert_eq!(canon_number("-0.00"), "0");
        assert_eq!(canon_number("1e20"), "100000000000000000000");
        assert_eq!(canon_number("007"), "7");
        assert_eq!(canon_number("abc"), "abc");
        assert_eq!(
            canon_time("2020-01-01 00:00:00.120"),
            "2020-01-01 00:00:00.12"
        );
        assert_eq!(canon_time("2020-01-01 00:00:00+00"), "2020-01-01 00:00:00");
        assert_eq!(canon_time("0000-00-00"), "-infinity");
        assert_eq!(canon_time("2020-00-15 00:00:00"), "-infinity");
        assert_eq!(
            canon_json("{\"b\":1,  \"a\": [1,2]}"),
            "{\"a\":[1,2],\"b\":1}"
        );
    }
}
