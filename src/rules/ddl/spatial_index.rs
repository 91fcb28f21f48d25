//! # D008 spatial-index
//!
//! ## What it does
//! Turns a SPATIAL key into a GiST index when PostGIS is on; without PostGIS the key is
//! dropped (its column is `bytea`, see T014).
//!
//! ## MySQL
//! `SPATIAL KEY (g)` is an R-tree index on a spatial column.
//!
//! ## PostgreSQL
//! `CREATE INDEX … USING gist (g)` with PostGIS.
//!
//! ## Caveats
//! Without PostGIS, spatial queries have no index and no functions.

use crate::ir::Key;
use crate::rules::Cx;

crate::rule!(
    "D008",
    "spatial-index",
    Info,
    "SPATIAL keys become GiST indexes (PostGIS)"
);

pub fn index(key: &Key, name: &str, table: &str, cx: &mut Cx) -> Option<String> {
    let cols: Vec<String> = key
        .parts
        .iter()
        .filter_map(|p| p.column.as_deref().map(|c| cx.ident(c)))
        .collect();
    if !cx.config.postgis {
        cx.report(
            &RULE,
            key.span.clone(),
            format!(
                "SPATIAL key on ({}) dropped: spatial types need PostGIS",
                cols.join(", ")
            ),
        )
        .severity = crate::diagnostics::Severity::Error;
        return None;
    }
    Some(format!(
        "CREATE INDEX {} ON {table} USING gist ({});",
        cx.quote(name),
        cols.join(", ")
    ))
}
