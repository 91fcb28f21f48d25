//! S: session and client statements.

pub mod lock_tables;
pub mod set_statement;
pub mod show;
pub mod transaction;
