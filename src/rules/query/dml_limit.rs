//! # Q009 dml-limit
//!
//! ## What it does
//! Rewrites `ORDER BY … LIMIT n` on a single-table DELETE or UPDATE, which PostgreSQL
//! does not have, as a row-identity subquery.
//!
//! ## MySQL
//! `DELETE FROM t WHERE w ORDER BY o LIMIT n` deletes the first n matching rows in that
//! order (UPDATE likewise). ORDER BY without LIMIT only sets the order rows are changed
//! in.
//!
//! ## PostgreSQL
//! `DELETE FROM t WHERE (tableoid, ctid) IN (SELECT tableoid, ctid FROM t WHERE w ORDER BY
//! o LIMIT n)`: the subquery picks the same rows (`tableoid` keeps row identities apart
//! in partitioned tables); its ORDER BY gets MySQL's NULL placement (Q003). ORDER BY
//! without LIMIT is dropped.
//!
//! ## Caveats
//! Without ORDER BY (or with ties in it) both engines pick unspecified rows, which need
//! not be the same ones. The order rows are changed in is not kept: an UPDATE that
//! relies on it to avoid unique-key conflicts (`SET id = id + 1 ORDER BY id DESC`) can
//! fail in PostgreSQL, which checks unique keys row by row.

use super::Notes;
use crate::diagnostics::Severity;
use sqlparser::ast::{
    Expr, FromTable, InTarget, LimitClause, OrderBy, OrderByExpr, OrderByKind, SetExpr, Statement,
    TableWithJoins,
};

crate::rule!(
    "Q009",
    "dml-limit",
    Info,
    "DELETE/UPDATE … ORDER BY … LIMIT becomes a row-identity subquery"
);

/// Rewrites the statement in place when it is a single-table DELETE or UPDATE with
/// ORDER BY or LIMIT.
pub fn rewrite(stmt: &mut Statement, notes: &mut Notes) {
    let (what, table, selection, order_by, limit) = match stmt {
        Statement::Delete(d) => {
            let from = match &d.from {
                FromTable::WithFromKeyword(f) | FromTable::WithoutKeyword(f) => f,
            };
            if !d.tables.is_empty() || d.using.is_some() || from.len() != 1 {
                return; // multi-table: MySQL allows no ORDER BY or LIMIT there
            }
            (
                "DELETE",
                from[0].clone(),
                &mut d.selection,
                &mut d.order_by,
                &mut d.limit,
            )
        }
        Statement::Update(u) if u.from.is_none() => (
            "UPDATE",
            u.table.clone(),
            &mut u.selection,
            &mut u.order_by,
            &mut u.limit,
        ),
        _ => return,
    };
    if !table.joins.is_empty() {
        return;
    }
    let Some(limit) = limit.take() else {
        if !order_by.is_empty() {
            order_by.clear();
            notes.note(&RULE,
                format!("ORDER BY of a {what} without LIMIT is dropped (it only sets the order rows are changed in)"),
                Severity::Info,
            );
        }
        return;
    };
    let order = std::mem::take(order_by);
    *selection = Some(subquery(table, selection.take(), order, limit));
    notes.note(
        &RULE,
        format!("{what} … LIMIT becomes {what} … WHERE (tableoid, ctid) IN (SELECT … LIMIT)"),
        Severity::Info,
    );
}

/// `(tableoid, ctid) IN (SELECT tableoid, ctid FROM table WHERE selection ORDER BY order
/// LIMIT limit)`, built around the statement's own nodes so their places stay known.
fn subquery(
    table: TableWithJoins,
    selection: Option<Expr>,
    order: Vec<OrderByExpr>,
    limit: Expr,
) -> Expr {
    let template = "(tableoid, ctid) IN (SELECT tableoid, ctid FROM t LIMIT 1)";
    let mut expr = sqlparser::parser::Parser::new(&sqlparser::dialect::MySqlDialect {})
        .try_with_sql(template)
        .and_then(|mut p| p.parse_expr())
        .expect("the template parses");
    if let Expr::In {
        target: InTarget::Subquery(q),
        ..
    } = &mut expr
    {
        if let SetExpr::Select(s) = q.body.as_mut() {
            s.from = vec![table];
            s.selection = selection;
        }
        q.order_by = (!order.is_empty()).then_some(OrderBy {
            kind: OrderByKind::Expressions(order),
            interpolate: None,
        });
        q.limit_clause = Some(LimitClause::LimitOffset {
            limit: Some(limit),
            offset: None,
            limit_by: Vec::new(),
        });
    }
    expr
}
