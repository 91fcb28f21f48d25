//! # Q029 distinct-order-by
//!
//! ## What it does
//! Rewrites `SELECT DISTINCT … ORDER BY e`, where `e` is not in the select list, as
//! `SELECT … GROUP BY 1, 2, …` over the select list's positions; Q007 then makes `e`
//! acceptable (kept when it is built from selected columns, added to GROUP BY when the
//! selected columns determine it, else one value of the group with a warning).
//!
//! ## MySQL
//! MySQL 8 accepts an ORDER BY expression of a DISTINCT query when the selected columns
//! determine it (`SELECT DISTINCT a, b … ORDER BY a + b`, or a column of a table whose
//! key is selected); MariaDB, and MySQL without that check, accept any expression and
//! sort each distinct row by one of its source rows' values.
//!
//! ## PostgreSQL
//! "for SELECT DISTINCT, ORDER BY expressions must appear in select list": the whole
//! expression, as written or as a column that a selected `*` or `t.*` covers.
//! GROUP BY over every selected expression gives the same rows as DISTINCT (NULLs
//! group together, and a column's collation decides equality in both), and ORDER BY
//! may then use anything grouped or aggregated.
//!
//! ## Caveats
//! A DISTINCT query that also groups, aggregates or uses window functions is not
//! rewritten (DISTINCT applies after them), nor one that selects `*` or `t.*`: PostgreSQL
//! would reject it, so it is an error and kept as a comment.

use crate::diagnostics::Severity;
use crate::semantic::scope::{Resolved, Scope};
use sqlparser::ast::{
    Distinct, Expr, GroupByExpr, Select, SelectItem, SelectItemQualifiedWildcardKind, Value,
};

crate::rule!(
    "Q029",
    "distinct-order-by",
    Info,
    "SELECT DISTINCT ordered by an expression it does not select becomes GROUP BY"
);

/// Whether PostgreSQL finds ORDER BY term `o` in the select list.
fn selected(s: &Select, o: &Expr, scope: &Scope) -> bool {
    let column = match scope.resolve(o) {
        Resolved::Column(c) => Some(c),
        _ => None,
    };
    let same = |e: &Expr| {
        column
            .as_ref()
            .is_some_and(|c| scope.resolve(e) == Resolved::Column(c.clone()))
    };
    if let Expr::Value(v) = o {
        if matches!(&v.value, Value::Number(..)) {
            return true;
        }
    }
    s.projection.iter().any(|p| match p {
        SelectItem::UnnamedExpr(e) => e == o || same(e),
        SelectItem::ExprWithAlias { expr, alias } => {
            expr == o
                || matches!(o, Expr::Identifier(i) if i.value == alias.value)
                || same(expr)
        }
        SelectItem::Wildcard(_) => column.is_some(),
        SelectItem::QualifiedWildcard(kind, _) => match (kind, &column) {
            (SelectItemQualifiedWildcardKind::ObjectName(n), Some((r, _))) => n
                .0
                .last()
                .and_then(|p| p.as_ident())
                .is_some_and(|i| i.value.eq_ignore_ascii_case(&scope.relations[*r].name)),
            _ => false,
        },
        _ => false,
    })
}

/// Rewrites `s` when its ORDER BY (`order`) names something PostgreSQL does not find in
/// a DISTINCT select list; `plain` says the query neither groups, aggregates nor uses
/// window functions.
pub fn rewrite(
    s: &mut Select,
    order: &[&mut Expr],
    scope: &Scope,
    plain: bool,
    notes: &mut super::Notes,
) {
    if !matches!(s.distinct, Some(Distinct::Distinct)) {
        return;
    }
    if order.iter().all(|o| selected(s, o, scope)) {
        return;
    }
    let wildcard = s
        .projection
        .iter()
        .any(|p| matches!(p, SelectItem::Wildcard(_) | SelectItem::QualifiedWildcard(..)));
    if !plain || wildcard {
        notes.note(&RULE, "SELECT DISTINCT ordered by an expression it does not select: PostgreSQL rejects it, and with `*`, GROUP BY or window functions in the query my2pg does not rewrite it; order by selected columns", Severity::Error);
        return;
    }
    s.distinct = None;
    let positions = (1..=s.projection.len())
        .map(|i| Expr::value(Value::Number(i.to_string(), false)))
        .collect();
    s.group_by = GroupByExpr::Expressions(positions, Vec::new());
    notes.note(&RULE, "SELECT DISTINCT ordered by an expression it does not select becomes GROUP BY over the select list (the same rows; PostgreSQL rejects the DISTINCT form)", Severity::Info);
}
