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
//! drops NOT NULL from columns whose default is a zero date, except a primary key's
//! (which holds no NULL): there, and in data rows of any column that stays NOT NULL, a
//! zero date becomes `'-infinity'` under either policy, with the count in the warning,
//! so no row is left out for it.
//!
//! ## Caveats
//! Queries that compare with `'0000-00-00 00:00:00'` must compare with the chosen value
//! instead; the application sees `-infinity` (or NULL) where it saw zeros. A partly-zero
//! date (`2024-00-00`, "some time in 2024") loses its year and month the same way: the
//! diagnostics count them apart, so a column that holds them can get a `types:` override
//! (`varchar(10)`) instead.

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
    // `YYYY-MM-DD…` with a zero year, month or day (no allocation: the data path calls
    // this for every date value).
    let b = s.trim_start().as_bytes();
    let field = |r: std::ops::Range<usize>| b.get(r).filter(|f| f.iter().all(u8::is_ascii_digit));
    let (Some(y), Some(m), Some(d)) = (field(0..4), field(5..7), field(8..10)) else {
        return false;
    };
    if b.get(4) != Some(&b'-')
        || b.get(7) != Some(&b'-')
        || b.get(10).is_some_and(|c| c.is_ascii_digit())
    {
        return false;
    }
    [y, m, d].iter().any(|f| f.iter().all(|c| *c == b'0'))
}

/// A zero date with a year (`2024-00-00`, `2024-05-00`): more than a placeholder.
pub fn is_partly_zero(s: &str) -> bool {
    let b = s.trim_start().as_bytes();
    is_zero_date(s) && b[..4].iter().any(|c| *c != b'0')
}

/// The PostgreSQL value for a zero date (None = NULL); a primary key's column gets
/// '-infinity' under either policy.
pub fn replacement(
    value: &str,
    column: &str,
    in_primary_key: bool,
    span: Range<usize>,
    cx: &mut Cx,
) -> Option<String> {
    let (pg, what) = match cx.config.zero_dates {
        ZeroDatePolicy::MinusInfinity => (Some("'-infinity'".to_string()), "'-infinity'"),
        ZeroDatePolicy::Null if in_primary_key => (
            Some("'-infinity'".to_string()),
            "'-infinity' (not NULL under `zero_dates: null`: the column is in the primary key)",
        ),
        ZeroDatePolicy::Null => (None, "NULL"),
    };
    let message = if is_partly_zero(value) {
        format!("partly-zero date '{value}' in `{column}` becomes {what}: its year is lost (PostgreSQL dates have no zero month or day)")
    } else {
        format!("zero date '{value}' in `{column}` becomes {what}")
    };
    cx.report(&RULE, span, message);
    pg
}
