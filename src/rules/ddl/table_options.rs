//! # D010 table-options
//!
//! ## What it does
//! Drops MySQL table options that have no PostgreSQL meaning, with one note per table.
//!
//! ## MySQL
//! `ENGINE`, `ROW_FORMAT`, `KEY_BLOCK_SIZE`, `STATS_*`, `PACK_KEYS`, `CHECKSUM`,
//! `AVG_ROW_LENGTH`, `MAX_ROWS`, `DELAY_KEY_WRITE`, `COMPRESSION`, `ENCRYPTION` tune
//! storage. `AUTO_INCREMENT`, `COMMENT`, `CHARSET` and `COLLATE` carry meaning and are
//! used by D001, D011 and D016.
//!
//! ## PostgreSQL
//! Storage is not configured this way; the options are dropped.
//!
//! ## Caveats
//! `ENGINE=MyISAM` (or MEMORY, ARCHIVE) tables had no transactions and ignored foreign
//! keys: PostgreSQL tables have both, a warning says so.

use crate::ir::Table;
use crate::rules::Cx;

crate::rule!(
    "D010",
    "table-options",
    Info,
    "storage table options are dropped"
);

const USED: &[&str] = &[
    "AUTO_INCREMENT",
    "COMMENT",
    "CHARSET",
    "COLLATE",
    "CHARACTER SET",
];

pub fn check(t: &Table, cx: &mut Cx) {
    let dropped: Vec<String> = t
        .options
        .iter()
        .filter(|o| !USED.contains(&o.name.as_str()))
        .map(|o| format!("{}={}", o.name, o.value))
        .collect();
    if !dropped.is_empty() {
        cx.report(
            &RULE,
            t.span.clone(),
            format!(
                "table options dropped from {}: {}",
                t.name,
                dropped.join(" ")
            ),
        );
    }
    if let Some(engine) = t.option("ENGINE") {
        if !engine.eq_ignore_ascii_case("InnoDB") {
            let fks = if t.foreign_keys.is_empty() {
                ""
            } else {
                ", and the foreign keys MySQL ignored on it are enforced"
            };
            cx.report(&RULE, t.span.clone(), format!("{} was ENGINE={engine} (no transactions); in PostgreSQL it is transactional{fks}", t.name))
                .severity = crate::diagnostics::Severity::Warning;
        }
    }
}
