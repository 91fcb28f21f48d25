//! # D011 comment
//!
//! ## What it does
//! Turns table and column COMMENTs into `COMMENT ON TABLE` / `COMMENT ON COLUMN`, and
//! keeps the script's own comments (`--`, `#`, `/* */`) in the output.
//!
//! ## MySQL
//! `COMMENT 'text'` on columns and `COMMENT='text'` on tables; index comments.
//!
//! ## PostgreSQL
//! `COMMENT ON … IS 'text'` right after the table. Index comments become
//! `COMMENT ON INDEX`. Script comments are written before the statement they precede
//! (comments inside a statement too, since the statement is rewritten).
//!
//! ## Caveats
//! None.

use crate::rules::Cx;

crate::rule!("D011", "comment", Info, "COMMENT clauses become COMMENT ON");

pub fn on(kind: &str, target: &str, text: &str, _cx: &mut Cx) -> String {
    format!(
        "COMMENT ON {kind} {target} IS {};",
        crate::ident::literal(text)
    )
}
