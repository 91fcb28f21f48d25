//! MySQL forms with another meaning in PostgreSQL that the walk rewrites in place:
//! TRIM of a string, COLLATE with a MySQL collation.

use super::*;
use crate::diagnostics::Severity;
use crate::rules::expr::expression::parse_pg_expr;
use sqlparser::ast::{self, Expr, Ident, ObjectName, Value};

impl Walk {
    /// TRIM of a string longer than one character: MySQL removes whole occurrences of
    /// it, PostgreSQL any of its characters.
    pub(super) fn trim_string(&mut self, e: &mut Expr) {
        let Expr::Trim {
            trim_where,
            trim_what: Some(what),
            expr,
            ..
        } = &*e
        else {
            return;
        };
        let trim_where = trim_where.clone();
        let (what, expr) = (what.clone(), expr.clone());
        let trim_where = &trim_where;

        let Expr::Value(v) = &*what else { return };
        let Value::SingleQuotedString(w) = &v.value else { return };
        if w.chars().count() < 2 {
            return;
        }
        let escaped: String = w
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == ' ' { c.to_string() } else { format!("\\{c}") })
            .collect();
        let lit = |p: String| crate::ident::literal(&p);
        // Case-sensitive, and a column's nondeterministic collation refuses regexps.
        let subject = format!("(CAST({expr} AS text) COLLATE \"C\")");
        let leading = format!("regexp_replace({subject}, {}, '')", lit(format!("^({escaped})+")));
        let text = match trim_where {
            Some(ast::TrimWhereField::Leading) => leading,
            Some(ast::TrimWhereField::Trailing) => {
                format!("regexp_replace({subject}, {}, '')", lit(format!("({escaped})+$")))
            }
            _ => format!("regexp_replace({leading}, {}, '')", lit(format!("({escaped})+$"))),
        };
        if let Ok(x) = parse_pg_expr(&text) {
            *e = x;
            self.note(&crate::rules::query::text_functions::RULE, "TRIM of a string removes whole occurrences of it, as in MySQL", Severity::Info);
        }
        }

    /// A MySQL collation named in a query: a binary one is PostgreSQL's "C"; others are
    /// refused.
    pub(super) fn collate(&mut self, e: &mut Expr) {
        let Expr::Collate { collation, .. } = e else {
            return;
        };

        let name = collation.to_string().trim_matches('"').to_ascii_lowercase();
        let mysql = name.contains('_') && !name.starts_with("my2pg_");
        if mysql && (name.ends_with("_bin") || name == "binary") {
            *collation = ObjectName::from(vec![Ident::with_quote('"', "C")]);
        } else if mysql {
            self.note(
                &crate::rules::query::like_collation::RULE,
                format!("COLLATE {name} in a query: my2pg maps only binary collations (to \"C\") yet"),
                Severity::Error,
            );
        }
        }
}
