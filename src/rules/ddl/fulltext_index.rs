//! # D007 fulltext-index
//!
//! ## What it does
//! Turns a FULLTEXT key into a GIN index on `to_tsvector('simple', …)` of its columns.
//!
//! ## MySQL
//! InnoDB full-text search tokenises on word boundaries with a stopword list and a
//! minimum token size; `MATCH (cols) AGAINST (…)` uses the index.
//!
//! ## PostgreSQL
//! `CREATE INDEX … USING gin (to_tsvector('simple', coalesce(a,'') || ' ' || coalesce(b,'')))`.
//! The `simple` configuration neither stems nor drops stopwords, the closest to MySQL's
//! default parser.
//!
//! ## Caveats
//! Relevance ranking, stopwords, boolean-mode operators and the minimum word length differ;
//! queries must use the same `to_tsvector` expression to use the index (the query stage
//! rewrites MATCH … AGAINST to it).

use crate::ir::Key;
use crate::rules::Cx;

crate::rule!(
    "D007",
    "fulltext-index",
    Warning,
    "FULLTEXT keys become GIN indexes on to_tsvector"
);

/// The tsvector expression for the key's columns (shared with MATCH … AGAINST translation).
pub fn tsvector(columns: &[String], cx: &Cx) -> String {
    let parts: Vec<String> = columns
        .iter()
        .map(|c| format!("coalesce({}, '')", cx.ident(c)))
        .collect();
    format!(
        "to_tsvector('simple'::regconfig, {})",
        parts.join(" || ' ' || ")
    )
}

pub fn index(key: &Key, name: &str, table: &str, cx: &mut Cx) -> String {
    let cols: Vec<String> = key.parts.iter().filter_map(|p| p.column.clone()).collect();
    cx.report(&RULE, key.span.clone(), format!("FULLTEXT key on ({}) becomes a GIN index on to_tsvector('simple', …): ranking and stopwords differ from MySQL", cols.join(", ")));
    format!(
        "CREATE INDEX {} ON {table} USING gin ({});",
        cx.quote(name),
        tsvector(&cols, cx)
    )
}
