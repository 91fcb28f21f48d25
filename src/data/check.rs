//! Checking one row against its table's columns: each value written as a COPY field for
//! its column's kind, or the reason PostgreSQL cannot hold the row, or the columns my2pg
//! narrowed that this row needs turned back. Nothing is written to the output here.

use super::values::{self, Kind, Value};
use super::widen::{widenable, Widen};
use crate::catalog::ColumnInfo;
use crate::config::Config;

/// What one statement's rows are checked against: per column, in the statement's order.
pub struct RowPlan<'a> {
    /// Column names as the statement gives them (or the table's, in order).
    pub names: &'a [String],
    pub kinds: Vec<Kind>,
    pub not_null: Vec<bool>,
    pub widens: Vec<Option<Widen>>,
    /// The session time zone the script set, appended to TIMESTAMP values.
    pub tz: Option<String>,
    pub config: &'a Config,
}

impl<'a> RowPlan<'a> {
    pub fn new(
        names: &'a [String],
        cols: &[Option<&ColumnInfo>],
        tz: Option<String>,
        config: &'a Config,
    ) -> Self {
        RowPlan {
            names,
            kinds: cols.iter().map(|c| values::kind_of(*c)).collect(),
            not_null: cols.iter().map(|c| c.is_some_and(|c| c.not_null)).collect(),
            widens: cols.iter().map(|c| c.and_then(widenable)).collect(),
            tz,
            config,
        }
    }
}

/// What writing a loadable row did, for the counts.
#[derive(Default)]
pub struct RowEffects {
    pub zero: usize,
    pub partly: usize,
    /// Zero dates written as '-infinity' in NOT NULL columns under `zero_dates: null`.
    pub zero_not_null: usize,
    pub replaced: usize,
    /// Positions of the columns that held a zero date.
    pub zero_cols: Vec<usize>,
}

pub enum RowCheck {
    /// Written (without its newline).
    Loadable(RowEffects),
    /// Loadable once these columns are turned back to a type that holds their values
    /// (the effects are those of the other columns).
    Widen(Vec<(usize, Widen)>, RowEffects),
    /// PostgreSQL cannot hold it: why.
    Rejected(String),
}

/// Checks `values` against `plan` and writes them to `out` as a COPY line (tab-separated,
/// no newline). On anything but `Loadable`, what was written must be cut off again.
pub fn check_row(plan: &RowPlan, values: &[Value], out: &mut String) -> RowCheck {
    let width = if plan.names.is_empty() {
        values.len()
    } else {
        plan.names.len()
    };
    if values.len() != width {
        return RowCheck::Rejected(format!("{} values for {} columns", values.len(), width));
    }
    let mut fx = RowEffects::default();
    // Columns whose chosen type cannot hold this row's value: turned back to a type that
    // can, but only when the row is otherwise loadable; a row left out for another reason
    // changes no column.
    let mut widens: Vec<(usize, Widen)> = Vec::new();
    for (k, v) in values.iter().enumerate() {
        if k > 0 {
            out.push('\t');
        }
        let kind = plan.kinds.get(k).unwrap_or(&Kind::Unknown);
        if let Some(w) = plan.widens.get(k).copied().flatten() {
            if w.needed_for(v) {
                widens.push((k, w));
                continue;
            }
        }
        let field_start = out.len();
        match values::to_copy(v, kind, plan.tz.as_deref(), plan.config, out) {
            Ok(effect) => {
                if effect.zero_date {
                    fx.zero_cols.push(k);
                }
                fx.zero += effect.zero_date as usize;
                fx.partly += effect.partly_zero as usize;
                fx.replaced += effect.replaced_text as usize;
                if effect.null && plan.not_null.get(k).copied().unwrap_or(false) {
                    if effect.zero_date {
                        // `zero_dates: null` cannot put NULL into a NOT NULL column (a
                        // key column, or one without a zero default).
                        out.truncate(field_start);
                        out.push_str("-infinity");
                        fx.zero_not_null += 1;
                    } else {
                        return RowCheck::Rejected(format!(
                            "NULL in NOT NULL column `{}`",
                            plan.names[k]
                        ));
                    }
                }
            }
            Err(why) => {
                return RowCheck::Rejected(format!(
                    "column `{}`: {why}",
                    plan.names.get(k).map(String::as_str).unwrap_or("?")
                ))
            }
        }
    }
    if widens.is_empty() {
        RowCheck::Loadable(fx)
    } else {
        RowCheck::Widen(widens, fx)
    }
}
