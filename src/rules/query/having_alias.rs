//! # Q014 having-alias
//!
//! ## What it does
//! Replaces a select-list alias named in HAVING by the expression it names.
//!
//! ## MySQL
//! HAVING may name a select-list alias: `SELECT COUNT(*) AS n … HAVING n > 1`. When a
//! name is both an alias and a GROUP BY column, the GROUP BY column wins.
//!
//! ## PostgreSQL
//! HAVING sees only the FROM clause's columns (`column "n" does not exist`), so the
//! alias becomes its expression: `HAVING (count(*)) > 1`.
//!
//! MySQL looks a HAVING name up in the FROM clause's columns before the aliases, so a
//! name that is a column of the schema is left alone.
//!
//! HAVING in a query without GROUP BY and without aggregates filters the result rows
//! in MySQL; PostgreSQL would make the query one group and reject its columns, so it
//! becomes (part of) WHERE, after its aliases are replaced.
//!
//! ## Caveats
//! Columns are known by name across the schema, not per table: an alias that is a
//! column name of another table is left alone too (PostgreSQL then reports it).

use super::Notes;
use crate::diagnostics::Severity;
use sqlparser::ast::{
    Expr, GroupByExpr, Query, SelectItem, SetExpr, Statement, VisitMut, VisitorMut,
};
use std::ops::ControlFlow;

crate::rule!(
    "Q014",
    "having-alias",
    Info,
    "select-list aliases in HAVING become their expressions"
);

struct Aliases<'a>(usize, &'a crate::catalog::ColumnSets);

impl VisitorMut for Aliases<'_> {
    type Break = ();
    fn pre_visit_query(&mut self, q: &mut Query) -> ControlFlow<()> {
        self.0 += body(&mut q.body, self.1);
        ControlFlow::Continue(())
    }
}

fn body(b: &mut SetExpr, columns: &crate::catalog::ColumnSets) -> usize {
    match b {
        SetExpr::Select(s) => {
            let Some(having) = &mut s.having else {
                return 0;
            };
            let aliases: Vec<(String, Expr)> = s
                .projection
                .iter()
                .filter_map(|p| match p {
                    SelectItem::ExprWithAlias { expr, alias } => {
                        Some((alias.value.to_lowercase(), expr.clone()))
                    }
                    _ => None,
                })
                .collect();
            let grouped: Vec<String> = match &s.group_by {
                GroupByExpr::Expressions(list, _) => list
                    .iter()
                    .filter_map(|g| match g {
                        Expr::Identifier(i) => Some(i.value.to_lowercase()),
                        _ => None,
                    })
                    .collect(),
                GroupByExpr::All(_) => Vec::new(),
            };
            let mut n = 0;
            let _ = sqlparser::ast::visit_expressions_mut(having, |e| {
                if let Expr::Identifier(i) = e {
                    let name = i.value.to_lowercase();
                    if !grouped.contains(&name)
                        && !columns.ci.contains(&name)
                        && !columns.cs.contains(&name)
                    {
                        if let Some((_, x)) = aliases.iter().find(|(a, _)| *a == name) {
                            *e = Expr::Nested(Box::new(x.clone()));
                            n += 1;
                        }
                    }
                }
                ControlFlow::<()>::Continue(())
            });
            n
        }
        SetExpr::SetOperation { left, right, .. } => body(left, columns) + body(right, columns),
        _ => 0,
    }
}

/// HAVING in a query that neither groups nor aggregates filters its rows, as WHERE
/// does (MySQL); PostgreSQL would make it one group and reject its columns. Joined
/// to WHERE with AND. `plain` queries only (the caller checks).
pub fn as_where(s: &mut sqlparser::ast::Select, notes: &mut Notes) {
    let Some(h) = s.having.take() else { return };
    s.selection = Some(match s.selection.take() {
        Some(w) => Expr::BinaryOp {
            left: Box::new(Expr::Nested(Box::new(w))),
            op: sqlparser::ast::BinaryOperator::And,
            right: Box::new(Expr::Nested(Box::new(h))),
        },
        None => h,
    });
    notes.note(&RULE, "HAVING in a query without GROUP BY or aggregates filters its rows: it becomes WHERE", Severity::Info);
}

/// Rewrites every SELECT of the statement (subqueries included).
pub fn rewrite(stmt: &mut Statement, sets: &crate::catalog::ColumnSets, notes: &mut Notes) {
    let mut v = Aliases(0, &sets);
    let _ = stmt.visit(&mut v);
    if v.0 > 0 {
        notes.note(&RULE, "a select-list alias in HAVING becomes its expression (PostgreSQL's HAVING does not see aliases)", Severity::Info);
    }
}
