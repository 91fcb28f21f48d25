//! # S003 transaction
//!
//! ## What it does
//! Keeps transaction statements: `START TRANSACTION`/`BEGIN`, `COMMIT`, `ROLLBACK`.
//!
//! ## MySQL
//! DDL statements commit implicitly in MySQL: a schema script is never one transaction.
//!
//! ## PostgreSQL
//! DDL is transactional: inside a transaction, a failed statement undoes the DDL before
//! it.
//!
//! ## Caveats
//! A script that relied on implicit commits between DDL statements behaves differently
//! when one statement fails.

crate::rule!("S003", "transaction", Info, "transaction statements");
