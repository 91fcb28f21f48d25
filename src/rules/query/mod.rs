//! Q: queries and DML (SELECT, INSERT, UPDATE, DELETE, view bodies). The walk is
//! `translate/` (rule Q000, a folder: the walk, its function table and rewrites, the
//! statement driver); each other rule file documents one rewrite and holds its code.

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

use crate::diagnostics::{Rule, Severity};

/// What a query translation found to report: rule, message, severity (each once). The
/// walk and the statement rewrites record into it; the walk reports it at the end.
#[derive(Default)]
pub struct Notes(pub Vec<(&'static Rule, String, Severity)>);

impl Notes {
    pub fn note(&mut self, rule: &'static Rule, msg: impl Into<String>, severity: Severity) {
        let msg = msg.into();
        if !self
            .0
            .iter()
            .any(|(r, m, _)| r.code == rule.code && *m == msg)
        {
            self.0.push((rule, msg, severity));
        }
    }
}

/// Whether a function call is to `name` (unqualified, any case).
pub fn function_is(f: &sqlparser::ast::Function, name: &str) -> bool {
    f.name.0.len() == 1
        && f.name.0[0]
            .as_ident()
            .is_some_and(|i| i.value.eq_ignore_ascii_case(name))
}
