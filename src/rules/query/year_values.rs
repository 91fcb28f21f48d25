//! # Q028 year-values
//!
//! ## What it does
//! Gives values meeting a YEAR column the meaning MySQL gives them: a number compared
//! with a YEAR (`=`, `<`, `IN`, `BETWEEN`, `NULLIF`, …) is the year MySQL reads it as,
//! and a YEAR shown as a string (`CAST(y AS CHAR)`, `CONCAT`) has four digits. Values
//! whose year my2pg cannot work out are reported, not compared as plain numbers.
//!
//! ## MySQL
//! "The YEAR Data Type": a YEAR is 0 or 1901 to 2155, shown with four digits (`0000`
//! for the zero year). A number 1 to 69 meeting a YEAR is read as 2001 to 2069, 70 to
//! 99 as 1970 to 1999, 0 as the zero year; `TRUE` is 1, so 2001. So `y = 1` holds for
//! 2001, and `y < 5` for every year before 2005.
//!
//! ## PostgreSQL
//! The YEAR column is a `smallint` (T010): the constant is written as the year
//! (`y = 2001`, `y < 2005`); its text is `lpad(CAST(y AS text), 4, '0')`.
//!
//! ## Caveats
//! Only literals are read as years: a computed number (`y <= EXP(3)`) or a string other
//! than four digits meeting a YEAR is an error. Stored values are Q024's (a literal 1 to
//! 99 stored into a YEAR column becomes the year). MariaDB's `YEAR(2)` shows two digits;
//! MySQL 8 has no `YEAR(2)` (it is `YEAR(4)`), whose behaviour is followed.

use crate::catalog::ColumnSets;
use crate::diagnostics::Severity;
use crate::rules::expr::expression::parse_pg_expr;
use sqlparser::ast::{BinaryOperator as B, Expr, Value};

crate::rule!(
    "Q028",
    "year-values",
    Info,
    "numbers meeting a YEAR column read as years, YEAR text with four digits"
);

fn is_year(e: &Expr, sets: &ColumnSets) -> bool {
    match e {
        Expr::Nested(x) => is_year(x, sets),
        _ => crate::semantic::facts::column_is(e, sets, |f, c| {
            f.years.contains(&c.to_lowercase())
        }),
    }
}

/// The year MySQL reads a number literal as, stored or compared with a YEAR.
pub fn year_of(n: i64) -> i64 {
    match n {
        1..=69 => n + 2000,
        70..=99 => n + 1900,
        _ => n,
    }
}

/// The operands of one comparison with a YEAR column: each literal becomes its year;
/// the note (an error for a value that is no literal).
fn operands(ops: &mut [&mut Expr], sets: &ColumnSets) -> Option<(String, Severity)> {
    if !ops.iter().any(|x| is_year(x, sets)) {
        return None;
    }
    let mut note = None;
    for x in ops.iter_mut() {
        if is_year(x, sets) {
            continue;
        }
        let n = match &**x {
            Expr::Value(v) => match &v.value {
                Value::Boolean(b) => Some(i64::from(*b)),
                Value::Number(n, _) => n.parse::<i64>().ok(),
                Value::Null => continue,
                // A four-digit year written as a string is that year.
                Value::SingleQuotedString(t)
                    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    continue
                }
                _ => None,
            },
            Expr::Identifier(_) | Expr::CompoundIdentifier(_) => continue,
            _ => None,
        };
        if let Expr::Value(v) = &**x {
            if matches!(v.value, Value::Placeholder(_)) {
                note = Some(("a bound value compared with a YEAR column: MySQL reads 1 to 99 as years (5 is 2005); bind four-digit years".to_string(), Severity::Warning));
                continue;
            }
        }
        use crate::rules::query::translate::typing::{type_of, Ty};
        if n.is_none()
            && !matches!(
                type_of(x, sets),
                Ty::Int | Ty::Numeric | Ty::Float | Ty::Bool | Ty::StrLit | Ty::Text
            )
        {
            continue;
        }
        match n {
            Some(n) => {
                let literal_bool = matches!(&**x, Expr::Value(v) if matches!(v.value, Value::Boolean(_)));
                if year_of(n) != n || literal_bool {
                    **x = Expr::Value(Value::Number(year_of(n).to_string(), false).into());
                    note.get_or_insert(("a number compared with a YEAR is the year MySQL reads it as (1 to 69 are 2001 to 2069, 70 to 99 are 1970 to 1999)".to_string(), Severity::Info));
                }
            }
            None => {
                return Some(("a value compared with a YEAR column is read by MySQL as a year (1 to 69 are 2001 to 2069), which my2pg does not translate for this value".into(), Severity::Error));
            }
        }
    }
    note
}

/// `y` as MySQL shows it: four digits.
fn as_text(e: &mut Expr) -> bool {
    match parse_pg_expr(&format!("lpad(CAST({e} AS text), 4, '0')")) {
        Ok(x) => {
            *e = x;
            true
        }
        Err(_) => false,
    }
}

const SHOWN: &str = "a YEAR shown as text has four digits, as in MySQL";

/// The expression hook (before Q026, which then sees numbers and years alike).
pub fn rewrite(e: &mut Expr, sets: &ColumnSets) -> Option<(String, Severity)> {
    if sets.years.is_empty() {
        return None;
    }
    match e {
        Expr::BinaryOp { left, op, right }
            if matches!(op, B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq | B::Spaceship) =>
        {
            operands(&mut [&mut **left, &mut **right], sets)
        }
        Expr::In {
            expr,
            target: sqlparser::ast::InTarget::List(list),
            ..
        } => {
            let mut ops: Vec<&mut Expr> = vec![&mut **expr];
            ops.extend(list.iter_mut());
            operands(&mut ops, sets)
        }
        Expr::Between {
            expr, low, high, ..
        } => operands(&mut [&mut **expr, &mut **low, &mut **high], sets),
        Expr::Cast {
            expr, data_type, ..
        } if is_year(expr, sets) && {
            let t = data_type.to_string().to_ascii_lowercase();
            t.starts_with("char") || t.starts_with("text") || t.starts_with("varchar")
        } =>
        {
            let mut x = (**expr).clone();
            (as_text(&mut x)).then(|| {
                *e = x;
                (SHOWN.to_string(), Severity::Info)
            })
        }
        Expr::Function(f) => {
            let name = match f.name.0.as_slice() {
                [p] => p.as_ident()?.value.to_ascii_lowercase(),
                _ => return None,
            };
            let sqlparser::ast::FunctionArguments::List(l) = &mut f.args else {
                return None;
            };
            let mut args: Vec<&mut Expr> = l
                .args
                .iter_mut()
                .filter_map(|a| match a {
                    sqlparser::ast::FunctionArg::Unnamed(
                        sqlparser::ast::FunctionArgExpr::Expr(x),
                    ) => Some(x),
                    _ => None,
                })
                .collect();
            match name.as_str() {
                "nullif" => operands(&mut args, sets),
                "concat" | "concat_ws" => {
                    let mut changed = false;
                    for x in args.into_iter() {
                        if is_year(x, sets) {
                            changed |= as_text(x);
                        }
                    }
                    changed.then(|| (SHOWN.to_string(), Severity::Info))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_digit_numbers_are_years() {
        assert_eq!(
            [0, 1, 69, 70, 99, 100, 1999, 2155].map(year_of),
            [0, 2001, 2069, 1970, 1999, 100, 1999, 2155]
        );
    }
}
