//! # Q007 group-by-columns
//!
//! ## What it does
//! Makes a grouped or aggregate query's columns that are outside aggregates and not
//! grouped acceptable to PostgreSQL without changing its rows: from the resolved
//! names (the semantic layer's scope), each such column is left as it is, added to
//! GROUP BY, or taken as one value of its group.
//!
//! ## MySQL
//! Under ONLY_FULL_GROUP_BY (MySQL 5.7+'s default) a grouped query may select, order
//! by and filter on (HAVING) columns that the grouped columns determine: through a
//! primary key or a unique key of NOT NULL columns, through equalities of the WHERE
//! clause and of join conditions (`GROUP BY s.store_id` selecting the store's city
//! through two joins), and columns fixed to a constant. Without ONLY_FULL_GROUP_BY
//! (MariaDB's default, and MySQL applications that turned it off) any column is
//! accepted and MySQL returns any row's value of the group. An aggregate query
//! without GROUP BY (one group) is the same.
//!
//! ## PostgreSQL
//! Only columns of a table whose primary key constraint is grouped count as
//! determined, and only once the constraint exists (a converted dump adds its keys
//! after the data, so a query or view of the same script comes before them). So, for
//! each column:
//! - determined (keys, equalities, constants): added to GROUP BY, which keeps the same
//!   groups, so the same rows come back;
//! - not determined, or its table's columns are unknown (a view, a CTE), or the query
//!   has no GROUP BY or groups by ROLLUP (where an added column would change the
//!   groups): taken as `(array_agg(col))[1]`, one value of the group. For a column
//!   not known to be determined this warns: MySQL's "any value" and PostgreSQL's
//!   first aggregated one need not be the same row's. A column is never added to
//!   GROUP BY unless it is known to be determined (that would split the groups).
//!
//! A column of an outer query is a constant inside the grouped subquery: kept.
//!
//! ## Caveats
//! Names resolve against the catalog's tables; a view's or a CTE's columns carry no
//! keys here, so their columns are taken as one value with a warning even where MySQL
//! would see them determined. Equalities count from the WHERE clause and the join
//! conditions' top-level AND only, as MySQL's documented rules do.

use crate::catalog::Catalog;
use crate::diagnostics::Severity;
use crate::semantic::scope::{Col, Resolved, Scope};
use sqlparser::ast::{
    Expr, Function, GroupByExpr, OrderByKind, Query, Select, SelectItem, SetExpr, Statement,
    Visit, VisitMut, Visitor, VisitorMut,
};
use std::ops::ControlFlow;

crate::rule!(
    "Q007",
    "group-by-columns",
    Warning,
    "a grouped query's other columns: kept, added to GROUP BY when determined, else one value of the group"
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
    "json_agg",
    "jsonb_agg",
    "json_object_agg",
    "jsonb_object_agg",
    "array_agg",
    "bool_and",
    "bool_or",
    "every",
    "grouping",
];

fn is_aggregate(f: &Function) -> bool {
    AGGREGATES.iter().any(|a| super::function_is(f, a))
}

/// Applies the rule to every SELECT of the (translated) statement.
pub fn apply(stmt: &mut Statement, catalog: &Catalog, notes: &mut super::Notes) {
    let mut pass = Pass {
        catalog,
        ctes: Vec::new(),
        notes,
    };
    let _ = stmt.visit(&mut pass);
}

struct Pass<'a> {
    catalog: &'a Catalog,
    /// CTE names visible, one entry per enclosing query.
    ctes: Vec<Vec<String>>,
    notes: &'a mut super::Notes,
}

