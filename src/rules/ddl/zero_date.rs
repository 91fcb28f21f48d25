//! # D003 zero-date
//!
//! ## What it does
//! Converts MySQL's zero dates (`'0000-00-00'`, `'0000-00-00 00:00:00'`) and partly-zero
//! dates (`'2020-00-00'`) under the `zero_dates` policy.
//!
//! ## MySQL
//! Without `NO_ZERO_DATE`, a zero date is a valid DATE/DATETIME/TIMESTAMP value, sorts
//! before every real date, and is a common NOT NULL default (WordPress).
//!
//! ## PostgreSQL
//! No zero date exists. `zero_dates: minus-infinity` (default) uses `'-infinity'`: it
//! keeps NOT NULL and sorts first, like the zero date. `zero_dates: null` uses NULL and
//! drops NOT NULL from such columns.
//!
//! ## Caveats
//! Queries that compare with `'0000-00-00 00:00:00'` must compare with the chosen value
//! instead; the application sees `-infinity` (or NULL) where it saw zeros.

use crate::config::ZeroDatePolicy;
use crate::rules::Cx;
use std::ops::Range;

crate::rule!(
    "D003",
    "zero-date",
    Warning,
    "zero dates become -infinity or NULL"
);

/// Whether a date/time literal has a zero year, month or day.
pub fn is_zero_date(s: &str) -> bool {
    let date = s.trim().split([' ', 'T']).next().unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty())
        && parts.iter().any(|p| p.parse::<u32>() == Ok(0))
}

/// The PostgreSQL value for a zero date (None = NULL).
pub fn replacement(value: &str, column: &str, span: Range<usize>, cx: &mut Cx) -> Option<String> {
    let (pg, what) = match cx.config.zero_dates {
        ZeroDatePolicy::MinusInfinity => (Some("'-infinity'".to_string()), "'-infinity'"),
        ZeroDatePolicy::Null => (None, "NULL"),
    };
    cx.report(
        &RULE,
        span,
        format!("zero date '{value}' in `{column}` becomes {what}"),
    );
    pg
}
