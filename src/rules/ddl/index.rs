//! # D005 index
//!
//! ## What it does
//! Moves keys declared inside CREATE TABLE out of it: PRIMARY KEY and UNIQUE become
//! `ALTER TABLE … ADD CONSTRAINT`, other keys `CREATE INDEX`, after the tables (as
//! pg_dump orders them). Names get the table's name in front when they would collide.
//!
//! ## MySQL
//! Index names are per table (`KEY idx_name` may repeat across tables); the primary key
//! is always named `PRIMARY`. `USING HASH` is accepted and ignored by InnoDB.
//!
//! ## PostgreSQL
//! Index and constraint-index names share one namespace per schema with tables, so each
//! gets `<table>_<name>` when the plain name is taken (`<table>_pkey` for primary keys).
//! An index named like a table that comes later in the script (`KEY user (user)` on
//! `collection`, then `CREATE TABLE user`) is renamed `<its table>_<name>` when that
//! table is created: in the pending output when the index is not written yet, with
//! `ALTER INDEX … RENAME TO` when it is.
//! `USING HASH` becomes a B-tree (InnoDB uses B-trees), with a note; DESC is kept.
//!
//! ## Caveats
//! MySQL allows NULLs in a unique key's columns many times, as PostgreSQL does.

use crate::ir::{Key, KeyKind};
use crate::rules::Cx;

crate::rule!(
    "D005",
    "index",
    Info,
    "keys become constraints and CREATE INDEX statements"
);

/// The PostgreSQL name for a key: the MySQL name if free in the schema, else `<table>_<name>`.
pub fn name(key: &Key, pg_schema: &Option<String>, pg_table: &str, cx: &mut Cx) -> String {
    let base = match (&key.kind, &key.name) {
        (KeyKind::Primary, _) => format!("{pg_table}_pkey"),
        (_, Some(n)) => cx.pg_name(n),
        (_, None) => {
            let first = key
                .parts
                .first()
                .and_then(|p| p.column.clone())
                .unwrap_or_else(|| "expr".into());
            format!(
                "{pg_table}_{}_{}",
                cx.pg_name(&first),
                if key.kind == KeyKind::Unique {
                    "key"
                } else {
                    "idx"
                }
            )
        }
    };
    if !cx.catalog.is_taken(pg_schema, &base) || key.kind == KeyKind::Primary {
        return cx.catalog.reserve(pg_schema, &base);
    }
    cx.catalog.reserve(pg_schema, &format!("{pg_table}_{base}"))
}

/// Frees PostgreSQL name `pg_table` for a table being created when an index of an
/// earlier table holds it: the index becomes `<its table>_<name>`, recorded in the
/// catalog, with a note. The caller renames it in the output.
pub fn yield_name(
    pg_schema: &Option<String>,
    pg_table: &str,
    span: std::ops::Range<usize>,
    cx: &mut Cx,
) -> Option<crate::emit::IndexRename> {
    let (owner, mysql_key) = cx.catalog.index_owner(pg_schema, pg_table)?;
    let owner_pg = cx.catalog.tables().get(&owner)?.pg_name.clone();
    cx.catalog
        .relations
        .remove(&(pg_schema.clone().unwrap_or_default(), pg_table.to_string()));
    let new = cx
        .catalog
        .reserve(pg_schema, &format!("{owner_pg}_{pg_table}"));
    if let Some(info) = cx.catalog.tables_mut().get_mut(&owner) {
        info.indexes.insert(mysql_key.clone(), new.clone());
        if info.constraint_indexes.remove(pg_table) {
            info.constraint_indexes.insert(new.clone());
        }
    }
    cx.report(
        &RULE,
        span,
        format!("index `{mysql_key}` of `{}` becomes `{new}`: PostgreSQL's index names share one namespace with table names, and this table is named `{pg_table}`", owner.1),
    );
    Some(crate::emit::IndexRename {
        owner,
        old: cx.quote(pg_table),
        new: cx.quote(&new),
        old_qualified: cx.qualified(pg_schema, pg_table),
        new_qualified: cx.qualified(pg_schema, &new),
    })
}

/// Notes on USING.
pub fn using(key: &Key, cx: &mut Cx) {
    if let Some(u) = &key.using {
        if u.contains("HASH") {
            cx.report(
                &RULE,
                key.span.clone(),
                "`USING HASH` becomes a B-tree index (InnoDB ignores HASH and builds a B-tree)",
            );
        }
    }
}
