//! Q: queries and DML (SELECT, INSERT, UPDATE, DELETE, view bodies). The walk is
//! `translate.rs`; each rule file documents one rewrite and holds its code.

pub mod boolean_column;
pub mod cast_type;
pub mod date_format;
pub mod date_functions;
pub mod division;
pub mod dml_limit;
pub mod fulltext_match;
pub mod group_by_columns;
pub mod group_concat;
pub mod having_alias;
pub mod insert_ignore;
pub mod interval;
pub mod json_functions;
pub mod like_collation;
pub mod limit_comma;
pub mod multi_table;
pub mod null_ordering;
pub mod placeholder;
pub mod regexp;
pub mod text_functions;
pub mod translate;
pub mod update_order;
pub mod xor;
