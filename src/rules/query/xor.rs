//! # Q020 xor
//!
//! ## What it does
//! Translates MySQL's logical `a XOR b`.
//!
//! ## MySQL
//! `XOR` is true when exactly one operand is true (non-zero), NULL when either is NULL.
//!
//! ## PostgreSQL
//! No logical XOR: `(a) <> (b)` on booleans has the same truth table, NULLs included.
//! An operand that is not a boolean expression (a number, a column) is first compared
//! with zero, as MySQL reads it.
//!
//! sqlparser binds XOR tighter than comparisons, AND and NOT; MySQL binds it between AND
//! and OR. Before parsing, `parse/rewrite.rs` parenthesises each XOR's operands as MySQL reads
//! them in conditions and select lists (`a = 1 XOR b AND c` is `(a = 1) XOR (b AND c)`).
//!
//! ## Caveats
//! Elsewhere (`SET x = a XOR b = c`) an XOR the parser read with another precedence is
//! refused with an error rather than translated with another meaning.

use crate::catalog::ColumnSets;
use sqlparser::ast::{BinaryOperator as B, Expr};

crate::rule!(
    "Q020",
    "xor",
    Info,
    "a XOR b becomes (a) <> (b) on booleans"
);

/// Whether `e` is a boolean in PostgreSQL (the walk's typer says so).
pub fn is_boolean(e: &Expr, sets: &ColumnSets) -> bool {
    crate::rules::query::translate::typing::type_of(e, sets)
        == crate::rules::query::translate::typing::Ty::Bool
}

/// `left XOR right` as PostgreSQL text.
pub fn rewrite(left: &Expr, right: &Expr, sets: &ColumnSets) -> String {
    let side = |e: &Expr| {
        if is_boolean(e, sets) {
            format!("({e})")
        } else {
            format!("(({e}) <> 0)")
        }
    };
    format!("({} <> {})", side(left), side(right))
}

/// sqlparser binds XOR tighter than comparisons, AND and NOT; MySQL binds it between
/// AND and OR. An XOR written without parentheses under one of those was read with
/// another meaning than MySQL's: error, rather than a silent change.
pub fn misparsed(e: &Expr) -> Option<String> {
    let bare_xor = |x: &Expr| matches!(x, Expr::BinaryOp { op: B::Xor, .. });
    let wrong = match e {
        Expr::BinaryOp { left, op, right } => {
            !matches!(op, B::Or | B::Xor) && (bare_xor(left) || bare_xor(right))
        }
        Expr::UnaryOp { expr, .. } => bare_xor(expr),
        Expr::Between {
            expr, low, high, ..
        } => bare_xor(expr) || bare_xor(low) || bare_xor(high),
        Expr::IsNull(x) | Expr::IsNotNull(x) | Expr::IsTrue(x) | Expr::IsFalse(x) => bare_xor(x),
        Expr::Like { expr, pattern, .. } => bare_xor(expr) || bare_xor(pattern),
        _ => false,
    };
    wrong.then(|| {
        "XOR next to AND, NOT or a comparison without parentheses: the parser reads it with another precedence than MySQL's; write `(a) XOR (b)`".to_string()
    })
}

#[cfg(test)]
mod tests {
    fn first_expr(sql: &str) -> sqlparser::ast::Expr {
        let d = sqlparser::dialect::MySqlDialect {};
        let mut p = sqlparser::parser::Parser::new(&d)
            .try_with_sql(sql)
            .unwrap();
        p.parse_expr().unwrap()
    }

    #[test]
    fn xor_under_a_comparison_is_refused() {
        let e = first_expr("a > 1 XOR b > 2");
        let mut found = false;
        let _ = sqlparser::ast::visit_expressions(&e, |x| {
            found |= super::misparsed(x).is_some();
            std::ops::ControlFlow::<()>::Continue(())
        });
        assert!(found);
        let e = first_expr("(a > 1) XOR (b > 2) OR c");
        let _ = sqlparser::ast::visit_expressions(&e, |x| {
            assert!(super::misparsed(x).is_none());
            std::ops::ControlFlow::<()>::Continue(())
        });
    }
}
