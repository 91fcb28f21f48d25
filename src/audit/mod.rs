//! `my2pg audit`: find the SQL an application sends to MySQL.
//!
//! `extract` pulls SQL out of host-language source files (string literals,
//! heredocs, templates, MyBatis mappers) with a location map back to the host.

pub mod extract;
