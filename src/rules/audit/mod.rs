//! X: what the audit reports of the code around the SQL (extraction, suppressions).

pub mod dynamic_sql;
pub mod rewritten_text;
pub mod unreadable_file;
pub mod unused_suppression;
