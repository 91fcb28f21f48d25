//! # Q012 boolean-column
//!
//! ## What it does
//! Keeps numeric uses of the columns the schema conversion made boolean (`tinyint(1)`,
//! `bit(1)`, see T007): comparisons with numbers, arithmetic and SUM/AVG.
//!
//! ## MySQL
//! A `tinyint(1)` column is an integer: `active = 1`, `active <> 0`, `SUM(active)`,
//! `active + 1` and `active = ?` bound to 1 are all integer operations.
//!
//! ## PostgreSQL
//! A boolean column rejects them (`operator does not exist: boolean = integer`). So
//! `active = 1` becomes `active = true` and `active = 0` becomes `active = false`
//! (index-friendly), as does `SET active = 1` in an UPDATE (`SET active = ?` becomes
//! `CAST(? AS integer) <> 0`); a comparison with another number or a placeholder, arithmetic, and
//! `SUM`/`AVG` read `CAST(active AS integer)`, which is 0 or 1 as in MySQL.
//!
//! ## Caveats
//! Selecting the column returns `true`/`false` where MySQL returned 1/0: application
//! code that reads it as a number must change (the schema conversion reports each such
//! column, T004). Columns are known by name across the schema: a name that is boolean in one table and
//! not in another is left alone. A boolean value assigned to a string column (`SET s =
//! (a > b)`) stores `true`/`false` instead of `1`/`0`: not rewritten yet.

use crate::diagnostics::Severity;
use crate::catalog::{ColumnSets, NumKind};
use sqlparser::ast::{
    AssignmentTarget, BinaryOperator as B, Expr, FunctionArg, FunctionArgExpr, FunctionArguments,
    Statement, Value,
};

crate::rule!(
    "Q012",
    "boolean-column",
    Info,
    "numeric uses of tinyint(1) columns made boolean"
);

fn is_bool(e: &Expr, sets: &ColumnSets) -> bool {
    crate::semantic::facts::column_is(e, sets, |f, c| {
        f.numeric.get(c) == Some(&NumKind::Bool)
    })
}

fn as_int(e: &mut Expr) {
    if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&format!("CAST({e} AS integer)")) {
        *e = x;
    }
}

/// 0 or 1 as a literal (`1`, `'1'`, `TRUE` is already boolean).
fn zero_one(e: &Expr) -> Option<bool> {
    let Expr::Value(v) = e else { return None };
    let text = match &v.value {
        Value::Number(n, _) => n.as_str(),
        Value::SingleQuotedString(s) => s.as_str(),
        _ => return None,
    };
    match text.trim() {
        "0" => Some(false),
        "1" => Some(true),
        _ => None,
    }
}

fn numeric_operand(e: &Expr) -> bool {
    matches!(e, Expr::Value(v) if matches!(&v.value, Value::Number(..) | Value::Placeholder(_) | Value::SingleQuotedString(_)))
}

/// Rewrites `e` in place; the note to report, if any.
pub fn rewrite(e: &mut Expr, sets: &ColumnSets) -> Option<(String, Severity)> {
    rewrite_note(e, sets).map(|m| (m, Severity::Info))
}

fn rewrite_note(e: &mut Expr, sets: &ColumnSets) -> Option<String> {
    match e {
        Expr::BinaryOp { left, op, right } => {
            let comparison = matches!(op, B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq);
            let arithmetic = matches!(
                op,
                B::Plus | B::Minus | B::Multiply | B::Divide | B::Modulo | B::MyIntegerDivide
            );
            let (l, r) = (is_bool(left, sets), is_bool(right, sets));
            if !l && !r {
                return None;
            }
            if comparison && matches!(op, B::Eq | B::NotEq) {
                let (col, other) = if l { (left, right) } else { (right, left) };
                if let Some(b) = zero_one(other) {
                    **other = Expr::Value(Value::Boolean(b).into());
                    return Some(format!(
                        "`{col}` is boolean: the comparison with {} uses {b}",
                        if b { 1 } else { 0 }
                    ));
                }
                if numeric_operand(other) {
                    as_int(col);
                    return Some("a boolean column compared with a number or placeholder reads as integer (0 or 1)".into());
                }
                return None;
            }
            if comparison || arithmetic {
                let mut changed = false;
                if l && (arithmetic || numeric_operand(right)) {
                    as_int(left);
                    changed = true;
                }
                if r && (arithmetic || numeric_operand(left)) {
                    as_int(right);
                    changed = true;
                }
                return changed.then(|| "a boolean column in arithmetic or a numeric comparison reads as integer (0 or 1)".into());
            }
            None
        }
        Expr::Function(f) => {
            let name = if super::function_is(f, "sum") {
                "SUM"
            } else if super::function_is(f, "avg") {
                "AVG"
            } else {
                return None;
            };
            let FunctionArguments::List(list) = &mut f.args else {
                return None;
            };
            let mut changed = false;
            for a in &mut list.args {
                if let FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) = a {
                    if is_bool(x, sets) {
                        as_int(x);
                        changed = true;
                    }
                }
            }
            changed.then(|| format!("{} of a boolean column counts it as integer (0 or 1)", name))
        }
        _ => None,
    }
}

