//! # D012 generated-column
//!
//! ## What it does
//! Converts generated columns `col type AS (expr) [VIRTUAL|STORED]`.
//!
//! ## MySQL
//! STORED columns are computed on write; VIRTUAL (the default) on read, and may be
//! indexed.
//!
//! ## PostgreSQL
//! `GENERATED ALWAYS AS (expr) STORED`. PostgreSQL 15 has no virtual generated columns:
//! VIRTUAL becomes STORED (same values, stored on disk), with a warning. The expression
//! goes through Q001 and must use only immutable functions in PostgreSQL.
//!
//! ## Caveats
//! Storage grows for former VIRTUAL columns; an expression PostgreSQL does not accept as
//! immutable makes the CREATE TABLE fail (the expression is reported).

use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "D012",
    "generated-column",
    Warning,
    "generated columns (VIRTUAL becomes STORED)"
);

pub fn clause(col: &Column, cx: &mut Cx) -> Option<String> {
    let (e, stored) = col.generated.as_ref()?;
    if !stored {
        cx.report(&RULE, col.span.clone(), format!("VIRTUAL generated column `{}` becomes STORED: PostgreSQL 15 has no virtual generated columns", col.name));
    }
    let what = format!("the expression of generated column `{}`", col.name);
    let t = crate::rules::query::translate::statement::expression(e, &what, col.span.clone(), &mut cx.query())?;
    Some(format!("GENERATED ALWAYS AS ({t}) STORED"))
}
