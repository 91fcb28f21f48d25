//! The rule registry: every rule (`ALL`), lookup by code, the `rule!` macro that
//! declares one, and each rule's documentation (its file's `//!` comment, embedded by
//! `build.rs`).
//!
//! It sits above `rules/` (it names every rule file) and outside it: `tests/tidy.rs`
//! requires every file under `src/rules/` but `mod.rs` to declare a rule.

use crate::diagnostics::Rule;
use crate::rules::{audit, data, ddl, expr, parse, query, session, types};

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
        pub static RULE: $crate::diagnostics::Rule = $crate::diagnostics::Rule {
            code: $code,
            name: $name,
            severity: $crate::diagnostics::Severity::$sev,
            summary: $summary,
            file: file!(),
        };
    };
}

// The rule list (kept complete by tests/tidy.rs).
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
    &types::zero_date::RULE,
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

/// The rule with this code.
pub fn find(code: &str) -> Option<&'static Rule> {
    ALL.iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Whether a rule has this code (for `severity:` in my2pg.yaml).
pub fn known_code(code: &str) -> bool {
    find(code).is_some()
}
