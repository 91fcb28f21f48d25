//! # D002 default-value
//!
//! ## What it does
//! Converts column defaults: literals under the column's new type, `CURRENT_TIMESTAMP`
//! and its synonyms, bit literals, and MySQL 8 expression defaults `DEFAULT (expr)`.
//!
//! ## MySQL
//! Defaults are written as strings for any type (`DEFAULT '0'` on an int), booleans as
//! 0/1, `b'1'` for bits; `CURRENT_TIMESTAMP(n)`/`NOW()` is the time the statement
//! started.
//!
//! ## PostgreSQL
//! Numeric defaults as numbers, `false`/`true` for boolean columns, bit strings padded to
//! the column width, `statement_timestamp()` for `CURRENT_TIMESTAMP` (the statement's
//! start, like MySQL; PostgreSQL's `CURRENT_TIMESTAMP` is the transaction's start).
//!
//! ## Caveats
//! A default that does not fit the new type (`DEFAULT 2` on a boolean) is an error.
//! Expression defaults go through Q001.

use crate::ir::Column;
use crate::rules::types::zero_date;
use crate::rules::types::PgType;
use crate::rules::Cx;
use sqlparser::ast::{Expr, UnaryOperator, Value};

crate::rule!(
    "D002",
    "default-value",
    Error,
    "a column default that cannot be converted"
);

fn is_now(e: &Expr) -> bool {
    match e {
        Expr::Function(f) => {
            let n = f.name.to_string().to_lowercase();
            matches!(
                n.as_str(),
                "current_timestamp" | "now" | "localtime" | "localtimestamp"
            )
        }
        Expr::Identifier(i) => matches!(
            i.value.to_lowercase().as_str(),
            "current_timestamp" | "localtime" | "localtimestamp"
        ),
        _ => false,
    }
}

/// Whether an expression is MySQL's "now" (for ON UPDATE too).
pub fn is_current_timestamp(e: &Expr) -> bool {
    is_now(e)
}

