//! The names MySQL gives a view's columns that the view does not name (lowering
//! records them: they come from the statement's text).

use crate::source::Spans;
use sqlparser::ast::{self, Expr};

/// The names MySQL gives a view's unnamed expression columns (`SELECT a + 1 FROM t`):
/// the expression as written, a string literal's value, or `Name_exp_N` past 64
/// characters. None for a column, a named item or a wildcard.
pub fn view_expr_names(q: &ast::Query, sp: &Spans) -> Vec<Option<String>> {
    let mut body = &*q.body;
    while let ast::SetExpr::SetOperation { left, .. } = body {
        body = left;
    }
    let ast::SetExpr::Select(s) = body else {
        return Vec::new();
    };
    s.projection
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let ast::SelectItem::UnnamedExpr(e) = item else {
                return None;
            };
            let name = match e {
                Expr::Identifier(_) | Expr::CompoundIdentifier(_) => return None,
                Expr::Value(v) => match &v.value {
                    ast::Value::SingleQuotedString(s) | ast::Value::DoubleQuotedString(s) => {
                        s.clone()
                    }
                    _ => written(e, sp),
                },
                _ => written(e, sp),
            };
            Some(if name.chars().count() > 64 {
                format!("Name_exp_{}", i + 1)
            } else {
                name
            })
        })
        .collect()
}

/// An expression's text as written, when its span gives it whole (it reads back as
/// the same expression); else as sqlparser prints it.
fn written(e: &Expr, sp: &Spans) -> String {
    use sqlparser::ast::Spanned;
    let printed = e.to_string();
    let span = e.span();
    if span.start.line != 0 {
        let start = sp.offset(span.start.line, span.start.column);
        let end = sp.offset(span.end.line, span.end.column).max(start);
        let text = sp.file.slice(start..end);
        let dialect = sqlparser::dialect::MySqlDialect {};
        let same = sqlparser::parser::Parser::new(&dialect)
            .try_with_sql(text)
            .and_then(|mut p| p.parse_expr())
            .is_ok_and(|x| x.to_string() == printed);
        if same {
            return text.to_string();
        }
    }
    printed
}
