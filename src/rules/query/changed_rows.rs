//! # Q025 changed-rows
//!
//! ## What it does
//! Makes a single-table UPDATE report the rows it changed, as MySQL does, by skipping
//! the rows its SET would leave as they are.
//!
//! ## MySQL
//! An UPDATE's affected-row count is the number of rows whose values changed: a row the
//! WHERE matches but that already holds the new values is not counted (unless the client
//! sets CLIENT_FOUND_ROWS). PHP's mysqli and PDO, Python's and Go's drivers report that
//! count, and applications test it (`if ($stmt->rowCount() === 0)` for "not found").
//!
//! ## PostgreSQL
//! The count is the rows the WHERE matched. The translation adds
//! `AND (col IS DISTINCT FROM value OR …)` for the assigned columns, so the rows left
//! alone are the ones MySQL would not count, and the count is MySQL's. Text columns are
//! compared under `COLLATE "C"`: a case-insensitive collation would take `'a'` → `'A'`
//! for no change, where MySQL stores it and counts it. An `ORDER BY … LIMIT` (Q009)
//! still picks the rows among those matched, as MySQL's does.
//!
//! ## Caveats
//! `update_count: matched` in my2pg.yaml (CLIENT_FOUND_ROWS clients, JDBC's default)
//! leaves UPDATE as it is. On a table with triggers the condition is not added (MySQL
//! fires row triggers for unchanged rows too) and the count is reported with a warning,
//! as with `?`/`%s` placeholders (the condition would bind each value twice) and with
//! `SET x = DEFAULT` (the default is PostgreSQL's to compute). A float
//! column set from `0` to `-0` changes in MySQL, not here.

use crate::catalog::{ColumnSets, PgKind};
use crate::rules::query::translate::typing::{type_of, Ty};
use sqlparser::ast::{AssignmentTarget, Expr, Statement};

crate::rule!(
    "Q025",
    "changed-rows",
    Info,
    "UPDATE skips the rows it would not change, so its count is MySQL's changed rows"
);

/// What to do with an UPDATE's count.
pub enum Outcome {
    /// The condition was added.
    Added,
    /// The count will differ: why.
    Differs(String),
    /// Nothing to do.
    None,
}

fn has_placeholder(e: &Expr) -> bool {
    sqlparser::ast::visit_expressions(e, |x| {
        if matches!(x, Expr::Value(v) if matches!(v.value, sqlparser::ast::Value::Placeholder(_))) {
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    })
    .is_break()
}

/// Adds the changed-rows condition to a translated single-table UPDATE. `triggers`:
/// the table has row triggers; `positional`: placeholders bind by place (`?`, `%s`).
pub fn apply(stmt: &mut Statement, sets: &ColumnSets, triggers: bool, positional: bool) -> Outcome {
    let Statement::Update(u) = stmt else {
        return Outcome::None;
    };
    if !u.table.joins.is_empty() || u.from.is_some() || u.assignments.is_empty() {
        return Outcome::None;
    }
    if triggers {
        return Outcome::Differs("UPDATE on a table with triggers: PostgreSQL counts the rows the WHERE matched, MySQL the rows whose values changed".into());
    }
    if u.assignments.iter().any(|a| {
        matches!(&a.value, Expr::Identifier(i) if i.quote_style.is_none() && i.value.eq_ignore_ascii_case("default"))
    }) {
        return Outcome::Differs("UPDATE … = DEFAULT: PostgreSQL counts the rows the WHERE matched, MySQL the rows whose values changed".into());
    }
    if positional && u.assignments.iter().any(|a| has_placeholder(&a.value)) {
        return Outcome::Differs("UPDATE with bound values: PostgreSQL counts the rows the WHERE matched, MySQL the rows whose values changed (with `$n` placeholders my2pg would make them agree)".into());
    }
    let mut parts = Vec::new();
    for a in &u.assignments {
        let AssignmentTarget::ColumnName(name) = &a.target else {
            return Outcome::None;
        };
        let col = Expr::CompoundIdentifier(
            name.0.iter().filter_map(|p| p.as_ident().cloned()).collect(),
        );
        // A text column is compared as stored: the value as text (a number stored into
        // varchar is its text), byte for byte.
        // A number is compared as the column stores it: 0.1 stored into an integer is 0,
        // into DECIMAL(10,2) rounded to two places.
        let kind = crate::semantic::facts::column_facts(&col, sets)
            .and_then(|(f, c)| f.kinds.get(c).copied().flatten());
        let value = type_of(&a.value, sets);
        parts.push(match (type_of(&col, sets), kind) {
            (Ty::Text, _) => format!("{name} COLLATE \"C\" IS DISTINCT FROM CAST(({}) AS text)", a.value),
            (_, Some(PgKind::Integer)) if matches!(value, Ty::Numeric | Ty::Float) => {
                format!("{name} IS DISTINCT FROM CAST(({}) AS bigint)", a.value)
            }
            (_, Some(PgKind::Numeric(scale))) if matches!(value, Ty::Numeric | Ty::Float) => {
                format!("{name} IS DISTINCT FROM round(CAST(({}) AS numeric), {scale})", a.value)
            }
            _ => format!("{name} IS DISTINCT FROM ({})", a.value),
        });
    }
    let changed = format!("({})", parts.join(" OR "));
    let text = match &u.selection {
        Some(w) => format!("({w}) AND {changed}"),
        None => changed,
    };
    match crate::rules::expr::expression::parse_pg_expr(&text) {
        Ok(x) => {
            u.selection = Some(x);
            Outcome::Added
        }
        Err(_) => Outcome::None,
    }
}
