//! # D013 check-constraint
//!
//! ## What it does
//! Converts CHECK constraints (table and column level).
//!
//! ## MySQL
//! Enforced since 8.0.16 (parsed and ignored before); `NOT ENFORCED` keeps it as
//! documentation.
//!
//! ## PostgreSQL
//! `CONSTRAINT name CHECK (expr)` in the table, expression through Q001. A NOT ENFORCED
//! check is not emitted (PostgreSQL has no unenforced checks), with a warning.
//!
//! ## Caveats
//! A dump from MySQL before 8.0.16 may hold rows that violate a check MySQL never
//! enforced; PostgreSQL rejects them.

use crate::ir::CheckDef;
use crate::rules::Cx;

crate::rule!("D013", "check-constraint", Warning, "CHECK constraints");

pub fn clause(c: &CheckDef, name: Option<String>, cx: &mut Cx) -> Option<String> {
    if !c.enforced {
        cx.report(
            &RULE,
            c.span.clone(),
            format!(
                "NOT ENFORCED check `{}` not emitted: PostgreSQL has no unenforced checks",
                c.expr
            ),
        );
        return None;
    }
    let t = crate::rules::query::translate::statement::expression(
        &c.expr,
        "a CHECK constraint",
        c.span.clone(),
        &mut cx.query(),
    )?;
    Some(match name {
        Some(n) => format!("CONSTRAINT {} CHECK ({t})", cx.quote(&n)),
        None => format!("CHECK ({t})"),
    })
}
