//! # D014 partition
//!
//! ## What it does
//! Turns `PARTITION BY RANGE|LIST|HASH|KEY` into PostgreSQL declarative partitioning:
//! the table gets `PARTITION BY …` and each partition a `CREATE TABLE … PARTITION OF`.
//!
//! ## MySQL
//! `RANGE (expr)` with `VALUES LESS THAN (v)` bounds (MAXVALUE last), `LIST (expr)` with
//! `VALUES IN (…)`, `RANGE/LIST COLUMNS (cols)`, `HASH (expr) PARTITIONS n` and
//! `KEY (cols) PARTITIONS n`. Every unique key must include the partitioning columns.
//!
//! ## PostgreSQL
//! `RANGE` partitions `FOR VALUES FROM (previous bound | MINVALUE) TO (bound | MAXVALUE)`;
//! `LIST` `FOR VALUES IN (…)`; `HASH`/`KEY` `FOR VALUES WITH (MODULUS n, REMAINDER i)`.
//! Partition names become `<table>_<partition>`.
//!
//! ## Caveats
//! HASH/KEY place rows in different partitions than MySQL (another hash function): the
//! same rows exist, spread differently. PostgreSQL's unique keys must include the
//! partition key's *columns*, and cannot when the key is an expression such as
//! `YEAR(d)`: such tables are reported as errors. Subpartitions are not converted.

crate::rule!(
    "D014",
    "partition",
    Warning,
    "PARTITION BY becomes declarative partitioning"
);
