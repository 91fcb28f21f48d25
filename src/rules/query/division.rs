//! # Q011 division
//!
//! ## What it does
//! Gives `/` MySQL's result when both operands are exact numbers (integers or DECIMAL
//! columns, literals, and arithmetic on them), and warns when my2pg cannot tell.
//!
//! ## MySQL
//! `/` on exact operands returns a DECIMAL whose scale is the first operand's plus
//! `div_precision_increment` (4): `7 / 2` is `3.5000`, `1.00 / 3` is `0.333333`.
//! Division by zero gives NULL (a warning; an error only when strict mode writes it).
//! `AVG` of exact numbers follows the same scale rule (`AVG(int)` has 4 decimals).
//!
//! ## PostgreSQL
//! `/` on two integers is integer division (`7 / 2` is `3`), and numeric division keeps
//! only 16 significant digits unless an operand has more scale (123456789012345678 / 7
//! has no fraction left). So `a / b` becomes
//! `trunc(CAST(a AS numeric(1000, i + 9)) / NULLIF(b, 0), i)` with MySQL's inner scale
//! `i` (whole 9-digit words, truncated), and the outermost SELECT's column is rounded
//! to MySQL's shown scale: the same value, NULL when dividing by zero. `AVG(x)` becomes
//! `round(avg(CAST(x AS numeric(1000, i + 9))), i)`.
//!
//! ## Caveats
//! Operands are known by column name across the schema, literals, and arithmetic on
//! them. When a column of that name is a FLOAT/DOUBLE, division is left alone (both
//! engines divide in floating point, though PostgreSQL raises an error on division by
//! zero). When the kind is unknown (a function result, a placeholder, a column with
//! different types in different tables) `/` is kept with a warning.
//! An AVG inside arithmetic is computed by MySQL with an inner precision my2pg does not
//! reproduce (MariaDB keeps 8 decimals of `AVG(decimal(5,2))`): the last digits can
//! differ, which is reported as a warning.
//! Follows MySQL 8's documented rules with the default `div_precision_increment`.

use super::function_is;
use crate::catalog::{ColumnSets, NumKind};
use crate::diagnostics::Severity;
use sqlparser::ast::{
    BinaryOperator as B, Expr, FunctionArg, FunctionArgExpr, FunctionArguments, UnaryOperator,
    Value,
};

crate::rule!(
    "Q011",
    "division",
    Warning,
    "`/` divides as DECIMAL in MySQL, integers as integers in PostgreSQL"
);

/// MySQL's `div_precision_increment` default.
pub const INCREMENT: u32 = 4;

/// The scale MySQL computes a quotient with: its shown scale rounded up to whole
/// 9-digit words, truncated (`2/3` is 0.666666666 inside `2/3 * 1000000000`, shown as
/// 0.6667 alone).
pub fn internal(shown: u32) -> u32 {
    shown.div_ceil(9).max(1) * 9
}

/// A quotient or average written by this rule: `trunc(CAST(a AS numeric(…)) / b, n)` or
/// `round(avg(CAST(x AS numeric(…))), n)`; its operand `a` or `x`.
fn written_here(e: &Expr) -> Option<&Expr> {
    let Expr::Function(f) = e else { return None };
    if !function_is(f, "round") && !function_is(f, "trunc") {
        return None;
    }
    let args = args_of(f);
    match args.as_slice() {
        [Expr::BinaryOp {
            left,
            op: B::Divide,
            ..
        }, _] => match &**left {
            Expr::Cast { expr, .. } => Some(expr),
            _ => None,
        },
        [Expr::Function(g), _] if function_is(g, "avg") => match args_of(g).into_iter().next() {
            // Written by this rule: avg(CAST(x AS numeric(1000, n))).
            Some(Expr::Cast { expr, .. }) => Some(expr),
            x => x,
        },
        _ => None,
    }
}

/// A function's plain arguments.
pub fn function_args(f: &sqlparser::ast::Function) -> Vec<&Expr> {
    args_of(f)
}

