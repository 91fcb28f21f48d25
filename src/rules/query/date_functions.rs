//! # Q018 date-functions
//!
//! ## What it does
//! Translates MySQL's date and time functions that PostgreSQL lacks or names otherwise:
//! `STR_TO_DATE`, `TIMESTAMPDIFF`, `TIMESTAMPADD`, `FROM_UNIXTIME`, `UNIX_TIMESTAMP(d)`,
//! `DATE`, `TIME`, `CURTIME`, `UTC_TIMESTAMP`, `UTC_DATE`, `DAYOFWEEK`, `WEEKDAY`,
//! `DAYOFYEAR`, `DAYNAME`, `MONTHNAME`, `LAST_DAY`, `WEEK` (modes 0 and 3), `WEEKOFYEAR`,
//! and `EXTRACT` with a compound unit (`YEAR_MONTH`, `DAY_HOUR` … `MINUTE_SECOND`).
//!
//! ## MySQL
//! `TIMESTAMPDIFF(unit, a, b)` counts whole units from a to b, truncated toward zero;
//! months count only when the day and time of b reach those of a.
//! `DAYOFWEEK` is 1 (Sunday) to 7, `WEEKDAY` 0 (Monday) to 6. `WEEK(d)` uses the
//! `default_week_format` (0: weeks start on Sunday, days before the first Sunday are
//! week 0); mode 3 is ISO 8601. `FROM_UNIXTIME` and `UNIX_TIMESTAMP` use the session
//! time zone. `STR_TO_DATE` returns a DATE, a DATETIME or a TIME depending on the
//! format's specifiers, and NULL when the string does not match.
//!
//! ## PostgreSQL
//! `EXTRACT(EPOCH FROM b - a)` divided and truncated, or `age(b, a)` in months;
//! `t + n * INTERVAL '1 unit'` (a DATE stays a DATE for units of a day or more);
//! `to_timestamp(n)` read in the session time zone; `EXTRACT(DOW|ISODOW|DOY|WEEK)`;
//! `to_char(d, 'FMDay')`; `to_date`/`to_timestamp` with the pattern of Q016.
//!
//! ## Caveats
//! `STR_TO_DATE` raises an error on a string that does not match where MySQL returns
//! NULL: warning. `WEEK` with modes other than 0 and 3, and `YEARWEEK`, are not
//! translated (error). Names (`DAYNAME`) are English under PostgreSQL's default
//! `lc_time`, as MySQL's are under its default `lc_time_names`. `EXTRACT` with a
//! `…_MICROSECOND` unit is not translated (error). `UNIX_TIMESTAMP` of a moment outside
//! MySQL 8's range (1970-01-01 00:00:01 to 3001-01-18 UTC) is 0, as in MySQL 8; MariaDB
//! gives NULL, and already past 2038: a literal outside 1970–2037 gets a warning.
//! `LAST_DAY` and `TIMESTAMPADD` of a date column's zero date (stored as '-infinity')
//! are NULL, as in MySQL.

use super::division::kind;
use super::text_functions::{int_literal, Rewrite};
use crate::catalog::{ColumnSets, NumKind};
use sqlparser::ast::{Expr, Value};

crate::rule!(
    "Q018",
    "date-functions",
    Info,
    "date and time functions get PostgreSQL forms with MySQL's results"
);

/// A date argument: a string literal is read as a timestamp, as MySQL reads it.
fn moment(e: &Expr) -> String {
    match e {
        Expr::Value(v) if matches!(v.value, Value::SingleQuotedString(_)) => {
            format!("CAST({e} AS timestamp)")
        }
        _ => e.to_string(),
    }
}

/// The unit written as the first argument (`DAY`, `month`).
fn unit(e: &Expr) -> Option<String> {
    match e {
        Expr::Identifier(i) => Some(i.value.to_ascii_lowercase()),
        _ => None,
    }
}

fn is_date(e: &Expr, sets: &ColumnSets) -> bool {
    kind(e, sets) == NumKind::Date
        || crate::rules::query::translate::typing::type_of(e, sets)
            == crate::rules::query::translate::typing::Ty::Date
        || matches!(e, Expr::Value(v) if matches!(&v.value, Value::SingleQuotedString(s) if s.trim().len() <= 10))
}

