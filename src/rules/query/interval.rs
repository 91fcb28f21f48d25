//! # Q015 interval
//!
//! ## What it does
//! Translates MySQL's `INTERVAL n unit` and the functions that take one (`DATE_ADD`,
//! `DATE_SUB`, `ADDDATE`, `SUBDATE`), keeping a DATE a DATE.
//!
//! ## MySQL
//! `INTERVAL expr unit` takes any expression (`INTERVAL 1 DAY`, `INTERVAL ? MINUTE`).
//! `DATE_ADD(d, INTERVAL 1 DAY)` and `d + INTERVAL 1 DAY` return a DATE when `d` is a
//! DATE and the unit is DAY or larger, a DATETIME otherwise. Month arithmetic clamps to
//! the month's last day (`'2024-01-31' + INTERVAL 1 MONTH` is `2024-02-29`).
//!
//! ## PostgreSQL
//! An interval literal is a string: `INTERVAL '1 day'`, and `(expr) * INTERVAL '1
//! minute'` for other values. `date + interval` is a timestamp, so the result is cast
//! back to `date` when MySQL's would be a DATE (a DATE column, `CURDATE()`, a cast to
//! DATE). Month arithmetic clamps the same way. QUARTER is three months. MySQL's result
//! outside 0000-01-01 … 9999-12-31 is NULL (and so is arithmetic on the zero date);
//! PostgreSQL's goes on to year 10000 and into BC, so the result of arithmetic on a
//! date or datetime is bounded: `NULLIF(NULLIF(GREATEST(LEAST(x, '10000-01-01'),
//! '0002-12-31 23:59:59.999999 BC'), …), …)`, the expression written once. The current
//! date or time, or a literal date of the years 1100–8900, moved by a literal of less
//! than a thousand years (`NOW() - INTERVAL 7 DAY`) stays as written.
//!
//! ## Caveats
//! MySQL's year 0 (`DATE_SUB('0001-01-01', INTERVAL 1 YEAR)` is `0000-01-01`) is
//! PostgreSQL's 1 BC.
//! Compound units (`HOUR_MINUTE`, `'1:30'`) are not parsed yet (P001). A date given as a
//! string is read as a DATE when it has no time part and as a TIMESTAMP otherwise; the
//! result is then a date or timestamp where MySQL returns a string of the same text.

use super::function_is;

use crate::catalog::{ColumnSets, NumKind};
use sqlparser::ast::{BinaryOperator as B, DateTimeField as F, Expr, Value};

crate::rule!(
    "Q015",
    "interval",
    Info,
    "INTERVAL n unit and DATE_ADD/DATE_SUB become PostgreSQL interval arithmetic"
);

/// PostgreSQL's name for a MySQL unit; whether it is a day or larger.
fn unit(f: &F) -> Option<(&'static str, u32, bool)> {
    Some(match f {
        F::Microsecond | F::Microseconds => ("microsecond", 1, false),
        F::Second | F::Seconds => ("second", 1, false),
        F::Minute | F::Minutes => ("minute", 1, false),
        F::Hour | F::Hours => ("hour", 1, false),
        F::Day | F::Days => ("day", 1, true),
        F::Week(None) | F::Weeks => ("day", 7, true),
        F::Month | F::Months => ("month", 1, true),
        F::Quarter => ("month", 3, true),
        F::Year | F::Years => ("year", 1, true),
        _ => return None,
    })
}

/// `INTERVAL n unit` (MySQL) as a PostgreSQL expression built around the original value
/// node (a `?` keeps its place), and whether the unit is a day or larger.
fn pg_interval(e: &Expr) -> Option<(Expr, bool)> {
    let Expr::Interval(iv) = e else { return None };
    if iv.last_field.is_some() {
        return None;
    }
    let (name, times, whole_days) = unit(iv.leading_field.as_ref()?)?;
    let literal = |n: &str| {
        crate::rules::expr::expression::parse_pg_expr(&format!("INTERVAL '{n} {name}'")).ok()
    };
    let x = match &*iv.value {
        Expr::Value(v) if times == 1 => match &v.value {
            Value::Number(n, _) => literal(n)?,
            Value::SingleQuotedString(s) if s.trim().parse::<f64>().is_ok() => literal(s.trim())?,
            _ => scaled(&iv.value, literal(&times.to_string())?),
        },
        _ => scaled(&iv.value, literal(&times.to_string())?),
    };
    Some((x, whole_days))
}