impl VisitorMut for Pass<'_> {
    type Break = ();
    fn pre_visit_query(&mut self, q: &mut Query) -> ControlFlow<()> {
        let names = q
            .with
            .as_ref()
            .map(|w| w.cte_tables.iter().map(|c| c.alias.name.value.clone()).collect())
            .unwrap_or_default();
        self.ctes.push(names);
        ControlFlow::Continue(())
    }
    fn post_visit_query(&mut self, q: &mut Query) -> ControlFlow<()> {
        let ctes: Vec<String> = self.ctes.iter().flatten().cloned().collect();
        self.ctes.pop();
        let mut order: Vec<&mut Expr> = match &mut q.order_by {
            Some(ob) => match &mut ob.kind {
                OrderByKind::Expressions(v) => v.iter_mut().map(|o| &mut o.expr).collect(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        match q.body.as_mut() {
            SetExpr::Select(s) => fix(s, &mut order, self.catalog, &ctes, self.notes),
            body => each_select(body, &mut |s| fix(s, &mut Vec::new(), self.catalog, &ctes, self.notes)),
        }
        ControlFlow::Continue(())
    }
}

/// The SELECTs of a set operation's branches (their ORDER BY is the whole query's).
fn each_select(body: &mut SetExpr, f: &mut dyn FnMut(&mut Select)) {
    match body {
        SetExpr::Select(s) => f(s),
        SetExpr::SetOperation { left, right, .. } => {
            each_select(left, f);
            each_select(right, f);
        }
        _ => {}
    }
}

/// Finds non-window aggregate calls and window functions outside subqueries.
#[derive(Default)]
struct HasAggregate {
    query: usize,
    found: bool,
    window: bool,
}

impl Visitor for HasAggregate {
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
        if let Expr::Function(f) = e {
            if self.query == 0 && f.over.is_none() && is_aggregate(f) {
                self.found = true;
            }
            if self.query == 0 && f.over.is_some() {
                self.window = true;
            }
        }
        ControlFlow::Continue(())
    }
}

/// What to do with one column reference.
enum Action {
    Keep,
    Group,
    /// Wrap as one value of the group; the severity says whether results can differ.
    One(Severity),
}

fn fix(
    s: &mut Select,
    order: &mut [&mut Expr],
    catalog: &Catalog,
    ctes: &[String],
    notes: &mut super::Notes,
) {
    if matches!(s.group_by, GroupByExpr::All(_)) {
        return;
    }
    let (aggregate, window) = {
        let mut h = HasAggregate::default();
        for p in &s.projection {
            let _ = p.visit(&mut h);
        }
        let _ = s.having.visit(&mut h);
        for o in order.iter() {
            let _ = Visit::visit(&**o, &mut h);
        }
        (h.found, h.window)
    };
    let grouping = matches!(&s.group_by, GroupByExpr::Expressions(g, _) if !g.is_empty());
    let plain = !grouping && !aggregate && !window;
    // HAVING filters rows first; DISTINCT (made GROUP BY below) applies to what is left.
    if plain {
        super::having_alias::as_where(s, notes);
    }
    let distinct = matches!(s.distinct, Some(sqlparser::ast::Distinct::Distinct));
    if !grouping && !aggregate && !(distinct && !order.is_empty()) {
        return;
    }
    let scope = Scope::of_select(s, catalog, ctes);
    super::distinct_order::rewrite(s, order, &scope, plain, notes);
    let written: Vec<Expr> = match &s.group_by {
        GroupByExpr::Expressions(g, _) => g.clone(),
        GroupByExpr::All(_) => return,
    };
    // ROLLUP/CUBE/GROUPING SETS: a column added beside them would change the groups;
    // the expressions inside them are grouped.
    let mut rollup = false;
    let mut groups: Vec<Expr> = Vec::new();
    for g in written {
        match g {
            Expr::Rollup(sets) | Expr::Cube(sets) | Expr::GroupingSets(sets) => {
                rollup = true;
                groups.extend(sets.into_iter().flatten());
            }
            Expr::Function(f) if super::function_is(&f, "rollup") => {
                rollup = true;
                if let sqlparser::ast::FunctionArguments::List(l) = &f.args {
                    for a in &l.args {
                        if let sqlparser::ast::FunctionArg::Unnamed(
                            sqlparser::ast::FunctionArgExpr::Expr(e),
                        ) = a
                        {
                            groups.push(e.clone());
                        }
                    }
                }
            }
            g => groups.push(g),
        }
    }
    if groups.is_empty() && !aggregate {
        return;
    }
    let aliases: Vec<(String, Expr)> = s
        .projection
        .iter()
        .filter_map(|p| match p {
            SelectItem::ExprWithAlias { alias, expr } => Some((alias.value.clone(), expr.clone())),
            _ => None,
        })
        .collect();
    // The grouped columns: plain columns, positions and aliases of plain columns.
    let mut grouped: Vec<Col> = Vec::new();
    let mut position_items: Vec<Expr> = Vec::new();
    for g in &groups {
        let target = match g {
            Expr::Value(v) => v
                .value
                .to_string()
                .parse::<usize>()
                .ok()
                .and_then(|n| s.projection.get(n.wrapping_sub(1)))
                .and_then(|p| match p {
                    SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => {
                        Some(e)
                    }
                    _ => None,
                }),
            // MySQL looks a GROUP BY name up among the FROM columns first.
            Expr::Identifier(i) => match scope.resolve(g) {
                Resolved::Column(_) => Some(g),
                _ => aliases
                    .iter()
                    .find(|(a, _)| a.eq_ignore_ascii_case(&i.value))
                    .map(|(_, e)| e),
            },
            _ => Some(g),
        };
        if let Some(Resolved::Column(c)) = target.map(|t| scope.resolve(t)) {
            grouped.push(c);
        }
        // A select item grouped by its position or alias is grouped as an expression.
        if let Some(t) = target.filter(|t| *t != g) {
            position_items.push(t.clone());
        }
    }
    groups.extend(position_items);
    let determined = scope.determined(&grouped);
    let decide = |e: &Expr, alias_ok: bool| -> Action {
        let r = scope.resolve(e);
        if alias_ok && !matches!(r, Resolved::Column(_)) {
            if let Expr::Identifier(i) = e {
                if aliases.iter().any(|(a, _)| a.eq_ignore_ascii_case(&i.value)) {
                    return Action::Keep;
                }
            }
        }
        match r {
            Resolved::Column(c) if grouped.contains(&c) => Action::Keep,
            Resolved::Column(c) if groups.is_empty() || rollup => {
                if determined.contains(&c) && !rollup {
                    Action::One(Severity::Info)
                } else {
                    Action::One(Severity::Warning)
                }
            }
            Resolved::Column(c) if determined.contains(&c) => Action::Group,
            Resolved::Column(_) | Resolved::Unknown | Resolved::Ambiguous => {
                Action::One(Severity::Warning)
            }
            Resolved::Outside => Action::Keep,
        }
    };
    let mut w = Wrap {
        groups: &groups,
        decide: &decide,
        alias_ok: false,
        stack: Vec::new(),
        query: 0,
        add: Vec::new(),
        wrapped: Vec::new(),
    };
    for (i, p) in s.projection.iter_mut().enumerate() {
        let (e, alias) = match p {
            SelectItem::UnnamedExpr(e) => (e, None),
            SelectItem::ExprWithAlias { expr, alias } => (expr, Some(alias.value.clone())),
            _ => continue,
        };
        // An item grouped as a whole (by itself, its alias or its position) is kept.
        let whole = groups.iter().any(|g| {
            g == e
                || matches!(g, Expr::Value(v) if v.value.to_string() == (i + 1).to_string())
                || matches!((g, &alias), (Expr::Identifier(id), Some(a)) if id.value.eq_ignore_ascii_case(a)
                    && !matches!(scope.resolve(g), Resolved::Column(_)))
        });
        if !whole {
            let column = match &*e {
                Expr::Identifier(i) => Some(i.clone()),
                Expr::CompoundIdentifier(v) => v.last().cloned(),
                _ => None,
            };
            let _ = e.visit(&mut w);
            // A column taken as one value keeps its name as the result's column name.
            if let (SelectItem::UnnamedExpr(x), Some(alias)) = (&*p, column) {
                if !matches!(x, Expr::Identifier(_) | Expr::CompoundIdentifier(_)) {
                    let expr = x.clone();
                    *p = SelectItem::ExprWithAlias { expr, alias };
                }
            }
        }
    }
    w.alias_ok = true;
    if let Some(h) = &mut s.having {
        let _ = h.visit(&mut w);
    }
    for o in order.iter_mut() {
        let _ = o.visit(&mut w);
    }
    let (add, wrapped) = (w.add, w.wrapped);
    if !add.is_empty() {
        if let GroupByExpr::Expressions(g, _) = &mut s.group_by {
            g.extend(add.iter().cloned());
        }
        let names: Vec<String> = add.iter().map(|e| format!("`{e}`")).collect();
        notes.note(&RULE, format!("GROUP BY gets {}, which the grouped columns determine (keys and equalities, as MySQL's ONLY_FULL_GROUP_BY reads them): the same groups", names.join(", ")), Severity::Info);
    }
    for (e, sev) in wrapped {
        let msg = if sev == Severity::Info {
            format!("`{e}` is one value in each group (the grouped columns determine it), taken as (array_agg({e}))[1] for PostgreSQL")
        } else if rollup {
            format!("`{e}` is not grouped beside ROLLUP: in the super-aggregate rows MySQL shows any row's value; PostgreSQL takes (array_agg({e}))[1], not always the same row's")
        } else if groups.is_empty() {
            format!("`{e}` is outside any aggregate in a query without GROUP BY: MySQL returns any row's value (ONLY_FULL_GROUP_BY rejects the query); PostgreSQL takes (array_agg({e}))[1], not always the same row's")
        } else {
            format!("`{e}` is neither grouped nor known to be determined by the grouped columns: MySQL returns any row's value of the group (ONLY_FULL_GROUP_BY rejects the query); PostgreSQL takes (array_agg({e}))[1], not always the same row's")
        };
        notes.note(&RULE, msg, sev);
    }
}

/// Walks one clause: column references outside aggregates, subqueries and grouped
/// expressions get their [`Action`].
struct Wrap<'a, F: Fn(&Expr, bool) -> Action> {
    groups: &'a [Expr],
    decide: &'a F,
    /// HAVING and ORDER BY may name a select alias.
    alias_ok: bool,
    /// Per open expression: whether it opened an aggregate or a grouped expression.
    stack: Vec<bool>,
    query: usize,
    add: Vec<Expr>,
    wrapped: Vec<(Expr, Severity)>,
}

