//! # P007 optimizer-hint
//!
//! ## What it does
//! Reports the index hints a statement loses (`USE|FORCE|IGNORE INDEX|KEY [FOR …]
//! (…)`), which are taken out before parsing. (The modifiers `STRAIGHT_JOIN`,
//! `SQL_NO_CACHE`, `HIGH_PRIORITY`, `LOW_PRIORITY` … are reported by the query walk.)
//!
//! ## MySQL
//! They steer the optimizer, the query cache or the lock queue; they do not change
//! which rows a statement reads or writes.
//!
//! ## PostgreSQL
//! No equivalent in the SQL language: the planner takes no hints. They are left out of
//! the translation, with this note.
//!
//! ## Caveats
//! A query tuned with FORCE INDEX may need an index or statistics work on PostgreSQL to
//! get the same plan.

crate::rule!(
    "P007",
    "optimizer-hint",
    Info,
    "index hints are left out: PostgreSQL's planner takes none"
);
