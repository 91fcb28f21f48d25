//! # D017 identifier
//!
//! ## What it does
//! Applies the identifier policy (see `src/ident.rs`) and reports names that collide
//! once folded, and names shortened to PostgreSQL's 63-byte limit.
//!
//! ## MySQL
//! Column names are case-insensitive; table names are case-sensitive on Linux
//! (`lower_case_table_names=0`); names may be 64 characters long.
//!
//! ## PostgreSQL
//! `identifiers: lower` folds names to lower case and quotes only reserved words and
//! unusual names; `identifiers: preserve` quotes every name as written. Names longer
//! than 63 bytes are cut and given a short hash so they stay distinct.
//!
//! ## Caveats
//! Two tables `Users` and `users` are distinct in MySQL on Linux but collide once
//! folded: this is an error, and the second table is not created — use
//! `identifiers: preserve`.

use crate::rules::Cx;
use std::ops::Range;

crate::rule!(
    "D017",
    "identifier",
    Error,
    "identifiers that collide or are too long"
);

pub fn collision(kind: &str, a: &str, b: &str, span: Range<usize>, cx: &mut Cx) {
    cx.report(
        &RULE,
        span,
        format!("{kind} `{b}` collides with `{a}` once folded to lower case"),
    )
    .with_help("use `identifiers: preserve` in my2pg.yaml to keep case");
}

pub fn too_long(name: &str, span: Range<usize>, cx: &mut Cx) {
    if name.len() > crate::ident::MAX_LEN {
        cx.report(
            &RULE,
            span,
            format!(
                "name `{name}` is longer than PostgreSQL's 63 bytes: shortened to `{}`",
                crate::ident::truncate(&cx.pg_name(name))
            ),
        )
        .severity = crate::diagnostics::Severity::Warning;
    }
}
