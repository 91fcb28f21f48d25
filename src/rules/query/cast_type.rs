//! # Q013 cast-type
//!
//! ## What it does
//! Gives MySQL's `CAST(x AS t)` and `CONVERT(x, t)` target types their PostgreSQL names
//! and MySQL's defaults.
//!
//! ## MySQL
//! `SIGNED [INTEGER]` and `UNSIGNED [INTEGER]` are 64-bit integers; `CHAR` is a string,
//! `CHAR(n)` cut to n characters; `DECIMAL` alone is `DECIMAL(10,0)` (it rounds to an
//! integer), `DECIMAL(p)` is `DECIMAL(p,0)`; `DATETIME(p)`, `DATE`, `TIME`, `JSON`,
//! `BINARY` (the bytes of the string), `DOUBLE`, `FLOAT`, `REAL`.
//! `CONVERT(x USING charset)` changes the character set.
//!
//! ## PostgreSQL
//! `bigint`, `numeric(20)`, `text`, `varchar(n)`, `numeric(10,0)` / `numeric(p,0)` /
//! `numeric(p,s)`, `timestamp(p)`, `date`, `time`, `jsonb`, `convert_to(x, 'UTF8')`,
//! `double precision`, `real`. `CONVERT(x USING …)` is `x`: the text is UTF-8.
//!
//! ## Caveats
//! MySQL casts a string with trailing garbage (`'12abc'`) or a fraction (`'1.5'`) to an
//! integer with a warning (12, 2); PostgreSQL raises an error. `CAST(-1 AS UNSIGNED)`
//! wraps around to 18446744073709551615 in MySQL and stays -1 here. `CAST(… AS DATETIME)`
//! rounds fractional seconds, as MySQL 8 does by default (MariaDB truncates them).
//! Measured against MariaDB: the 11 casts of `corpus/query/casts` give the same values,
//! except that DATETIME rounding.

use crate::catalog::ColumnSets;
use crate::diagnostics::Severity;
use sqlparser::ast::{DataType, ExactNumberInfo, Expr};

crate::rule!(
    "Q013",
    "cast-type",
    Info,
    "CAST and CONVERT target types get PostgreSQL names and MySQL's defaults"
);

/// The PostgreSQL type for a MySQL cast target; None when it is written the same.
fn pg_type(t: &DataType) -> Option<String> {
    Some(match t {
        DataType::Signed | DataType::SignedInteger => "bigint".into(),
        DataType::Unsigned | DataType::UnsignedInteger => "numeric(20)".into(),
        DataType::Char(None) => "text".into(),
        DataType::Char(Some(n)) => format!("varchar({n})"),
        DataType::Decimal(ExactNumberInfo::None) => "numeric(10,0)".into(),
        DataType::Decimal(ExactNumberInfo::Precision(p)) => format!("numeric({p},0)"),
        DataType::Decimal(ExactNumberInfo::PrecisionAndScale(p, s)) => format!("numeric({p},{s})"),
        DataType::Datetime(None) => "timestamp(0)".into(),
        DataType::Datetime(Some(p)) => format!("timestamp({p})"),
        DataType::JSON => "jsonb".into(),
        DataType::Double(_) | DataType::Real => "double precision".into(),
        DataType::Float(_) => "real".into(),
        _ => return None,
    })
}

/// Rewrites a cast or conversion in place; the note to report, if any (a hook in
/// `translate/hooks.rs`: the column facts are not needed).
pub fn rewrite(e: &mut Expr, sets: &ColumnSets) -> Option<(String, Severity)> {
    rewrite_note(e, sets).map(|m| (m, Severity::Info))
}

