//! # Q024 assignment-type
//!
//! ## What it does
//! Converts a value stored into a column (INSERT's VALUES, ON DUPLICATE KEY UPDATE,
//! UPDATE's SET) whose PostgreSQL type takes no assignment cast from that value: numbers
//! into `bit(n)` and into `bytea`, string literals into `bytea`; and strings stored into
//! a MySQL `CHAR` column, whose trailing spaces MySQL strips; string literals stored into
//! an ENUM column, whose labels MySQL matches case-insensitively.
//!
//! ## MySQL
//! A number stored into `BIT(n)` is its bits (`5` is `b'101'`); a number stored into a
//! binary string column is its decimal text (`5` is the byte `0x35`); a string literal is
//! its bytes.
//!
//! ## PostgreSQL
//! `CAST(x AS bit(n))` for a number into `bit(n)`; `convert_to(CAST(x AS text), 'UTF8')`
//! for a number into `bytea`, and `convert_to('…', 'UTF8')` for a string literal (the
//! bytes of the text, whatever backslashes it holds: `bytea`'s own input would read them
//! as escapes). Into a `CHAR` column (a `varchar` in PostgreSQL, T007): a string literal
//! without its trailing spaces, any other string through `rtrim(…, ' ')`. Into an ENUM:
//! the label the literal matches in another case (`'c'` for `'C'`). Booleans are
//! Q012's.
//!
//! ## Caveats
//! Column types come from the catalog by the table's name; a table my2pg has not seen
//! keeps its values as written. A number wider than `bit(n)` keeps its low bits in
//! PostgreSQL, where MySQL's strict mode refuses it.

use crate::catalog::{ColumnSets, PgKind};
use crate::rules::query::translate::typing::{type_of, Ty};
use sqlparser::ast::{AssignmentTarget, Expr, Insert, OnInsert, SetExpr, Statement};

crate::rule!(
    "Q024",
    "assignment-type",
    Info,
    "numbers and strings stored into bit and bytea columns get PostgreSQL's conversion"
);

/// The value converted for a column of `kind` (a MySQL CHAR column when `char`), when
/// it needs it. Whether it changed.
fn coerce(value: &mut Expr, kind: PgKind, char: bool, sets: &ColumnSets) -> bool {
    let ty = type_of(value, sets);
    if char {
        if let Expr::Value(v) = value {
            if let sqlparser::ast::Value::SingleQuotedString(s) = &mut v.value {
                let trimmed = s.trim_end_matches(' ').len();
                let changed = trimmed < s.len();
                s.truncate(trimmed);
                return changed;
            }
        }
        if !matches!(ty, Ty::Text | Ty::Unknown) {
            return false;
        }
        return match crate::rules::expr::expression::parse_pg_expr(&format!("rtrim({value}, ' ')")) {
            Ok(x) => {
                *value = x;
                true
            }
            Err(_) => false,
        };
    }
    let text = match (kind, ty) {
        (PgKind::Bit(n), t) if t.is_number() => format!("CAST({value} AS bit({n}))"),
        (PgKind::Bytea, t) if t.is_number() => format!("convert_to(CAST({value} AS text), 'UTF8')"),
        (PgKind::Bytea, Ty::StrLit) => format!("convert_to({value}, 'UTF8')"),
        _ => return false,
    };
    match crate::rules::expr::expression::parse_pg_expr(&text) {
        Ok(x) => {
            *value = x;
            true
        }
        Err(_) => false,
    }
}

fn target_name(t: &AssignmentTarget) -> Option<String> {
    let AssignmentTarget::ColumnName(name) = t else {
        return None;
    };
    name.0.last().and_then(|p| p.as_ident()).map(|i| i.value.clone())
}

fn kind_of(kinds: &[(String, PgKind)], name: &str) -> Option<PgKind> {
    kinds
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, k)| *k)
}

/// A string literal stored into an ENUM column: MySQL matches the labels
/// case-insensitively, PostgreSQL's enum input exactly; the literal becomes the label.
fn enum_label(value: &mut Expr, column: &str, sets: &ColumnSets) -> bool {
    let Some(labels) = sets.enums.get(&column.to_lowercase()) else {
        return false;
    };
    let Expr::Value(v) = value else { return false };
    let sqlparser::ast::Value::SingleQuotedString(s) = &mut v.value else {
        return false;
    };
    if labels.iter().any(|l| l == s) {
        return false;
    }
    match labels.iter().find(|l| l.eq_ignore_ascii_case(s)) {
        Some(l) => {
            *s = l.clone();
            true
        }
        None => false,
    }
}

/// Converts the values of a translated INSERT or UPDATE; `kinds` are the target
/// columns' kinds (INSERT: in the order of the values). The note, when any changed.
pub fn apply(
    stmt: &mut Statement,
    kinds: &[(String, PgKind)],
    chars: &[String],
    sets: &ColumnSets,
) -> Option<String> {
    let is_char = |n: &str| chars.iter().any(|c| c.eq_ignore_ascii_case(n));
    let mut changed = false;
    match stmt {
        Statement::Insert(Insert { source, on, .. }) => {
            if let Some(source) = source {
                if let SetExpr::Values(v) = &mut *source.body {
                    for row in &mut v.rows {
                        for (cell, (name, kind)) in row.iter_mut().zip(kinds) {
                            changed |= enum_label(cell, name, sets);
                            changed |= coerce(cell, *kind, is_char(name), sets);
                        }
                    }
                }
            }
            if let Some(OnInsert::DuplicateKeyUpdate(assignments)) = on {
                for a in assignments {
                    if let Some(n) = target_name(&a.target) {
                        changed |= enum_label(&mut a.value, &n, sets);
                        if let Some(k) = kind_of(kinds, &n) {
                            changed |= coerce(&mut a.value, k, is_char(&n), sets);
                        }
                    }
                }
            }
        }
        Statement::Update(u) => {
            for a in &mut u.assignments {
                if let Some(n) = target_name(&a.target) {
                    changed |= enum_label(&mut a.value, &n, sets);
                    if let Some(k) = kind_of(kinds, &n) {
                        changed |= coerce(&mut a.value, k, is_char(&n), sets);
                    }
                }
            }
        }
        _ => {}
    }
    changed.then(|| {
        "a value stored into a bit, bytea or CHAR column is converted as MySQL stores it".into()
    })
}
