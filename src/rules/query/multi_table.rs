//! # Q008 multi-table
//!
//! ## What it does
//! Rewrites MySQL's multi-table DELETE and UPDATE (joins in the statement) into
//! PostgreSQL's `DELETE … USING` and `UPDATE … FROM`.
//!
//! ## MySQL
//! `DELETE t FROM t JOIN u ON c WHERE w` and `DELETE FROM t USING t JOIN u ON c WHERE w`
//! delete the rows of `t` that have a match; `UPDATE t JOIN u ON c SET t.x = u.y WHERE w`
//! updates the rows of `t` that have a match, with values from the matching row.
//!
//! ## PostgreSQL
//! `DELETE FROM t USING u WHERE c AND (w)` and `UPDATE t SET x = u.y FROM u WHERE c AND
//! (w)`: the other tables move to `USING`/`FROM`, the join conditions to `WHERE`, and
//! SET targets lose their table qualifier (PostgreSQL does not accept one).
//!
//! ## Caveats
//! Translated when one table is changed, it comes first, and the others are inner joins
//! (`JOIN`, `INNER JOIN`, `CROSS JOIN`, commas). Deleting from several tables at once,
//! updating columns of several tables, and outer joins (`LEFT JOIN` keeps rows without a
//! match) have no translation yet: the statement is kept as a comment with an error.
//! When a row matches several rows of the other tables, both engines update it once,
//! with the values of one of the matches (which one is unspecified in both).

use super::Notes;
use crate::diagnostics::Severity;
use sqlparser::ast::{
    AssignmentTarget, BinaryOperator, Delete, Expr, FromTable, JoinConstraint, JoinOperator,
    ObjectName, Statement, TableFactor, TableWithJoins, Update, UpdateTableFromKind,
};

crate::rule!(
    "Q008",
    "multi-table",
    Info,
    "multi-table DELETE and UPDATE become DELETE … USING and UPDATE … FROM"
);

/// Rewrites a multi-table DELETE or UPDATE in place; records an error note when it
/// cannot be translated faithfully.
pub fn rewrite(stmt: &mut Statement, notes: &mut Notes) {
    match stmt {
        Statement::Delete(d) => delete(d, notes),
        Statement::Update(u) => update(u, notes),
        _ => {}
    }
}

fn delete(d: &mut Delete, notes: &mut Notes) {
    let from = match &d.from {
        FromTable::WithFromKeyword(f) | FromTable::WithoutKeyword(f) => f.clone(),
    };
    // `DELETE t FROM <joins>` or `DELETE FROM t USING <joins>`.
    let (targets, source): (Vec<ObjectName>, Vec<TableWithJoins>) = if !d.tables.is_empty() {
        (d.tables.clone(), from)
    } else if let Some(using) = &d.using {
        let targets = from
            .iter()
            .filter_map(|t| match &t.relation {
                TableFactor::Table { name, .. } if t.joins.is_empty() => Some(name.clone()),
                _ => None,
            })
            .collect::<Vec<_>>();
        if targets.len() != from.len() {
            return fail(notes, "DELETE", "its target list is not plain table names");
        }
        (targets, using.clone())
    } else if from.len() == 1 && from[0].joins.is_empty() {
        return; // single-table DELETE
    } else {
        (Vec::new(), from)
    };
    if targets.len() != 1 {
        return fail(
            notes,
            "DELETE",
            "it deletes from several tables (or names none)",
        );
    }
    let (target, others, conditions) = match flatten(Some(&targets[0]), &source) {
        Ok(parts) => parts,
        Err(why) => return fail(notes, "DELETE", why),
    };
    d.tables.clear();
    d.from = FromTable::WithFromKeyword(vec![plain(target)]);
    d.using = if others.is_empty() {
        None
    } else {
        Some(others.into_iter().map(plain).collect())
    };
    d.selection = and_all(conditions, d.selection.take());
    notes.note(
        &RULE,
        "multi-table DELETE becomes DELETE … USING (join conditions move to WHERE)",
        Severity::Info,
    );
}

