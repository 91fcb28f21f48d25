//! # Q030 join-using-types
//!
//! ## What it does
//! Refuses `JOIN … USING (c)` and `NATURAL JOIN` where the joined columns have types
//! PostgreSQL cannot match: an ENUM with anything but the same ENUM, a number with a
//! string, a date or a truth value, a string with a date.
//!
//! ## MySQL
//! The columns are compared as in `t1.c = t2.c`, by MySQL's conversion rules: an ENUM
//! meeting a number is its label's position, meeting a string its label; a date meeting
//! a number is the number its digits spell.
//!
//! ## PostgreSQL
//! `USING` needs one type both columns convert to: each ENUM is its own type, and a
//! number and a string (or a date) have none, so the statement is rejected ("JOIN/USING
//! types … cannot be matched").
//!
//! ## Caveats
//! Not translated: written with `ON` and the conversion spelled out, the statement's
//! `SELECT *` would show both columns where `USING` shows one. The error names the
//! column and both types. Only tables the schema describes are checked; a derived
//! table's or a view's columns are not.

use crate::catalog::{ColumnSets, PgKind};
use sqlparser::ast::{JoinConstraint as C, JoinOperator as J, TableFactor, TableWithJoins};

crate::rule!(
    "Q030",
    "join-using-types",
    Error,
    "JOIN … USING or NATURAL JOIN on columns of types PostgreSQL cannot match"
);

/// The facts of a table factor (by its alias or name), when the statement's tables
/// include it.
fn facts<'a>(f: &TableFactor, sets: &'a ColumnSets) -> Option<&'a ColumnSets> {
    let TableFactor::Table { name, alias, .. } = f else {
        return None;
    };
    let q = match alias {
        Some(a) => a.name.value.clone(),
        None => name.0.last()?.as_ident()?.value.clone(),
    };
    sets.qualified.get(&q.to_lowercase()).map(|s| &**s)
}

/// What PostgreSQL can match a column's type with; an ENUM or other named type only
/// with itself.
fn family(sets: &ColumnSets, c: &str) -> Option<String> {
    if let Some(t) = sets.enum_types.get(c) {
        return Some(format!("enum {t}"));
    }
    Some(
        match (*sets.kinds.get(c)?)? {
            PgKind::Integer | PgKind::Numeric(_) | PgKind::Float => "number",
            PgKind::Text | PgKind::Varchar => "string",
            PgKind::Date | PgKind::DateTime | PgKind::TimestampTz => "date",
            PgKind::Time => "time",
            PgKind::Boolean => "boolean",
            PgKind::Bytea => "binary string",
            PgKind::Bit(_) => "bit string",
            PgKind::Json => "JSON",
            PgKind::Other => return None,
        }
        .to_string(),
    )
}

/// The first USING or NATURAL column of these FROM items whose two sides PostgreSQL
/// cannot match: the message.
pub fn check(from: &[TableWithJoins], sets: &ColumnSets) -> Option<String> {
    if sets.qualified.is_empty() {
        return None;
    }
    for t in from {
        let mut left: Vec<&ColumnSets> = facts(&t.relation, sets).into_iter().collect();
        for j in &t.joins {
            let right = facts(&j.relation, sets);
            let constraint = match &j.join_operator {
                J::Join(c) | J::Inner(c) | J::Left(c) | J::LeftOuter(c) | J::Right(c)
                | J::RightOuter(c) | J::FullOuter(c) => Some(c),
                _ => None,
            };
            if let (Some(r), Some(c)) = (right, constraint) {
                let columns: Vec<String> = match c {
                    C::Using(names) => names
                        .iter()
                        .filter_map(|n| Some(n.0.last()?.as_ident()?.value.to_lowercase()))
                        .collect(),
                    C::Natural => r.kinds.keys().cloned().collect(),
                    _ => Vec::new(),
                };
                for col in columns {
                    let Some(l) = left.iter().find(|l| l.kinds.contains_key(&col)) else {
                        continue;
                    };
                    let (a, b) = (family(l, &col), family(r, &col));
                    if let (Some(a), Some(b)) = (a, b) {
                        if a != b {
                            return Some(format!("the join compares `{col}` of two types ({a} and {b}): MySQL converts one to the other, PostgreSQL cannot match them in USING; write the join with ON and the conversion"));
                        }
                    }
                }
            }
            left.extend(right);
        }
    }
    None
}
