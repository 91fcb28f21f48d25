//! # Q010 update-order
//!
//! ## What it does
//! Keeps MySQL's left-to-right UPDATE assignments: a value that reads a column assigned
//! earlier in the same SET gets that column's new value written in its place.
//!
//! ## MySQL
//! Single-table UPDATE assignments are evaluated from left to right:
//! `UPDATE t SET a = a + 1, b = a` sets `b` to the new `a`, and a column may be
//! assigned twice (`SET x = 1, x = x + 1` stores 2).
//!
//! ## PostgreSQL
//! Every value reads the row as it was, and a column may be assigned once. So
//! `SET a = a + 1, b = a` becomes `SET a = a + 1, b = (a + 1)`, and a repeated column
//! keeps one assignment with the earlier value substituted (`SET x = (1) + 1`).
//!
//! ## Caveats
//! A substituted value is computed twice: a volatile function in it (`RAND()`, `UUID()`)
//! gives another value the second time, which is reported as a warning. MySQL documents
//! no order for multi-table UPDATE assignments; the left-to-right reading is kept there
//! too, with a warning. A later value with a subquery is not rewritten (a name in it
//! may be another table's column): it gets a warning.

use super::Notes;
use crate::diagnostics::Severity;
use sqlparser::ast::{AssignmentTarget, Expr, Statement, TableFactor};
use std::ops::ControlFlow;

crate::rule!(
    "Q010",
    "update-order",
    Info,
    "UPDATE assignments keep MySQL's left-to-right order"
);

/// Rewrites the SET list of an UPDATE in place; `multi` says it was a multi-table one.
pub fn rewrite(stmt: &mut Statement, multi: bool, notes: &mut Notes) {
    let Statement::Update(u) = stmt else { return };
    let table = match &u.table.relation {
        TableFactor::Table { name, alias, .. } => alias.as_ref().map_or_else(
            || {
                name.0
                    .last()
                    .and_then(|p| p.as_ident())
                    .map(|i| i.value.clone())
                    .unwrap_or_default()
            },
            |a| a.name.value.clone(),
        ),
        _ => return,
    };
    // (column, new value) in order; a column assigned again replaces its entry.
    let mut assigned: Vec<(String, Expr)> = Vec::new();
    let mut out = Vec::new();
    let mut substituted = false;
    let mut volatile = false;
    let mut subquery = false;
    for mut a in std::mem::take(&mut u.assignments) {
        let AssignmentTarget::ColumnName(name) = &a.target else {
            out.push(a);
            continue;
        };
        let Some(col) = name
            .0
            .last()
            .and_then(|p| p.as_ident())
            .map(|i| i.value.to_lowercase())
        else {
            out.push(a);
            continue;
        };
        if !assigned.is_empty() && has_subquery(&a.value) && names_any(&a.value, &assigned) {
            // A name inside a subquery may be another table's column: not substituted.
            subquery = true;
        } else if !assigned.is_empty() {
            let _ = sqlparser::ast::visit_expressions_mut(&mut a.value, |e| {
                let reads = match e {
                    Expr::Identifier(i) => Some(i.value.to_lowercase()),
                    Expr::CompoundIdentifier(p)
                        if p.len() == 2 && p[0].value.eq_ignore_ascii_case(&table) =>
                    {
                        Some(p[1].value.to_lowercase())
                    }
                    _ => None,
                };
                if let Some((_, value)) = reads.and_then(|c| assigned.iter().find(|(n, _)| *n == c))
                {
                    volatile |= has_function(value);
                    *e = Expr::Nested(Box::new(value.clone()));
                    substituted = true;
                }
                ControlFlow::<()>::Continue(())
            });
        }
        if let Some(i) = out.iter().position(|o: &sqlparser::ast::Assignment| {
            matches!(&o.target, AssignmentTarget::ColumnName(n)
                if n.0.last().and_then(|p| p.as_ident()).is_some_and(|i| i.value.eq_ignore_ascii_case(&col)))
        }) {
            // PostgreSQL takes one assignment per column: the last one, which now
            // carries the earlier values.
            out.remove(i);
            substituted = true;
        }
        assigned.retain(|(n, _)| *n != col);
        assigned.push((col, a.value.clone()));
        out.push(a);
    }
    u.assignments = out;
    if subquery {
        notes.note(&RULE, "a SET value with a subquery comes after other assignments: MySQL reads the new values of columns assigned before it, PostgreSQL the old ones; check the columns it names", Severity::Warning);
    }
    if substituted {
        let (msg, severity) = if volatile {
            ("a SET value reads a column assigned before it: the new value is written in its place (MySQL assigns left to right), and a function in it is computed twice (a volatile one gives another value)", Severity::Warning)
        } else if multi {
            ("a SET value reads a column assigned before it: the new value is written in its place, as MySQL's single-table UPDATE assigns left to right (MySQL documents no order for multi-table UPDATE)", Severity::Warning)
        } else {
            ("a SET value reads a column assigned before it: the new value is written in its place (MySQL assigns left to right, PostgreSQL reads the old row)", Severity::Info)
        };
        notes.note(&RULE, msg, severity);
    }
}

fn has_function(e: &Expr) -> bool {
    sqlparser::ast::visit_expressions(e, |e| match e {
        Expr::Function(_) => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

fn has_subquery(e: &Expr) -> bool {
    sqlparser::ast::visit_expressions(e, |e| match e {
        Expr::Subquery(_) | Expr::Exists { .. } => ControlFlow::Break(()),
        Expr::In {
            target: sqlparser::ast::InTarget::Subquery(_),
            ..
        } => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

/// Whether `e` names a column assigned before (by its last name part).
fn names_any(e: &Expr, assigned: &[(String, Expr)]) -> bool {
    sqlparser::ast::visit_expressions(e, |e| {
        let name = match e {
            Expr::Identifier(i) => Some(&i.value),
            Expr::CompoundIdentifier(p) => p.last().map(|i| &i.value),
            _ => None,
        };
        match name {
            Some(n) if assigned.iter().any(|(a, _)| a.eq_ignore_ascii_case(n)) => {
                ControlFlow::Break(())
            }
            _ => ControlFlow::Continue(()),
        }
    })
    .is_break()
}
