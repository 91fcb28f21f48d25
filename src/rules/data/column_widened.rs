//! # T105 column-widened
//!
//! ## What it does
//! Turns a column back to a type that holds MySQL's values when a data row shows that
//! the narrower type chosen from the schema cannot, before that row is written, so no
//! row is left out and the COPY cannot fail.
//!
//! ## MySQL
//! A `tinyint(1)` is a byte: nothing stops it from holding 2, 4 or −1, though most
//! schemas use it as a flag. An AUTO_INCREMENT `bigint unsigned` takes ids up to
//! 18446744073709551615.
//!
//! ## PostgreSQL
//! my2pg makes `tinyint(1)` a `boolean` (T004) and an AUTO_INCREMENT `bigint unsigned` an
//! identity `bigint` (T003), because identity columns must be integers. The rows of a dump
//! follow its CREATE TABLE, so the data decides only after the table is written: at the
//! first row that needs it, the COPY block is closed and
//! - the boolean becomes `smallint` (`ALTER … TYPE smallint USING col::integer`: rows
//!   already loaded become 0 and 1; the default and the range CHECK follow);
//! - the identity `bigint` becomes `numeric(20)`: its identity is dropped and a `bigint`
//!   sequence owned by the column gives its default, starting at the declared counter,
//!   with a CHECK for MySQL's upper bound.
//! Later rows, keys, foreign keys, triggers, views and queries use the new type.
//!
//! ## Caveats
//! The ALTER rewrites the rows loaded so far (in a dump sorted by key, large ids come
//! last). Statements translated before the row (a trigger or query earlier in a script)
//! saw the old type. PostgreSQL sequences stop at 9223372036854775807: after ids above
//! it, an insert without an id fails in PostgreSQL where MySQL would draw the next one.

crate::rule!(
    "T105",
    "column-widened",
    Warning,
    "a column whose data needs a wider type than the schema suggested is turned back before the row"
);
