//! # T009 temporal-type
//!
//! ## What it does
//! Maps DATE, DATETIME, TIMESTAMP and TIME with their fractional-second precision.
//!
//! ## MySQL
//! `datetime(p)` is a wall-clock value (p defaults to 0); `timestamp(p)` is an instant
//! stored in UTC and shown in the session time zone; `time(p)` is a duration from
//! −838:59:59 to 838:59:59.
//!
//! ## PostgreSQL
//! `date`; `timestamp(p)` for DATETIME (precision written out, since PostgreSQL's
//! default is 6); `timestamp(p) with time zone` for TIMESTAMP, which is also an instant;
//! `time(p)` for TIME.
//!
//! ## Caveats
//! MySQL's TIMESTAMP holds 1970-01-01 00:00:01 to 2038-01-19 03:14:07 UTC only;
//! PostgreSQL accepts a far wider range, so values MySQL rejects load here.
//! `time` holds 00:00:00–24:00:00 only: negative values and durations over 24 hours
//! (which MySQL allows) cannot be stored — a warning marks each TIME column; override
//! it to `interval` in `my2pg.yaml` when it holds durations.

use super::{ColumnCx, PgType};
use crate::ir::Column;
use crate::rules::Cx;

crate::rule!(
    "T009",
    "temporal-type",
    Info,
    "date, datetime, timestamp and time types"
);

pub fn map(col: &Column, _at: &ColumnCx, cx: &mut Cx) -> Option<PgType> {
    let p = col.ty.param(0).unwrap_or(0).min(6);
    let pg = match col.ty.name.as_str() {
        "date" => "date".to_string(),
        "datetime" => format!("timestamp({p})"),
        "timestamp" => format!("timestamp({p}) with time zone"),
        "time" => {
            cx.report(&RULE, col.span.clone(), format!("`{}` `time`: PostgreSQL's `time` holds 00:00:00 to 24:00:00, not MySQL's range of ±838:59:59", col.name))
                .severity = crate::diagnostics::Severity::Warning;
            format!("time({p})")
        }
        _ => return None,
    };
    Some(PgType::new(pg))
}