/// The PostgreSQL default for `col` (already typed as `pg`); None = no default.
/// Sets `*drop_not_null` when the zero-date policy turns the default into NULL.
pub fn convert(
    col: &Column,
    pg: &PgType,
    in_primary_key: bool,
    cx: &mut Cx,
    drop_not_null: &mut bool,
) -> Option<String> {
    let e = col.default.as_ref()?;
    let span = col.span.clone();
    if is_now(e) {
        return Some(if col.ty.name == "date" {
            "CURRENT_DATE".into()
        } else {
            "statement_timestamp()".into()
        });
    }
    let e = match e {
        Expr::Prefixed { prefix, value } if prefix.value.starts_with('_') => value.as_ref(),
        other => other,
    };
    let (neg, inner) = match e {
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => (true, expr.as_ref()),
        other => (false, other),
    };
    let lit = match inner {
        Expr::Value(v) => Some(&v.value),
        _ => None,
    };
    let text = match lit {
        Some(Value::Null) => return None,
        Some(Value::SingleQuotedString(s)) | Some(Value::DoubleQuotedString(s)) => Some(s.clone()),
        Some(Value::Number(n, _)) => Some(n.to_string()),
        Some(Value::Boolean(b)) => Some(if *b { "1".into() } else { "0".into() }),
        Some(Value::SingleQuotedByteStringLiteral(s))
        | Some(Value::DoubleQuotedByteStringLiteral(s)) => {
            // b'0101'
            return Some(bits(s, col, pg, cx));
        }
        Some(Value::HexStringLiteral(h)) => {
            return Some(if pg.ty == "bytea" {
                format!("'\\x{h}'::bytea")
            } else {
                format!("x'{h}'")
            });
        }
        _ => None,
    };
    let Some(text) = text else {
        // Not a literal: an expression default (MySQL 8 `DEFAULT (expr)`).
        let what = format!("the default of `{}`", col.name);
        let inner = match e {
            Expr::Nested(x) => x.as_ref(),
            x => x,
        };
        let refers = sqlparser::ast::visit_expressions(inner, |x| match x {
            Expr::Identifier(i)
                if !matches!(
                    i.value.to_lowercase().as_str(),
                    "current_date"
                        | "current_time"
                        | "current_timestamp"
                        | "localtime"
                        | "localtimestamp"
                        | "current_user"
                ) =>
            {
                std::ops::ControlFlow::Break(())
            }
            Expr::CompoundIdentifier(_) => std::ops::ControlFlow::Break(()),
            _ => std::ops::ControlFlow::Continue(()),
        });
        if refers.is_break() {
            cx.report(&RULE, span, format!("the default of `{}` refers to other columns, which PostgreSQL defaults cannot: dropped", col.name))
                .with_help("compute it in a BEFORE INSERT trigger, or make it a generated column");
            return None;
        }
        return crate::rules::query::translate::statement::expression(inner, &what, span, &mut cx.query())
            .map(|t| format!("({t})"));
    };
    let text = if neg { format!("-{text}") } else { text };
    let ty = pg.ty.as_str();
    if pg.boolean {
        return match text.trim() {
            "0" | "'0'" | "b'0'" => Some("false".into()),
            "1" | "'1'" | "b'1'" => Some("true".into()),
            other => {
                cx.report(
                    &RULE,
                    span,
                    format!(
                        "default `{other}` of boolean `{}` is neither 0 nor 1",
                        col.name
                    ),
                );
                None
            }
        };
    }
    if col.ty.name == "enum" && !col.ty.values.contains(&text) {
        // MySQL matches the default to a label under the column's collation.
        return match col.ty.values.iter().find(|v| v.eq_ignore_ascii_case(&text)) {
            Some(label) => Some(crate::ident::literal(label)),
            None => {
                cx.report(
                    &RULE,
                    span,
                    format!(
                        "default '{text}' of enum `{}` is not one of its labels",
                        col.name
                    ),
                );
                None
            }
        };
    }
    if ["date", "datetime", "timestamp"].contains(&col.ty.name.as_str())
        && zero_date::is_zero_date(&text)
    {
        let r = zero_date::replacement(&text, &col.name, in_primary_key, span, cx);
        if r.is_none() {
            *drop_not_null = true;
        }
        return r;
    }
    let numeric = ["smallint", "integer", "bigint", "real", "double precision"].contains(&ty)
        || ty.starts_with("numeric");
    if numeric {
        let t = text.trim();
        if t.parse::<f64>().is_ok() {
            return Some(t.to_string());
        }
        if t.is_empty() {
            cx.report(&RULE, span, format!("empty-string default of numeric `{}` (MySQL reads it as 0 in non-strict mode) becomes 0", col.name))
                .severity = crate::diagnostics::Severity::Warning;
            return Some("0".into());
        }
        cx.report(
            &RULE,
            span,
            format!("default '{t}' of numeric `{}` is not a number", col.name),
        );
        return None;
    }
    if ty.starts_with("bit(") {
        return Some(bits_from_number(&text, col, cx));
    }
    if ty == "bytea" {
        let hex: String = text.bytes().map(|b| format!("{b:02x}")).collect();
        return Some(format!("'\\x{hex}'::bytea"));
    }
    Some(crate::ident::literal(&text))
}

fn width(col: &Column) -> usize {
    col.ty.param(0).unwrap_or(1) as usize
}

fn bits(s: &str, col: &Column, pg: &PgType, cx: &mut Cx) -> String {
    if pg.boolean {
        return if s.trim_start_matches('0').is_empty() {
            "false".into()
        } else {
            "true".into()
        };
    }
    if pg.ty.starts_with("bit(") {
        let w = width(col);
        return format!("B'{s:0>w$}'");
    }
    match u64::from_str_radix(s, 2) {
        Ok(n) => n.to_string(),
        Err(_) => {
            cx.report(
                &RULE,
                col.span.clone(),
                format!("bit default b'{s}' of `{}` does not fit its type", col.name),
            );
            "NULL".into()
        }
    }
}

fn bits_from_number(text: &str, col: &Column, cx: &mut Cx) -> String {
    let w = width(col);
    match text.trim().parse::<u64>() {
        Ok(n) => format!("B'{:0>w$}'", format!("{n:b}")),
        Err(_) => {
            cx.report(
                &RULE,
                col.span.clone(),
                format!(
                    "default '{text}' of bit column `{}` is not a number",
                    col.name
                ),
            );
            "NULL".into()
        }
    }
}
