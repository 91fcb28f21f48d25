//! `my2pg audit`: find the SQL an application sends to MySQL and report what each
//! statement becomes on PostgreSQL.
//!
//! walk (`walk.rs`) → extract (`extract/`: SQL out of host-language source, with a
//! location map back to the host) → classify (`classify.rs`: every statement through
//! the same translation as `my2pg convert`, in detect mode) → suppressions and baseline
//! (`run.rs`) → report (`report.rs`: text, JSON, YAML, SARIF, effort estimate).

pub mod classify;
pub mod extract;
pub mod finding;
pub mod report;
pub mod run;
pub mod walk;

pub use finding::{Class, Finding};
pub use report::Report;
pub use run::{audit, Options};