fn args_of(f: &sqlparser::ast::Function) -> Vec<&Expr> {
    match &f.args {
        FunctionArguments::List(l) => l
            .args
            .iter()
            .filter_map(|a| match a {
                FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) => Some(x),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// For the outermost SELECT's columns: the value MySQL shows, rounded to its shown
/// scale (quotients inside are computed with more digits, as MySQL does).
/// Returns true when an AVG is used inside arithmetic (its inner digits can differ).
pub fn finish(e: &mut Expr, sets: &ColumnSets) -> bool {
    let mut inner = false;
    let mut avg_inside = false;
    let top: *const Expr = &*e;
    let _ = sqlparser::ast::visit_expressions(&*e, |x| {
        if written_here(x).is_some() {
            inner = true;
            let is_avg = matches!(x, Expr::Function(f) if matches!(args_of(f).first(), Some(Expr::Function(_))));
            avg_inside |= is_avg && !std::ptr::eq(x, top);
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    let rounded = matches!(&*e, Expr::Function(f) if function_is(f, "round"));
    if !inner || (rounded && written_here(e).is_none()) {
        // Nothing computed here, or already rounded by the query itself.
        return avg_inside;
    }
    if let NumKind::Exact(d) = kind(e, sets) {
        // A quotient at the top: its own rounding becomes the shown scale.
        let value = match (written_here(e), &*e) {
            (Some(_), Expr::Function(f)) => args_of(f).first().map(|a| a.to_string()),
            _ => None,
        }
        .unwrap_or_else(|| e.to_string());
        if let Ok(x) =
            crate::rules::expr::expression::parse_pg_expr(&format!("round({value}, {d})"))
        {
            *e = x;
        }
    }
    avg_inside
}

/// Rewrites `left / right` (already translated) in place; the note to report, if any.
pub fn rewrite(e: &mut Expr, sets: &ColumnSets) -> Option<(String, Severity)> {
    let Expr::BinaryOp {
        left,
        op: B::Divide,
        right,
    } = e
    else {
        return None;
    };
    match (kind(left, sets), kind(right, sets)) {
        (NumKind::Exact(s), NumKind::Exact(_)) => {
            let nonzero_literal = matches!(&**right, Expr::Value(v)
                if matches!(&v.value, Value::Number(n, _) if n.chars().any(|c| ('1'..='9').contains(&c))));
            let divisor = if nonzero_literal {
                right.to_string()
            } else {
                format!("NULLIF({right}, 0)")
            };
            // The dividend's scale makes PostgreSQL compute at least that many digits
            // (it keeps only 16 significant ones otherwise: 123456789012345678 / 7
            // lost its fraction); a word more than MySQL's, then truncated as MySQL does.
            let inner = internal(s + INCREMENT);
            let text = format!(
                "trunc(CAST({left} AS numeric(1000, {})) / {divisor}, {inner})",
                inner + 9
            );
            let x = crate::rules::expr::expression::parse_pg_expr(&text).ok()?;
            *e = x;
            Some((
                "`/` on exact numbers becomes numeric division rounded to MySQL's scale (NULL when dividing by zero)".into(),
                Severity::Info,
            ))
        }
        (NumKind::Float, _) | (_, NumKind::Float) => None,
        _ => Some((
            format!("`{e}`: MySQL divides as DECIMAL (7 / 2 = 3.5000), PostgreSQL divides integers as integers (7 / 2 = 3); the operand types are not known here: check them, or write CAST(… AS numeric)"),
            Severity::Warning,
        )),
    }
}

/// The kind of a (translated) expression.
pub fn kind(e: &Expr, sets: &ColumnSets) -> NumKind {
    match e {
        Expr::Identifier(_) | Expr::CompoundIdentifier(_) => {
            crate::semantic::facts::column_facts(e, sets)
                .map_or(NumKind::Mixed, |(f, c)| column(c, f))
        }
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) if n.contains(['e', 'E']) => NumKind::Float,
            Value::Number(n, _) => {
                NumKind::Exact(n.split_once('.').map_or(0, |(_, f)| f.len() as u32))
            }
            _ => NumKind::Mixed,
        },
        Expr::Nested(x) => kind(x, sets),
        Expr::Cast { data_type, .. } => NumKind::of_pg_type(&data_type.to_string()),
        Expr::UnaryOp {
            op: UnaryOperator::Minus | UnaryOperator::Plus,
            expr,
        } => kind(expr, sets),
        Expr::BinaryOp { left, op, right } => match (op, kind(left, sets), kind(right, sets)) {
            (B::Plus | B::Minus, NumKind::Exact(a), NumKind::Exact(b)) => NumKind::Exact(a.max(b)),
            (B::Multiply, NumKind::Exact(a), NumKind::Exact(b)) => NumKind::Exact(a + b),
            (B::Divide, NumKind::Exact(a), NumKind::Exact(_)) => NumKind::Exact(a + INCREMENT),
            (B::Plus | B::Minus | B::Multiply | B::Divide, NumKind::Float, _)
            | (B::Plus | B::Minus | B::Multiply | B::Divide, _, NumKind::Float) => NumKind::Float,
            _ => NumKind::Mixed,
        },
        Expr::Function(f) => {
            if let Some(x) = written_here(e) {
                // Shown with the operand's scale + 4.
                return match kind(x, sets) {
                    NumKind::Exact(s) => NumKind::Exact(s + INCREMENT),
                    _ => NumKind::Mixed,
                };
            }
            let name = f.name.to_string().to_ascii_lowercase();
            let args = args_of(f);
            match (name.as_str(), args.as_slice()) {
                ("count" | "div" | "char_length" | "character_length" | "octet_length", _) => {
                    NumKind::Exact(0)
                }
                // Written by this rule: round(…, s).
                ("round", [_, s]) => match kind(s, sets) {
                    NumKind::Exact(0) => {
                        s.to_string().parse().map_or(NumKind::Mixed, NumKind::Exact)
                    }
                    _ => NumKind::Mixed,
                },
                ("sum" | "min" | "max" | "abs", [x]) => kind(x, sets),
                _ => NumKind::Mixed,
            }
        }
        _ => NumKind::Mixed,
    }
}

fn column(name: &str, sets: &ColumnSets) -> NumKind {
    sets.numeric.get(name).copied().unwrap_or(NumKind::Mixed)
}