/// `(value) * INTERVAL '1 unit'`.
fn scaled(value: &Expr, unit: Expr) -> Expr {
    Expr::BinaryOp {
        left: Box::new(Expr::Nested(Box::new(value.clone()))),
        op: B::Multiply,
        right: Box::new(unit),
    }
}

/// Rewrites an interval expression, `d ± INTERVAL …`, or DATE_ADD/DATE_SUB in place
/// (before the walk translates inside it: the walk then sees PostgreSQL forms).
/// The note to report, or an error when it cannot be translated.
pub fn rewrite(e: &mut Expr, sets: &ColumnSets) -> Option<Result<(String, bool), String>> {
    let (base, iv, minus) = match e {
        Expr::BinaryOp {
            left,
            op: op @ (B::Plus | B::Minus),
            right,
        } => {
            if mysql_interval(right) {
                ((**left).clone(), (**right).clone(), *op == B::Minus)
            } else if mysql_interval(left) && *op == B::Plus {
                ((**right).clone(), (**left).clone(), false)
            } else {
                return None;
            }
        }
        Expr::Function(f) => {
            let minus = if function_is(f, "date_add") || function_is(f, "adddate") {
                false
            } else if function_is(f, "date_sub") || function_is(f, "subdate") {
                true
            } else {
                return None;
            };
            let args = super::division::function_args(f);
            match args.as_slice() {
                [d, i] if mysql_interval(i) => ((*d).clone(), (*i).clone(), minus),
                _ => return None,
            }
        }
        // Already PostgreSQL's form (`INTERVAL '1 day'`, written here).
        Expr::Interval(iv) if iv.leading_field.is_none() => return None,
        Expr::Interval(_) => {
            return Some(match pg_interval(e) {
                Some((x, _)) => {
                    *e = x;
                    Ok((
                        "INTERVAL n unit becomes an interval literal".to_string(),
                        false,
                    ))
                }
                None => Err("an INTERVAL with this unit has no translation yet".to_string()),
            })
        }
        _ => return None,
    };
    // Decided on MySQL's form of the base (before strings become casts).
    let now = current(&base);
    let in_range = surely_in_range(&base, &iv);
    let Some((interval, whole_days)) = pg_interval(&iv) else {
        return Some(Err(
            "an INTERVAL with this unit has no translation yet".into()
        ));
    };
    // A string is read as MySQL reads it: a date when it has no time part.
    let (base, string_date) = match &base {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(t) | Value::DoubleQuotedString(t) => {
                let date_only = t.trim().len() <= 10;
                let ty = if date_only {
                    sqlparser::ast::DataType::Date
                } else {
                    sqlparser::ast::DataType::Timestamp(None, sqlparser::ast::TimezoneInfo::None)
                };
                (
                    Expr::Cast {
                        kind: sqlparser::ast::CastKind::Cast,
                        expr: Box::new(base.clone()),
                        data_type: ty,
                        format: None,
                    },
                    date_only,
                )
            }
            // A bound value is read as MySQL reads a string: a date and time.
            Value::Placeholder(_) => (
                Expr::Cast {
                    kind: sqlparser::ast::CastKind::Cast,
                    expr: Box::new(base.clone()),
                    data_type: sqlparser::ast::DataType::Timestamp(
                        None,
                        sqlparser::ast::TimezoneInfo::None,
                    ),
                    format: None,
                },
                false,
            ),
            _ => (base, false),
        },
        _ => (base, false),
    };
    // A number where MySQL reads a date: not translated.
    if matches!(&base, Expr::Value(v) if matches!(v.value, Value::Number(..))) {
        return Some(Err(
            "date arithmetic on a number: MySQL reads the number as a date (20210704 is 2021-07-04, 0 the zero date), which my2pg does not translate yet".into(),
        ));
    }
    // A date or time column (its zero dates are '-infinity': MySQL's arithmetic on the
    // zero date is NULL, which the range guard gives).
    let temporal_column = crate::semantic::facts::column_is(&base, sets, |f, c| {
        matches!(
            f.kinds.get(&c.to_lowercase()),
            Some(Some(
                crate::catalog::PgKind::Date
                    | crate::catalog::PgKind::DateTime
                    | crate::catalog::PgKind::TimestampTz
            ))
        )
    });
    let base_is_date = date_kind(&base, sets);
    let is_date = (string_date || base_is_date) && whole_days;
    // Arithmetic on a date or datetime (not a TIME, not a value of unknown type) gets
    // MySQL's range.
    let temporal = is_date
        || temporal_column
        || now
        || base_is_date
        || matches!(&base, Expr::Cast { data_type, .. } | Expr::TypedString(sqlparser::ast::TypedString { data_type, .. })
            if { let t = data_type.to_string().to_ascii_lowercase(); t == "date" || t.starts_with("timestamp") || t.starts_with("datetime") });
    // A name the schema does not know (a CTE's or a derived table's column): MySQL's
    // result is a DATE when it is one, PostgreSQL's a timestamp.
    let unknown = whole_days
        && crate::semantic::facts::column_is(&base, sets, |f, c| !f.numeric.contains_key(&c.to_lowercase()));
    let sum = Expr::BinaryOp {
        left: Box::new(base),
        op: if minus { B::Minus } else { B::Plus },
        right: Box::new(interval),
    };
    *e = if is_date {
        Expr::Cast {
            kind: sqlparser::ast::CastKind::Cast,
            expr: Box::new(sum),
            data_type: sqlparser::ast::DataType::Date,
            format: None,
        }
    } else {
        Expr::Nested(Box::new(sum))
    };
    if temporal && !in_range {
        // Marked here, bounded after the walk has translated inside (`range_guard`).
        if let Some(x) = call(GUARD, vec![std::mem::replace(e, Expr::value(Value::Null))]) {
            *e = x;
        }
    }
    Some(Ok(if is_date {
        (
            "date arithmetic with an INTERVAL stays a DATE, as in MySQL".into(),
            false,
        )
    } else if unknown {
        ("date arithmetic on a column the schema does not describe: if it is a DATE, the result is a timestamp in PostgreSQL where MySQL's is a DATE".into(), true)
    } else {
        (
            "date arithmetic with an INTERVAL becomes PostgreSQL interval arithmetic".into(),
            false,
        )
    }))
}