fn update(u: &mut Update, notes: &mut Notes) {
    if u.table.joins.is_empty() && u.from.is_none() {
        return; // single-table UPDATE
    }
    if u.from.is_some() {
        return fail(notes, "UPDATE", "it has a FROM clause");
    }
    let (target_name, alias) = match &u.table.relation {
        TableFactor::Table { name, alias, .. } => (name.clone(), alias.clone()),
        _ => return fail(notes, "UPDATE", "the updated table is not a plain table"),
    };
    let (target, others, conditions) = match flatten(None, std::slice::from_ref(&u.table)) {
        Ok(parts) => parts,
        Err(why) => return fail(notes, "UPDATE", why),
    };
    // Every SET target must be a column of the first table: qualified with its name or
    // alias, or unqualified.
    let own = |q: &str| {
        alias.as_ref().map_or_else(
            || last(&target_name).eq_ignore_ascii_case(q),
            |a| a.name.value.eq_ignore_ascii_case(q),
        )
    };
    for a in &mut u.assignments {
        let AssignmentTarget::ColumnName(name) = &mut a.target else {
            return fail(notes, "UPDATE", "it assigns a tuple of columns");
        };
        if name.0.len() > 1 {
            let q = name.0[name.0.len() - 2]
                .as_ident()
                .map(|i| i.value.clone())
                .unwrap_or_default();
            if !own(&q) {
                return fail(notes, "UPDATE", "it updates columns of several tables");
            }
            let col = name.0.pop().expect("a qualified name has a last part");
            name.0 = vec![col];
        }
    }
    u.table = plain(target);
    u.from = (!others.is_empty())
        .then(|| UpdateTableFromKind::AfterSet(others.into_iter().map(plain).collect()));
    u.selection = and_all(conditions, u.selection.take());
    notes.note(&RULE,
        "multi-table UPDATE becomes UPDATE … FROM (join conditions move to WHERE, SET targets lose their table name)",
        Severity::Info,
    );
}

type Parts = (TableFactor, Vec<TableFactor>, Vec<Expr>);

/// Splits a join list whose first relation is the target (`target` by name or alias,
/// or the first one) into the target, the other relations and the join conditions;
/// Err(why) when the target is not first or a join is not an inner join.
fn flatten(target: Option<&ObjectName>, source: &[TableWithJoins]) -> Result<Parts, &'static str> {
    let first = source.first().ok_or("it names no table")?;
    let matches = match (&first.relation, target) {
        (_, None) => true,
        (TableFactor::Table { name: n, alias, .. }, Some(target)) => {
            let name = last(target);
            alias.as_ref().map_or_else(
                || last(n).eq_ignore_ascii_case(&name),
                |a| a.name.value.eq_ignore_ascii_case(&name),
            )
        }
        _ => false,
    };
    if !matches {
        return Err("the table deleted from is not the first of the join");
    }
    let mut others = Vec::new();
    let mut conditions = Vec::new();
    for (i, twj) in source.iter().enumerate() {
        if i > 0 {
            others.push(twj.relation.clone());
        }
        for j in &twj.joins {
            let c = match &j.join_operator {
                JoinOperator::Join(c) | JoinOperator::Inner(c) | JoinOperator::CrossJoin(c) => c,
                _ => return Err("a join is an outer join (rows without a match count)"),
            };
            match c {
                JoinConstraint::On(e) => conditions.push(e.clone()),
                JoinConstraint::None => {}
                // USING and NATURAL name columns of both sides: not a plain condition.
                _ => return Err("a join has USING or NATURAL"),
            }
            others.push(j.relation.clone());
        }
    }
    Ok((first.relation.clone(), others, conditions))
}

fn plain(relation: TableFactor) -> TableWithJoins {
    TableWithJoins {
        relation,
        joins: Vec::new(),
    }
}

fn last(name: &ObjectName) -> String {
    name.0
        .last()
        .and_then(|p| p.as_ident())
        .map(|i| i.value.clone())
        .unwrap_or_default()
}

/// `c1 AND c2 AND (w)`.
fn and_all(conditions: Vec<Expr>, selection: Option<Expr>) -> Option<Expr> {
    // Only OR binds looser than AND.
    let nested = |e: Expr| match e {
        e @ Expr::BinaryOp {
            op: BinaryOperator::Or | BinaryOperator::Xor,
            ..
        } => Expr::Nested(Box::new(e)),
        e => e,
    };
    conditions
        .into_iter()
        .chain(selection)
        .map(nested)
        .reduce(|a, b| Expr::BinaryOp {
            left: Box::new(a),
            op: BinaryOperator::And,
            right: Box::new(b),
        })
}

fn fail(notes: &mut Notes, what: &str, why: &str) {
    notes.note(
        &RULE,
        format!("multi-table {what} has no translation yet: {why}"),
        Severity::Error,
    );
}