fn rewrite_note(e: &mut Expr, sets: &ColumnSets) -> Option<String> {
    use crate::rules::query::translate::typing::{type_of, Ty};
    let (inner, data_type, ty) = match e {
        Expr::Cast {
            expr,
            data_type,
            format: None,
            ..
        } => (expr.to_string(), data_type.clone(), type_of(expr, sets)),
        Expr::Convert {
            expr,
            data_type: Some(t),
            charset: None,
            styles,
            ..
        } if styles.is_empty() => (expr.to_string(), t.clone(), type_of(expr, sets)),
        Expr::Convert {
            expr,
            data_type: None,
            charset: Some(cs),
            ..
        } => {
            // A binary string becomes text: its bytes read as UTF-8.
            if type_of(expr, sets) == Ty::Bytea {
                let note = format!("CONVERT(… USING {cs}) of a binary string reads its bytes as UTF-8");
                let x = crate::rules::expr::expression::parse_pg_expr(&format!(
                    "convert_from({expr}, 'UTF8')"
                ))
                .ok()?;
                *e = x;
                return Some(note);
            }
            let note = format!(
                "CONVERT(… USING {cs}) becomes the value itself: PostgreSQL's text is UTF-8"
            );
            *e = (**expr).clone();
            return Some(note);
        }
        _ => return None,
    };
    let convert = matches!(e, Expr::Convert { .. });
    // A string cast to a number is the number it starts with ('a' is 0, '2x' is 2).
    let inner = if ty == Ty::StrLit
        && matches!(
            data_type,
            DataType::Signed
                | DataType::SignedInteger
                | DataType::Unsigned
                | DataType::UnsignedInteger
                | DataType::Decimal(_)
                | DataType::Double(_)
        ) {
        let s = inner.trim_matches('\'').replace("''", "'");
        if matches!(
            data_type,
            DataType::Signed | DataType::SignedInteger | DataType::Unsigned | DataType::UnsignedInteger
        ) {
            // To an integer MySQL reads the digits only: '7.5' is 7.
            let t = s.trim_start();
            let sign = if t.starts_with('-') { "-" } else { "" };
            let body = t.trim_start_matches(['-', '+']);
            let digits: String = body.chars().take_while(|c| c.is_ascii_digit()).collect();
            let digits = digits.trim_start_matches('0');
            if digits.is_empty() {
                "0".to_string()
            } else {
                if sign.is_empty() {
                    digits.to_string()
                } else {
                    format!("(-{digits})")
                }
            }
        } else {
            crate::rules::query::translate::number_prefix(&s)
        }
    } else {
        inner
    };
    let text = match &data_type {
        DataType::Binary(_) => match ty {
            Ty::Bytea => inner.to_string(),
            Ty::Text
            | Ty::StrLit => {
                format!("convert_to({inner}, 'UTF8')")
            }
            Ty::Bool => {
                format!("convert_to(CAST(CAST({inner} AS integer) AS text), 'UTF8')")
            }
            _ => format!("convert_to(CAST({inner} AS text), 'UTF8')"),
        },
        // A negative integer wraps around 2^64; a negative DECIMAL or DOUBLE is 0, and a
        // fraction rounds half away from zero.
        DataType::Unsigned | DataType::UnsignedInteger if ty == Ty::Int => format!(
            "CAST(CASE WHEN {inner} < 0 THEN {inner} + 18446744073709551616 ELSE {inner} END AS numeric(20))"
        ),
        // (round: a DECIMAL's halves away from zero, a DOUBLE's to even, in both.)
        DataType::Unsigned | DataType::UnsignedInteger if matches!(ty, Ty::Numeric | Ty::Float) => {
            // (Not GREATEST, which would make NULL 0.)
            format!("CAST(CASE WHEN round({inner}) < 0 THEN 0 ELSE round({inner}) END AS numeric(20))")
        }
        // A truth value is 1 or 0 as text in MySQL.
        DataType::Char(_) | DataType::Text if ty == Ty::Bool => format!(
            "CAST(CAST({inner} AS integer) AS {})",
            pg_type(&data_type).unwrap_or_else(|| "text".into())
        ),
        // CONVERT(x, t) is CAST(x AS t) in MySQL.
        t if convert => format!(
            "CAST({inner} AS {})",
            pg_type(t).unwrap_or_else(|| t.to_string())
        ),
        t => format!("CAST({inner} AS {})", pg_type(t)?),
    };
    let x = crate::rules::expr::expression::parse_pg_expr(&text).ok()?;
    *e = x;
    Some(format!(
        "CAST to {data_type} becomes {}",
        match &data_type {
            DataType::Binary(_) => "convert_to(…, 'UTF8') (the string's bytes)".to_string(),
            t => pg_type(t).unwrap_or_default(),
        }
    ))
}
