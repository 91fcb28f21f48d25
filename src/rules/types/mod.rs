//! T: column types. [`map_type`] asks each type rule in turn; the first that
//! knows the MySQL type decides the PostgreSQL one.

pub mod binary;
pub mod bit;
pub mod boolean;
pub mod display_width;
pub mod enum_type;
pub mod integer;
pub mod json;
pub mod numeric;
pub mod set_type;
pub mod spatial;
pub mod string;
pub mod temporal;
pub mod type_override;
pub mod unknown_type;
pub mod year;
pub mod zero_date;
pub mod zerofill;

use super::Cx;
use crate::ir::Column;

/// What a column's type became.
#[derive(Debug, Clone, Default)]
pub struct PgType {
    /// The PostgreSQL type, as emitted.
    pub ty: String,
    /// CHECK expressions keeping MySQL's value range; `{col}` stands for the column.
    pub checks: Vec<String>,
    /// The column is a PostgreSQL boolean (for defaults and the data path).
    pub boolean: bool,
    /// A character type: subject to the collation policy.
    pub text: bool,
    /// A type to create before the table: (unquoted name, `CREATE TYPE …` statement).
    pub create_type: Option<(String, String)>,
}

impl PgType {
    pub fn new(ty: impl Into<String>) -> Self {
        PgType {
            ty: ty.into(),
            ..Default::default()
        }
    }
    pub fn check(mut self, c: impl Into<String>) -> Self {
        self.checks.push(c.into());
        self
    }
}

/// Where the column lives, for names and messages.
pub struct ColumnCx<'a> {
    /// MySQL table name.
    pub table: &'a str,
    /// PostgreSQL schema and table name (unquoted).
    pub pg_schema: &'a Option<String>,
    pub pg_table: &'a str,
    /// Columns the table's CHECK constraints name (MySQL names).
    pub checked: &'a [String],
    /// The column's effective MySQL collation (`utf8mb4_general_ci`, `binary`).
    pub collation: &'a str,
}

/// `{col} BETWEEN lo AND hi` when range checks are on.
pub fn range_check(cx: &Cx, lo: &str, hi: &str) -> Option<String> {
    cx.config
        .range_checks
        .then(|| format!("{{col}} BETWEEN {lo} AND {hi}"))
}

/// `octet_length({col}) <= n` when range checks are on.
pub fn length_check(cx: &Cx, n: u64) -> Option<String> {
    cx.config
        .range_checks
        .then(|| format!("octet_length({{col}}) <= {n}"))
}

/// Maps a column's MySQL type to PostgreSQL.
pub fn map_type(col: &Column, at: &ColumnCx, cx: &mut Cx) -> PgType {
    display_width::check(col, cx);
    zerofill::check(col, cx);
    if let Some(t) = type_override::map(col, at, cx) {
        return t;
    }
    let rules: [fn(&Column, &ColumnCx, &mut Cx) -> Option<PgType>; 12] = [
        spatial::map,
        boolean::map,
        integer::map,
        bit::map,
        numeric::map,
        binary::map,
        json::map,
        string::map,
        temporal::map,
        year::map,
        enum_type::map,
        set_type::map,
    ];
    for rule in rules {
        if let Some(t) = rule(col, at, cx) {
            return t;
        }
    }
    unknown_type::map(col, at, cx)
}