impl<F: Fn(&Expr, bool) -> Action> Wrap<'_, F> {
    fn inside(&self) -> bool {
        self.query > 0 || self.stack.iter().any(|b| *b)
    }
}

impl<F: Fn(&Expr, bool) -> Action> VisitorMut for Wrap<'_, F> {
    type Break = ();
    fn pre_visit_query(&mut self, _q: &mut Query) -> ControlFlow<()> {
        self.query += 1;
        ControlFlow::Continue(())
    }
    fn post_visit_query(&mut self, _q: &mut Query) -> ControlFlow<()> {
        self.query -= 1;
        ControlFlow::Continue(())
    }
    fn pre_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        let opens = self.groups.contains(e)
            || matches!(e, Expr::Function(f) if is_aggregate(f) || f.over.is_some());
        self.stack.push(opens);
        ControlFlow::Continue(())
    }
    fn post_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        self.stack.pop();
        if self.inside() || !matches!(e, Expr::Identifier(_) | Expr::CompoundIdentifier(_)) {
            return ControlFlow::Continue(());
        }
        match (self.decide)(e, self.alias_ok) {
            Action::Keep => {}
            Action::Group => {
                if !self.add.contains(e) {
                    self.add.push(e.clone());
                }
            }
            Action::One(sev) => {
                let text = format!("(array_agg({e}))[1]");
                if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&text) {
                    if !self.wrapped.iter().any(|(w, _)| w == e) {
                        self.wrapped.push((e.clone(), sev));
                    }
                    *e = x;
                }
            }
        }
        ControlFlow::Continue(())
    }
}

/// The note for `GROUP BY … WITH ROLLUP` in `q` (written `GROUP BY ROLLUP (…)` by now).
pub fn rollup_note(q: &Query) -> Option<(&'static str, Severity)> {
    let sqlparser::ast::SetExpr::Select(s) = &*q.body else {
        return None;
    };
    let sqlparser::ast::GroupByExpr::Expressions(g, _) = &s.group_by else {
        return None;
    };
    if !g.iter().any(|x| matches!(x, Expr::Function(f) if super::function_is(f, "rollup"))) {
        return None;
    }
    Some(if q.order_by.is_none() {
        ("GROUP BY … WITH ROLLUP becomes GROUP BY ROLLUP (…): the same rows, but MySQL returns them sorted with each super-aggregate after its group and PostgreSQL in no set order; add ORDER BY", Severity::Warning)
    } else {
        ("GROUP BY … WITH ROLLUP becomes GROUP BY ROLLUP (…)", Severity::Info)
    })
}
