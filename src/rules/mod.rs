//! Translation rules: one file per rule, each with its doc, code and tests.
//!
//! A rule is a [`Rule`] value (stable code, kebab-case name naming the MySQL
//! construct, default severity, one-line summary) declared with `crate::rule!` in
//! its own file, whose `//!` doc (sections `## MySQL`, `## PostgreSQL`,
//! `## Caveats`) is what `my2pg explain CODE` prints. The file also holds
//! the code that applies it. `crate::registry::ALL` lists every rule;
//! `tests/tidy.rs` checks that each rule file is listed and documented.
//! This module holds what the rules share: [`Cx`], the context they report through.
//!
//! Codes: P split and parse, T types, D DDL structure, Q query syntax,
//! F functions, S session statements, X audit extraction.

pub mod audit;
pub mod data;
pub mod ddl;
pub mod expr;
pub mod parse;
pub mod query;
pub mod session;
pub mod types;

use crate::catalog::Catalog;
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Rule, Severity};
use std::ops::Range;

/// What a rule sees: the config, the catalog, where it is, and where to report.
pub struct Cx<'a> {
    pub config: &'a Config,
    pub catalog: &'a mut Catalog,
    pub diags: &'a mut Vec<Diagnostic>,
    pub file: usize,
    /// The statement being converted (fallback span).
    pub stmt: Range<usize>,
}

impl Cx<'_> {
    /// Reports a finding of `rule` at `span` with the rule's (or the config's) severity.
    pub fn report(
        &mut self,
        rule: &Rule,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let mut d = Diagnostic::new(rule, self.file, span, message);
        if let Some(s) = self.config.severity.get(rule.code) {
            d.severity = match s.as_str() {
                "info" => Severity::Info,
                "warning" => Severity::Warning,
                _ => Severity::Error,
            };
        }
        self.diags.push(d);
        self.diags.last_mut().expect("just pushed")
    }

    /// A PostgreSQL identifier for a MySQL name, quoted as needed.
    pub fn ident(&self, mysql_name: &str) -> String {
        let p = self.config.identifiers;
        crate::ident::quote(&crate::ident::pg_name(mysql_name, p), p)
    }

    /// The PostgreSQL name (unquoted) for a MySQL name.
    pub fn pg_name(&self, mysql_name: &str) -> String {
        crate::ident::pg_name(mysql_name, self.config.identifiers)
    }

    /// Quotes an already-converted PostgreSQL name.
    pub fn quote(&self, pg_name: &str) -> String {
        crate::ident::quote(pg_name, self.config.identifiers)
    }

    /// A table's PostgreSQL schema and name: the catalog's when it knows the table,
    /// else by the identifier policy.
    pub fn table_names(&self, t: &crate::ir::QName) -> (Option<String>, String) {
        match self.catalog.table(&t.schema, &t.name) {
            Some(info) => (info.pg_schema.clone(), info.pg_name.clone()),
            None => (self.pg_schema(&t.schema), self.pg_name(&t.name)),
        }
    }

    /// The PostgreSQL schema for a MySQL database qualifier (None = search path).
    pub fn pg_schema(&self, database: &Option<String>) -> Option<String> {
        if let Some(s) = &self.config.schema {
            return Some(s.clone());
        }
        database
            .as_ref()
            .or(self.catalog.database.as_ref())
            .map(|d| self.pg_name(d))
    }

    /// `schema.name` or `name`, quoted.
    pub fn qualified(&self, schema: &Option<String>, pg_name: &str) -> String {
        match schema {
            Some(s) if self.config.schema.is_none() => {
                format!("{}.{}", self.quote(s), self.quote(pg_name))
            }
            _ => self.quote(pg_name),
        }
    }
}
