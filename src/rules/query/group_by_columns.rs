//! # Q007 group-by-columns
//!
//! ## What it does
//! Adds to GROUP BY the plain columns a grouped query selects or orders by outside
//! aggregates.
//!
//! ## MySQL
//! Under ONLY_FULL_GROUP_BY (MySQL 5.7+'s default) a grouped query may select columns
//! that are functionally dependent on the grouped ones — also through joins on keys
//! (`GROUP BY s.store_id` selecting the store's `c.city`).
//!
//! ## PostgreSQL
//! Only columns of a table whose primary key is grouped count as dependent. Adding the
//! dependent columns to GROUP BY keeps the same groups, so the same rows come back.
//!
//! ## Caveats
//! Without ONLY_FULL_GROUP_BY (MariaDB's default) MySQL accepted columns that are *not*
//! dependent and returned one arbitrary value per group; PostgreSQL now returns a row per
//! distinct value (warning).

use sqlparser::ast::{
    Expr, Function, GroupByExpr, Query, Select, SelectItem, SetExpr, Visit, Visitor,
};
use std::ops::ControlFlow;

crate::rule!(
    "Q007",
    "group-by-columns",
    Warning,
    "GROUP BY gets the columns a grouped query selects"
);

const AGGREGATES: &[&str] = &[
    "avg",
    "count",
    "max",
    "min",
    "sum",
    "string_agg",
    "group_concat",
    "bit_and",
    "bit_or",
    "bit_xor",
    "std",
    "stddev",
    "stddev_pop",
    "stddev_samp",
    "var_pop",
    "var_samp",
    "variance",
    "json_arrayagg",
    "json_objectagg",
    "array_agg",
    "bool_and",
    "bool_or",
    "every",
];

fn is_aggregate(f: &Function) -> bool {
    AGGREGATES
        .iter()
        .any(|a| f.name.to_string().eq_ignore_ascii_case(a))
        || f.over.is_some()
}

/// Column references outside aggregates, subqueries and grouped expressions.
#[derive(Default)]
struct Columns {
    found: Vec<Expr>,
    aggregate: usize,
    query: usize,
    /// The GROUP BY terms: a column inside one of them (`YEAR(d)`) is grouped already.
    groups: Vec<Expr>,
    grouped: usize,
}

impl Visitor for Columns {
    type Break = ();
    fn pre_visit_query(&mut self, _q: &Query) -> ControlFlow<()> {
        self.query += 1;
        ControlFlow::Continue(())
    }
    fn post_visit_query(&mut self, _q: &Query) -> ControlFlow<()> {
        self.query -= 1;
        ControlFlow::Continue(())
    }
    fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
        if self.groups.contains(e) {
            self.grouped += 1;
        }
        if self.grouped > 0 {
            return ControlFlow::Continue(());
        }
        match e {
            Expr::Function(f) if is_aggregate(f) => self.aggregate += 1,
            Expr::Identifier(_) | Expr::CompoundIdentifier(_)
                if self.aggregate == 0 && self.query == 0 =>
            {
                if !self.found.contains(e) {
                    self.found.push(e.clone());
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
    fn post_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
        if self.groups.contains(e) {
            self.grouped -= 1;
            return ControlFlow::Continue(());
        }
        if self.grouped > 0 {
            return ControlFlow::Continue(());
        }
        if let Expr::Function(f) = e {
            if is_aggregate(f) {
                self.aggregate -= 1;
            }
        }
        ControlFlow::Continue(())
    }
}

/// Completes the GROUP BY of `select` with `more` expressions' columns; true if it added any.
fn complete(select: &mut Select, more: &[&Expr], sets: &crate::catalog::ColumnSets) -> bool {
    let GroupByExpr::Expressions(groups, _) = &mut select.group_by else {
        return false;
    };
    if groups.is_empty() {
        return false;
    }
    // ROLLUP/CUBE/GROUPING SETS: a plain column added beside them would remove the
    // super-aggregate rows.
    if groups.iter().any(|g| {
        matches!(g, Expr::Rollup(_) | Expr::Cube(_) | Expr::GroupingSets(_))
            || matches!(g, Expr::Function(f) if super::function_is(f, "rollup"))
    }) {
        return false;
    }
    // Output aliases may be grouped by name in MySQL; a select item's alias is not a column.
    let aliases: Vec<String> = select
        .projection
        .iter()
        .filter_map(|p| match p {
            SelectItem::ExprWithAlias { alias, .. } => Some(alias.value.clone()),
            _ => None,
        })
        .collect();
    let mut cols = Columns {
        groups: groups.clone(),
        ..Default::default()
    };
    // A select item that is itself grouped (by its alias, its position or the same
    // expression) needs none of its columns added: they would split its groups.
    let grouped = |i: usize, e: &Expr, alias: Option<&str>| {
        groups.iter().any(|g| {
            g == e
                // MySQL looks GROUP BY names up in the FROM columns first.
                || matches!(g, Expr::Identifier(id) if alias.is_some_and(|a| a.eq_ignore_ascii_case(&id.value))
                    && !sets.ci.contains(&id.value.to_lowercase()) && !sets.cs.contains(&id.value.to_lowercase()))
                || matches!(g, Expr::Value(v) if v.value.to_string() == (i + 1).to_string())
        })
    };
    for (i, p) in select.projection.iter().enumerate() {
        match p {
            SelectItem::UnnamedExpr(e) if !grouped(i, e, None) => {
                let _ = e.visit(&mut cols);
            }
            SelectItem::ExprWithAlias { expr: e, alias } if !grouped(i, e, Some(&alias.value)) => {
                let _ = e.visit(&mut cols);
            }
            _ => {}
        }
    }
    if let Some(h) = &select.having {
        let _ = h.visit(&mut cols);
    }
    for e in more {
        let _ = e.visit(&mut cols);
    }
    let mut added = false;
    for c in cols.found {
        let is_alias = matches!(&c, Expr::Identifier(i) if aliases.contains(&i.value));
        if !is_alias && !groups.contains(&c) {
            groups.push(c);
            added = true;
        }
    }
    added
}

/// Applies the rule to a query (its ORDER BY counts too); true if GROUP BY changed.
pub fn apply(q: &mut Query, sets: &crate::catalog::ColumnSets) -> bool {
    let order: Vec<Expr> = match &q.order_by {
        Some(ob) => match &ob.kind {
            sqlparser::ast::OrderByKind::Expressions(v) => {
                v.iter().map(|o| o.expr.clone()).collect()
            }
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    match q.body.as_mut() {
        SetExpr::Select(s) => complete(s, &order.iter().collect::<Vec<_>>(), sets),
        _ => false,
    }
}