/// The first value past MySQL's dates and the last one before them (1 BC is MySQL's
/// year 0), as PostgreSQL reads them for a date or a timestamp.
const HIGH: &str = "10000-01-01";
const LOW: &str = "0002-12-31 23:59:59.999999 BC";

/// The marker `rewrite` puts around date arithmetic that may leave MySQL's dates.
const GUARD: &str = "my2pg_date_range";

/// A call of `name` with these arguments.
fn call(name: &str, args: Vec<Expr>) -> Option<Expr> {
    let zeros = vec!["0"; args.len()].join(", ");
    let mut f = crate::rules::expr::expression::parse_pg_expr(&format!("{name}({zeros})")).ok()?;
    let Expr::Function(func) = &mut f else { return None };
    let sqlparser::ast::FunctionArguments::List(list) = &mut func.args else {
        return None;
    };
    for (slot, a) in list.args.iter_mut().zip(args) {
        *slot = sqlparser::ast::FunctionArg::Unnamed(sqlparser::ast::FunctionArgExpr::Expr(a));
    }
    Some(f)
}

/// After the walk: MySQL's date arithmetic outside 0000-01-01 … 9999-12-31 is NULL,
/// PostgreSQL's goes on to year 10000 and into BC. Both bounds map to a sentinel that
/// NULLIF takes out (the expression is written once, so a `?` in it stays one value);
/// the zero date's stand-in '-infinity' falls below the lower bound and is NULL too.
pub fn range_guard(e: &mut Expr, _sets: &ColumnSets) -> Option<(String, crate::diagnostics::Severity)> {
    let Expr::Function(f) = e else { return None };
    if !function_is(f, GUARD) {
        return None;
    }
    let sqlparser::ast::FunctionArguments::List(list) = &mut f.args else {
        return None;
    };
    let Some(sqlparser::ast::FunctionArg::Unnamed(sqlparser::ast::FunctionArgExpr::Expr(x))) =
        list.args.pop()
    else {
        return None;
    };
    let text = |t: &str| Expr::value(Value::SingleQuotedString(t.to_string()));
    let bounded = call("LEAST", vec![x, text(HIGH)])
        .and_then(|x| call("GREATEST", vec![x, text(LOW)]))
        .and_then(|x| call("NULLIF", vec![x, text(HIGH)]))
        .and_then(|x| call("NULLIF", vec![x, text(LOW)]))?;
    *e = bounded;
    None
}

/// Whether `e` is MySQL's current date or time.
fn current(e: &Expr) -> bool {
    let Expr::Function(f) = e else { return false };
    [
        "now",
        "current_timestamp",
        "curdate",
        "current_date",
        "sysdate",
        "utc_timestamp",
        "utc_date",
        "localtime",
        "localtimestamp",
    ]
    .iter()
    .any(|n| function_is(f, n))
}

