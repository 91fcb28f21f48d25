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
//! DATE). Month arithmetic clamps the same way. QUARTER is three months.
//!
//! ## Caveats
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
    // A temporal column may hold the zero date's stand-in: MySQL's arithmetic on the zero
    // date is NULL.
    let zero_stand_in = {
        let stand_in = crate::semantic::facts::column_is(&base, sets, |f, c| {
            matches!(
                f.kinds.get(&c.to_lowercase()),
                Some(Some(
                    crate::catalog::PgKind::Date
                        | crate::catalog::PgKind::DateTime
                        | crate::catalog::PgKind::TimestampTz
                ))
            )
        });
        stand_in.then(|| base.clone())
    };
    let is_date = (string_date || date_kind(&base, sets)) && whole_days;
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
    if let Some(col) = zero_stand_in {
        if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&format!(
            "CASE WHEN {col} = '-infinity' THEN NULL ELSE {e} END"
        )) {
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
