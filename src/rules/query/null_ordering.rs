//! # Q003 null-ordering
//!
//! ## What it does
//! Adds `NULLS FIRST` to ascending and `NULLS LAST` to descending ORDER BY terms, so
//! rows come back in MySQL's order. A column that cannot be NULL there (NOT NULL in every
//! table of the schema that has that name, in a query over one table or inner joins, and
//! not a select alias) is left as written.
//!
//! ## MySQL
//! NULL sorts before every value: first when ascending, last when descending.
//!
//! ## PostgreSQL
//! NULL sorts after every value by default: last when ascending, first when
//! descending. The explicit clause restores MySQL's order.
//!
//! ## Caveats
//! An index on the column is still usable (a B-tree can be read either way), but an
//! index declared with other NULLS placement may not be.

crate::rule!(
    "Q003",
    "null-ordering",
    Info,
    "ORDER BY gets MySQL's NULL placement"
);