/// Whether `base ± iv` surely stays inside MySQL's dates: the current date or time, or
/// a literal date of the years 1100–8900, moved by a literal of less than a thousand
/// years (`NOW() - INTERVAL 7 DAY`, the common case, stays as written).
fn surely_in_range(base: &Expr, iv: &Expr) -> bool {
    // A literal date well inside MySQL's years.
    let literal_year = |t: &str| {
        t.trim()
            .get(..4)
            .and_then(|y| y.parse::<u32>().ok())
            .is_some_and(|y| (1100..=8900).contains(&y))
    };
    let now = match base {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(t) | Value::DoubleQuotedString(t) => literal_year(t),
            _ => false,
        },
        Expr::TypedString(t) => match &t.value.value {
            Value::SingleQuotedString(t) => literal_year(t),
            _ => false,
        },
        _ => current(base),
    };
    let Expr::Interval(iv) = iv else { return false };
    let days_per = match iv.leading_field {
        Some(F::Microsecond | F::Microseconds | F::Second | F::Seconds | F::Minute | F::Minutes | F::Hour | F::Hours) => 1.0,
        Some(F::Day | F::Days) => 1.0,
        Some(F::Week(None) | F::Weeks) => 7.0,
        Some(F::Month | F::Months) => 31.0,
        Some(F::Quarter) => 93.0,
        Some(F::Year | F::Years) => 366.0,
        _ => return false,
    };
    let amount = match &*iv.value {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse::<f64>().ok(),
            _ => None,
        },
        Expr::UnaryOp { expr, .. } => match &**expr {
            Expr::Value(v) => match &v.value {
                Value::Number(n, _) => n.parse::<f64>().ok(),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    now && amount.is_some_and(|n| n.abs() * days_per < 365_000.0)
}

/// Whether MySQL sees `e` as a DATE (a DATE column, CURDATE(), a cast to DATE).
fn date_kind(e: &Expr, sets: &ColumnSets) -> bool {
    match e {
        Expr::Identifier(_) | Expr::CompoundIdentifier(_) => crate::semantic::facts::column_is(e, sets, |f, c| {
            f.numeric.get(&c.to_lowercase()) == Some(&NumKind::Date)
        }),
        Expr::Nested(x) => date_kind(x, sets),
        Expr::Cast { data_type, .. } => data_type.to_string().eq_ignore_ascii_case("date"),
        Expr::TypedString(t) => t.data_type.to_string().eq_ignore_ascii_case("date"),
        // A string without a time part is read as a DATE.
        Expr::Value(v) => matches!(&v.value, Value::SingleQuotedString(t) if t.trim().len() <= 10 && t.contains('-')),
        // Date arithmetic in whole days on a DATE (not rewritten yet: parents go first).
        Expr::Function(f)
            if ["date_add", "date_sub", "adddate", "subdate"]
                .iter()
                .any(|n| function_is(f, n)) =>
        {
            let args = crate::rules::query::division::function_args(f);
            match args.as_slice() {
                [d, Expr::Interval(iv)] => date_kind(d, sets) && whole_day_unit(iv),
                // ADDDATE(d, n): n days.
                [d, _] => date_kind(d, sets),
                _ => false,
            }
        }
        Expr::BinaryOp {
            left,
            op: B::Plus | B::Minus,
            right,
        } => match (&**left, &**right) {
            (d, Expr::Interval(iv)) | (Expr::Interval(iv), d) => {
                date_kind(d, sets) && whole_day_unit(iv)
            }
            _ => false,
        },
        Expr::Function(f) => {
            ["curdate", "current_date", "last_day", "makedate", "from_days", "date"]
                .iter()
                .any(|n| function_is(f, n))
        }
        _ => false,
    }
}

/// An INTERVAL in days, weeks, months, quarters or years: a DATE stays a DATE.
fn whole_day_unit(iv: &sqlparser::ast::Interval) -> bool {
    use sqlparser::ast::DateTimeField as F;
    matches!(
        iv.leading_field,
        Some(F::Day | F::Days | F::Week(_) | F::Weeks | F::Month | F::Months | F::Quarter | F::Year | F::Years)
    )
}

/// `INTERVAL n unit` as MySQL writes it (PostgreSQL's `INTERVAL '1 day'` has no unit).
fn mysql_interval(e: &Expr) -> bool {
    matches!(e, Expr::Interval(iv) if iv.leading_field.is_some())
}
