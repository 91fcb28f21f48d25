//! The expression rules the walk calls on every expression after its children: one
//! line each. A new query rule that rewrites single expressions is its own file (which
//! `build.rs` registers) plus one line in `AFTER_EXPR`.

use crate::catalog::ColumnSets;
use crate::diagnostics::{Rule, Severity};
use crate::rules::query::{boolean_column, cast_type, implicit_conversion, interval, year_values};
use sqlparser::ast::Expr;

/// Rewrites an expression in place; the note to report (message, severity), if any.
pub type ExprHook = fn(&mut Expr, &ColumnSets) -> Option<(String, Severity)>;

/// Called in this order on each expression, children first (post-order).
pub static AFTER_EXPR: &[(&Rule, ExprHook)] = &[
    (&interval::RULE, interval::range_guard),
    (&boolean_column::RULE, boolean_column::rewrite),
    (&cast_type::RULE, cast_type::rewrite),
    (&year_values::RULE, year_values::rewrite),
    (&implicit_conversion::RULE, implicit_conversion::rewrite),
];