/// The specifiers of a STR_TO_DATE format that read a time.
fn has_time(format: &str) -> (bool, bool) {
    let (mut date, mut time) = (false, false);
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            match chars.next() {
                Some('H' | 'k' | 'h' | 'I' | 'l' | 'i' | 's' | 'S' | 'f' | 'p' | 'T' | 'r') => {
                    time = true
                }
                Some('%') | None => {}
                Some(_) => date = true,
            }
        }
    }
    (date, time)
}

/// The to_char pattern of a literal MySQL format; Err(what the format is instead).
fn literal_pattern(f: &Expr) -> Result<String, String> {
    match f {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) => super::date_format::pattern(s),
            _ => Err("a format that is not a string".into()),
        },
        _ => Err("a format that is not a literal".into()),
    }
}

/// The PostgreSQL form of MySQL function `name` over translated `args`.
pub fn translate(name: &str, args: &[Expr], sets: &ColumnSets) -> Rewrite {
    let warn = |t: String, m: &str| Some(Ok((t, Some(m.to_string()))));
    let text = match (name, args) {
        ("my2pg_extract", [u, x]) => {
            // EXTRACT(YEAR_MONTH FROM x): the fields written side by side, two digits each
            // after the first (201907, or DDHHMMSS for DAY_SECOND).
            let unit = match u {
                Expr::Value(v) => match &v.value {
                    Value::SingleQuotedString(s) => s.to_ascii_uppercase(),
                    _ => String::new(),
                },
                _ => String::new(),
            };
            let fields: &[&str] = match unit.as_str() {
                "YEAR_MONTH" => &["YEAR", "MONTH"],
                "DAY_HOUR" => &["DAY", "HOUR"],
                "DAY_MINUTE" => &["DAY", "HOUR", "MINUTE"],
                "DAY_SECOND" => &["DAY", "HOUR", "MINUTE", "SECOND"],
                "HOUR_MINUTE" => &["HOUR", "MINUTE"],
                "HOUR_SECOND" => &["HOUR", "MINUTE", "SECOND"],
                "MINUTE_SECOND" => &["MINUTE", "SECOND"],
                _ => {
                    return Some(Err(format!(
                        "EXTRACT({unit} FROM …) has no translation yet"
                    )))
                }
            };
            let x = moment(x);
            let n = fields.len();
            let terms: Vec<String> = fields
                .iter()
                .enumerate()
                .map(|(k, f)| {
                    // PostgreSQL's SECOND has the fraction; MySQL's compound units do not.
                    let v = if *f == "SECOND" {
                        format!("floor(EXTRACT(SECOND FROM {x}))")
                    } else {
                        format!("EXTRACT({f} FROM {x})")
                    };
                    match n - 1 - k {
                        0 => v,
                        p => format!("{v} * {}", 10_i64.pow(2 * p as u32)),
                    }
                })
                .collect();
            format!("CAST({} AS bigint)", terms.join(" + "))
        }
        ("str_to_date", [s, f]) => {
            let Expr::Value(v) = f else {
                return Some(Err(
                    "STR_TO_DATE with a format that is not a literal has no translation yet".into(),
                ));
            };
            let Value::SingleQuotedString(fmt) = &v.value else {
                return Some(Err(
                    "STR_TO_DATE with a format that is not a string has no translation yet".into(),
                ));
            };
            let p = match super::date_format::pattern(fmt) {
                Ok(p) => crate::ident::literal(&p),
                Err(s) => {
                    return Some(Err(format!(
                        "STR_TO_DATE specifier {s} has no translation yet"
                    )))
                }
            };
            let text = match has_time(fmt) {
                (true, false) => format!("to_date({s}, {p})"),
                (false, true) => format!("CAST(to_timestamp({s}, {p}) AS time)"),
                _ => format!("CAST(to_timestamp({s}, {p}) AS timestamp)"),
            };
            return warn(text, "STR_TO_DATE becomes to_date/to_timestamp: a string that does not match the format raises an error in PostgreSQL where MySQL returns NULL");
        }
        ("timestampdiff", [u, a, b]) => {
            let (a, b) = (
                format!("CAST({a} AS timestamp)"),
                format!("CAST({b} AS timestamp)"),
            );
            let seconds =
                |per: &str| format!("CAST(trunc(EXTRACT(EPOCH FROM ({b} - {a})){per}) AS bigint)");
            let months = |per: u32| {
                let m = format!(
                    "(EXTRACT(YEAR FROM age({b}, {a})) * 12 + EXTRACT(MONTH FROM age({b}, {a})))"
                );
                if per == 1 {
                    format!("CAST({m} AS bigint)")
                } else {
                    format!("CAST(trunc({m} / {per}) AS bigint)")
                }
            };
            match unit(u).as_deref() {
                Some("microsecond") => seconds(" * 1000000"),
                Some("second") => seconds(""),
                Some("minute") => seconds(" / 60"),
                Some("hour") => seconds(" / 3600"),
                Some("day") => seconds(" / 86400"),
                Some("week") => seconds(" / 604800"),
                Some("month") => months(1),
                Some("quarter") => months(3),
                Some("year") => months(12),
                _ => {
                    return Some(Err(format!(
                        "TIMESTAMPDIFF with unit `{u}` has no translation yet"
                    )))
                }
            }
        }
        ("timestampadd", [u, n, d]) => {
            let (pg_unit, times, whole_days) = match unit(u).as_deref() {
                Some("microsecond") => ("microsecond", 1, false),
                Some("second") => ("second", 1, false),
                Some("minute") => ("minute", 1, false),
                Some("hour") => ("hour", 1, false),
                Some("day") => ("day", 1, true),
                Some("week") => ("day", 7, true),
                Some("month") => ("month", 1, true),
                Some("quarter") => ("month", 3, true),
                Some("year") => ("year", 1, true),
                _ => {
                    return Some(Err(format!(
                        "TIMESTAMPADD with unit `{u}` has no translation yet"
                    )))
                }
            };
            let step = if times == 1 {
                format!("({n}) * INTERVAL '1 {pg_unit}'")
            } else {
                format!("({n}) * INTERVAL '{times} {pg_unit}'")
            };
            let sum = format!("{} + {step}", moment(d));
            if whole_days && is_date(d, sets) {
                format!("CAST({sum} AS date)")
            } else {
                format!("({sum})")
            }
        }
        // A negative time stamp is NULL in MySQL.
        ("from_unixtime", [n]) => {
            format!("CASE WHEN {n} < 0 THEN NULL ELSE CAST(to_timestamp({n}) AS timestamp(0)) END")
        }
        ("from_unixtime", [n, f]) => {
            match literal_pattern(f) {
                Ok(p) => format!("to_char(to_timestamp({n}), {})", crate::ident::literal(&p)),
                Err(s) => {
                    return Some(Err(format!(
                        "FROM_UNIXTIME with {s} has no translation yet"
                    )))
                }
            }
        }
        ("unix_timestamp", [d]) => {
            let e = format!(
                "CAST(trunc(EXTRACT(EPOCH FROM CAST({} AS timestamptz))) AS bigint)",
                moment(d)
            );
            // MySQL 8's range: 1970-01-01 00:00:01 to 3001-01-18 23:59:59 UTC, else 0.
            let text = format!("CASE WHEN {e} < 1 OR {e} > 32536850399 THEN 0 ELSE {e} END");
            let year = match d {
                Expr::Value(v) => match &v.value {
                    Value::SingleQuotedString(t) => t.get(..4).and_then(|y| y.parse::<u32>().ok()),
                    _ => None,
                },
                _ => None,
            };
            if year.is_some_and(|y| !(1970..=2037).contains(&y)) {
                return warn(text, "UNIX_TIMESTAMP of a moment outside 1970–2037: MySQL 8 gives 0 before 1970-01-01 00:00:01 and after 3001 (as here), MariaDB NULL past 2038");
            }
            text
        }
        ("adddate" | "subdate", [d, n]) => {
            let op = if name == "adddate" { "+" } else { "-" };
            let sum = format!("{} {op} ({n}) * INTERVAL '1 day'", moment(d));
            if is_date(d, sets) {
                format!("CAST({sum} AS date)")
            } else {
                format!("({sum})")
            }
        }
        ("makedate", [y, n]) => format!(
            "(SELECT CASE WHEN n > 0 THEN CAST(make_date(CAST({y} AS integer), 1, 1) + (n - 1) AS date) END FROM (SELECT CAST({n} AS integer) AS n) AS makedate)"
        ),
        ("time_format", [t, f]) => {
            match literal_pattern(f) {
                Ok(p) => format!(
                    "to_char(CAST('2000-01-01' AS date) + CAST({t} AS time), {})",
                    crate::ident::literal(&p)
                ),
                Err(s) => return Some(Err(format!("TIME_FORMAT with {s} has no translation yet"))),
            }
        }
        ("date", [d]) => format!("CAST({d} AS date)"),
        // MySQL keeps the argument's fractional seconds (TIME of a DATETIME(3) has 3 digits).
        ("time", [d]) => format!("CAST({d} AS time)"),
        ("curtime" | "current_time", []) => "LOCALTIME(0)".to_string(),
        ("utc_timestamp", []) => {
            "CAST(statement_timestamp() AT TIME ZONE 'UTC' AS timestamp(0))".to_string()
        }
        ("utc_date", []) => "CAST(statement_timestamp() AT TIME ZONE 'UTC' AS date)".to_string(),
        ("dayofweek", [d]) => format!("(CAST(EXTRACT(DOW FROM {}) AS integer) + 1)", moment(d)),
        ("weekday", [d]) => format!("(CAST(EXTRACT(ISODOW FROM {}) AS integer) - 1)", moment(d)),
        ("dayofyear", [d]) => format!("CAST(EXTRACT(DOY FROM {}) AS integer)", moment(d)),
        ("dayname", [d]) => format!("to_char({}, 'FMDay')", moment(d)),
        ("monthname", [d]) => format!("to_char({}, 'FMMonth')", moment(d)),
        ("last_day", [d]) => format!(
            "CAST(date_trunc('month', {}) + INTERVAL '1 month' - INTERVAL '1 day' AS date)",
            moment(d)
        ),
        ("weekofyear", [d]) => format!("CAST(EXTRACT(WEEK FROM {}) AS integer)", moment(d)),
        ("week", [d, rest @ ..]) if rest.len() <= 1 => {
            let d = moment(d);
            match rest.first().map(int_literal) {
                None => return warn(
                    format!("CAST(floor((EXTRACT(DOY FROM {d}) + 6 - EXTRACT(DOW FROM {d})) / 7) AS integer)"),
                    "WEEK(d) is translated with MySQL's default default_week_format (0: weeks start on Sunday)",
                ),
                Some(Some(0)) => format!("CAST(floor((EXTRACT(DOY FROM {d}) + 6 - EXTRACT(DOW FROM {d})) / 7) AS integer)"),
                Some(Some(3)) => format!("CAST(EXTRACT(WEEK FROM {d}) AS integer)"),
                Some(_) => return Some(Err("WEEK with a mode other than 0 or 3 has no translation yet".into())),
            }
        }
        _ => return None,
    };
    // A zero date (stored as '-infinity') gives NULL in MySQL; PostgreSQL's date_trunc
    // and interval arithmetic keep '-infinity'.
    let text = match (name, args) {
        ("last_day", [d]) | ("timestampadd", [_, _, d]) => zero_null(d, text, sets),
        _ => text,
    };
    Some(Ok((text, None)))
}

/// `text`, NULL where the date column `d` holds the zero date's stand-in.
fn zero_null(d: &Expr, text: String, sets: &ColumnSets) -> String {
    use crate::catalog::PgKind as K;
    let dated = crate::semantic::facts::column_is(d, sets, |f, c| {
        matches!(
            f.kinds.get(&c.to_lowercase()),
            Some(Some(K::Date | K::DateTime | K::TimestampTz))
        )
    });
    if dated {
        format!("CASE WHEN {d} = '-infinity' THEN NULL ELSE {text} END")
    } else {
        text
    }
}
