//! D: DDL structure. The CREATE TABLE assembly lives in `crate::emit`; each
//! rule here decides one part of it.

pub mod alter_table;
pub mod auto_increment;
pub mod check_constraint;
pub mod collation;
pub mod comment;
pub mod database;
pub mod default_value;
pub mod deferred_statement;
pub mod foreign_key;
pub mod fulltext_index;
pub mod generated_column;
pub mod identifier;
pub mod index;
pub mod index_width;
pub mod on_update_timestamp;
pub mod partition;
pub mod prefix_index;
pub mod spatial_index;
pub mod table_options;
pub mod table_statement;
pub mod trigger;