/// `UPDATE … SET bool_col = 0/1/?`: the value as a boolean.
pub fn assignments(stmt: &mut Statement, sets: &ColumnSets) -> Option<String> {
    let Statement::Update(u) = stmt else {
        return None;
    };
    let mut changed = false;
    for a in &mut u.assignments {
        let AssignmentTarget::ColumnName(name) = &a.target else {
            continue;
        };
        let Some(col) = name.0.last().and_then(|p| p.as_ident()) else {
            continue;
        };
        let col = col.value.to_lowercase();
        if sets.numeric.get(&col) != Some(&NumKind::Bool) {
            continue;
        }
        changed |= to_boolean(&mut a.value, sets);
    }
    changed.then(|| "a number assigned to a boolean column becomes true/false".into())
}

/// A number stored into a boolean column: `1`/`0` become `true`/`false`, a numeric
/// expression is compared with zero. Whether it changed.
fn to_boolean(value: &mut Expr, sets: &ColumnSets) -> bool {
    if let Some(b) = zero_one(value) {
        *value = Expr::Value(Value::Boolean(b).into());
        return true;
    }
    let numeric = match &*value {
        // A bound value may come as a number (drivers that interpolate): compared too.
        Expr::Value(v) => matches!(&v.value, Value::Number(..) | Value::Placeholder(_)),
        Expr::Nested(_)
        | Expr::UnaryOp { .. }
        | Expr::Case { .. }
        | Expr::Function(_)
        | Expr::Identifier(_)
        | Expr::CompoundIdentifier(_)
        | Expr::BinaryOp { .. } => !super::xor::is_boolean(value, sets)
            && !matches!(&*value, Expr::Identifier(i) if sets.numeric.get(&i.value.to_lowercase()) == Some(&NumKind::Bool)),
        _ => false,
    };
    if !numeric {
        return false;
    }
    match crate::rules::expr::expression::parse_pg_expr(&format!("CAST({value} AS integer) <> 0")) {
        Ok(x) => {
            *value = x;
            true
        }
        Err(_) => false,
    }
}

/// An INSERT's VALUES rows (and its ON DUPLICATE KEY UPDATE) storing numbers into
/// boolean columns; `kinds` is each inserted column's PostgreSQL kind, in the order of
/// the values (from the catalog: the column list, or the table's columns). Before the
/// walk, on MySQL's text.
pub fn insert_values(
    ins: &mut sqlparser::ast::Insert,
    kinds: &[(String, crate::catalog::PgKind)],
    sets: &ColumnSets,
) -> Option<String> {
    let mut changed = false;
    if let Some(source) = &mut ins.source {
        if let sqlparser::ast::SetExpr::Values(v) = &mut *source.body {
            for row in &mut v.rows {
                for (cell, (_, kind)) in row.iter_mut().zip(kinds) {
                    if *kind == crate::catalog::PgKind::Boolean {
                        changed |= to_boolean(cell, sets);
                    }
                }
            }
        }
    }
    if let Some(sqlparser::ast::OnInsert::DuplicateKeyUpdate(assignments)) = &mut ins.on {
        for a in assignments {
            let AssignmentTarget::ColumnName(name) = &a.target else {
                continue;
            };
            let Some(col) = name.0.last().and_then(|p| p.as_ident()) else {
                continue;
            };
            let boolean = kinds.iter().any(|(n, k)| {
                n.eq_ignore_ascii_case(&col.value) && *k == crate::catalog::PgKind::Boolean
            });
            if boolean {
                changed |= to_boolean(&mut a.value, sets);
            }
        }
    }
    changed.then(|| "a number inserted into a boolean column becomes true/false".into())
}
