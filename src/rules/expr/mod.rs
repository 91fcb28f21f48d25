//! Expressions inside DDL (defaults, CHECKs, generated columns, index expressions).
//! The query rules of a later stage extend [`expression`] to whole queries.

pub mod expression;
