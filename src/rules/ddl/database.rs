//! # D018 database-schema
//!
//! ## What it does
//! Maps MySQL databases to PostgreSQL schemas: `CREATE DATABASE` → `CREATE SCHEMA`,
//! `DROP DATABASE` → `DROP SCHEMA … CASCADE`, `USE db` → `SET search_path`. With
//! `schema: NAME` in the config, everything goes to that one schema instead.
//!
//! ## MySQL
//! A database is a namespace on the server; `db.table` qualifies across them; database
//! options (CHARACTER SET, COLLATE) are defaults for new tables.
//!
//! ## PostgreSQL
//! A schema is the namespace inside one database. `search_path` keeps `public` last so
//! the collations and extensions my2pg creates there stay visible.
//!
//! ## Caveats
//! Database default character set and collation are not kept as defaults: each column's
//! effective collation is decided when its table is converted (D016).

crate::rule!("D018", "database-schema", Info, "databases become schemas");
