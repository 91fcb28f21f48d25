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
