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
//!
//! ## PostgreSQL
//! `/` on two integers is integer division (`7 / 2` is `3`), and numeric division keeps
//! at least 16 digits. So `a / b` becomes `round(CAST(a AS numeric) / NULLIF(b, 0), s)`
//! with MySQL's scale `s`: the same value, NULL when dividing by zero.
//!
//! ## Caveats
//! Operands are known by column name across the schema, literals, and arithmetic on
//! them. When a column of that name is a FLOAT/DOUBLE, division is left alone (both
//! engines divide in floating point, though PostgreSQL raises an error on division by
//! zero). When the kind is unknown (a function result, a placeholder, a column with
//! different types in different tables) `/` is kept with a warning.
//! Follows MySQL 8's documented rules with the default `div_precision_increment`.

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
const INCREMENT: u32 = 4;

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
            let text = format!(
                "round(CAST({left} AS numeric) / {divisor}, {})",
                s + INCREMENT
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
        Expr::Identifier(i) => column(&i.value, sets),
        Expr::CompoundIdentifier(p) => p.last().map_or(NumKind::Mixed, |i| column(&i.value, sets)),
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
            let name = f.name.to_string().to_ascii_lowercase();
            let args: Vec<&Expr> = match &f.args {
                FunctionArguments::List(l) => l
                    .args
                    .iter()
                    .filter_map(|a| match a {
                        FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) => Some(x),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            };
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
