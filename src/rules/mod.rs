//! Translation rules: one file per rule, each with its doc, code and tests.
//!
//! A rule is a [`Rule`] value (stable code, kebab-case name naming the MySQL
//! construct, default severity, one-line summary) declared with [`rule!`] in
//! its own file, whose `//!` doc (sections `## MySQL`, `## PostgreSQL`,
//! `## Caveats`) is what `my2pg explain CODE` prints. The file also holds
//! the code that applies it. [`ALL`] lists every rule; `tests/tidy.rs`
//! checks that each rule file is listed and documented.
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
use crate::diagnostics::{Diagnostic, Severity};
use std::ops::Range;

/// A translation rule's identity and documentation.
#[derive(Debug)]
pub struct Rule {
    /// Stable code, e.g. `D001`; never reused.
    pub code: &'static str,
    /// Kebab-case name of the MySQL construct.
    pub name: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    /// The rule's file (`file!()`); its `//!` lines are the doc.
    pub file: &'static str,
}

mod sources {
    include!(concat!(env!("OUT_DIR"), "/rule_sources.rs"));
}

impl Rule {
    /// The rule file's source text (embedded by build.rs).
    pub fn source(&self) -> &'static str {
        let file = self.file.replace('\\', "/");
        sources::RULE_SOURCES
            .iter()
            .find(|(path, _)| file.ends_with(path))
            .map(|(_, s)| *s)
            .unwrap_or("")
    }

    /// The rule's documentation: its file's `//!` comment.
    pub fn doc(&self) -> String {
        let mut out = String::new();
        for line in self.source().lines() {
            let t = line.trim_start();
            if let Some(rest) = t.strip_prefix("//!") {
                out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
                out.push('\n');
            } else if !t.is_empty() {
                break;
            }
        }
        out
    }
}

/// Declares `pub static RULE` in a rule file.
#[macro_export]
macro_rules! rule {
    ($code:literal, $name:literal, $sev:ident, $summary:literal) => {
        pub static RULE: $crate::rules::Rule = $crate::rules::Rule {
            code: $code,
            name: $name,
            severity: $crate::diagnostics::Severity::$sev,
            summary: $summary,
            file: file!(),
        };
    };
}

// BEGIN RULE LIST (kept complete by tests/tidy.rs)
pub static ALL: &[&Rule] = &[
    &parse::unparsed::RULE,
    &parse::invalid_utf8::RULE,
    &parse::unterminated::RULE,
    &parse::versioned_comment::RULE,
    &parse::nul_character::RULE,
    &parse::delimiter_command::RULE,
    &parse::optimizer_hint::RULE,
    &types::display_width::RULE,
    &types::zerofill::RULE,
    &types::integer::RULE,
    &types::boolean::RULE,
    &types::bit::RULE,
    &types::numeric::RULE,
    &types::string::RULE,
    &types::binary::RULE,
    &types::temporal::RULE,
    &types::year::RULE,
    &types::json::RULE,
    &types::enum_type::RULE,
    &types::set_type::RULE,
    &types::spatial::RULE,
    &types::unknown_type::RULE,
    &types::type_override::RULE,
    &data::row_rejected::RULE,
    &data::data_without_schema::RULE,
    &data::insert_modifier::RULE,
    &data::text_value::RULE,
    &data::column_widened::RULE,
    &ddl::auto_increment::RULE,
    &ddl::default_value::RULE,
    &ddl::zero_date::RULE,
    &ddl::on_update_timestamp::RULE,
    &ddl::index::RULE,
    &ddl::prefix_index::RULE,
    &ddl::index_width::RULE,
    &ddl::fulltext_index::RULE,
    &ddl::spatial_index::RULE,
    &ddl::foreign_key::RULE,
    &ddl::table_options::RULE,
    &ddl::comment::RULE,
    &ddl::generated_column::RULE,
    &ddl::check_constraint::RULE,
    &ddl::partition::RULE,
    &ddl::collation::RULE,
    &ddl::identifier::RULE,
    &ddl::alter_table::RULE,
    &ddl::database::RULE,
    &ddl::table_statement::RULE,
    &ddl::deferred_statement::RULE,
    &ddl::trigger::RULE,
    &expr::expression::RULE,
    &query::translate::RULE,
    &query::limit_comma::RULE,
    &query::null_ordering::RULE,
    &query::like_collation::RULE,
    &query::placeholder::RULE,
    &query::insert_ignore::RULE,
    &query::group_concat::RULE,
    &query::group_by_columns::RULE,
    &query::multi_table::RULE,
    &query::dml_limit::RULE,
    &query::update_order::RULE,
    &query::division::RULE,
    &query::boolean_column::RULE,
    &query::cast_type::RULE,
    &query::having_alias::RULE,
    &query::interval::RULE,
    &query::date_format::RULE,
    &query::text_functions::RULE,
    &query::date_functions::RULE,
    &query::regexp::RULE,
    &query::xor::RULE,
    &query::json_functions::RULE,
    &query::fulltext_match::RULE,
    &session::set_statement::RULE,
    &session::lock_tables::RULE,
    &session::transaction::RULE,
    &session::show::RULE,
    &audit::dynamic_sql::RULE,
    &audit::unused_suppression::RULE,
    &audit::unreadable_file::RULE,
    &audit::rewritten_text::RULE,
];
// END RULE LIST

/// The rule with this code.
pub fn find(code: &str) -> Option<&'static Rule> {
    ALL.iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

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
