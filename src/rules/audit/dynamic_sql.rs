//! # X001 dynamic-sql
//!
//! ## What it does
//! Marks an audit finding whose SQL the program builds at run time: an interpolated
//! variable, a concatenated expression, a format verb (`sprintf`'s `%s`, Python's
//! `{}`), MyBatis `${…}` or a dynamic tag (`<if>`, `<foreach>`). Each such part is read
//! as a marker `my2pg_dyn_N`, and the statement is classified as if the marker were a
//! plain name.
//!
//! ## MySQL
//! The text MySQL receives depends on values known only when the program runs.
//!
//! ## PostgreSQL
//! The same code builds the PostgreSQL text: the literal parts are what the audit can
//! check and translate.
//!
//! ## Caveats
//! What the markers stand for is not checked: a column name, a sort direction or a whole
//! WHERE clause built elsewhere may itself need translating. Each dynamic finding adds
//! the time to read the code that builds it to the effort estimate.

crate::rule!(
    "X001",
    "dynamic-sql",
    Info,
    "the SQL is built at run time: the parts the program computes were not checked"
);
