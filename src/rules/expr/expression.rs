//! # Q001 expression
//!
//! ## What it does
//! Translates an expression found in DDL (a DEFAULT, a CHECK, a generated column, an
//! index expression): identifiers under the identifier policy, string literals in
//! PostgreSQL's standard form, MySQL-only literal forms, and functions. A function
//! PostgreSQL does not have with the same meaning is reported.
//!
//! ## MySQL
//! Double-quoted strings, `_utf8mb4'x'` introducers, backslash escapes; functions
//! whose results differ from PostgreSQL's namesakes (`LENGTH` counts bytes, `CONCAT`
//! returns NULL on a NULL argument, `IFNULL`).
//!
//! ## PostgreSQL
//! Single-quoted standard strings (a backslash is a plain character), `IFNULL` →
//! `coalesce`, `LENGTH` → `octet_length`, `YEAR(d)`/`MONTH`/`DAY`/`HOUR`/`MINUTE`/
//! `SECOND`/`QUARTER` → `CAST(EXTRACT(… FROM d) AS integer)`, `CONCAT(a, b)` → `(a || b)` (NULL in, NULL
//! out, as in MySQL). Operators: `||` → `OR` (logical OR in MySQL's default mode), `^` →
//! `#` (bitwise XOR), `<=>` → `IS NOT DISTINCT FROM`, `DIV` → `div()`. Functions with
//! the same meaning in both pass through.
//!
//! ## Caveats
//! Other functions are kept as written with a warning: check them, or wait for the
//! query stage's function rules. JSON path operators (`->`, `->>`), `XOR` and `REGEXP`
//! have no translation yet: the expression is dropped with an error. MySQL comparisons
//! and logical operators return 0/1 integers, PostgreSQL's return booleans. The result is re-parsed as PostgreSQL; an expression
//! that does not parse is an error.

use crate::diagnostics::Severity;
use crate::rules::Cx;
use sqlparser::ast::{self, Expr, Ident, Value, VisitMut, VisitorMut};
use std::ops::ControlFlow;
use std::ops::Range;

crate::rule!(
    "Q001",
    "expression",
    Warning,
    "an expression with MySQL-only parts"
);

/// Functions that mean the same in MySQL and PostgreSQL.
const SAME: &[&str] = &[
    "abs",
    "ceil",
    "ceiling",
    "char_length",
    "character_length",
    "coalesce",
    "exp",
    "floor",
    "left",
    "ln",
    "lower",
    "lpad",
    "ltrim",
    "md5",
    "nullif",
    "octet_length",
    "power",
    "repeat",
    "replace",
    "reverse",
    "right",
    "rpad",
    "rtrim",
    "sign",
    "sqrt",
    "trim",
    "upper",
];

struct Translate<'a, 'b> {
    cx: &'a Cx<'b>,
    unknown: Vec<String>,
    /// Operators rewritten or left untranslated: (message, severity).
    notes: Vec<(String, Severity)>,
}

impl Translate<'_, '_> {
    fn ident(&self, i: &mut Ident) {
        let pg = self.cx.pg_name(&i.value);
        let quoted = self.cx.quote(&pg);
        i.quote_style = if quoted.starts_with('"') {
            Some('"')
        } else {
            None
        };
        i.value = pg;
    }
}

impl VisitorMut for Translate<'_, '_> {
    type Break = ();
    fn post_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        match e {
            Expr::Identifier(i) => self.ident(i),
            Expr::CompoundIdentifier(v) => v.iter_mut().for_each(|i| self.ident(i)),
            Expr::Prefixed { prefix, value } if prefix.value.starts_with('_') => {
                // `_utf8mb4'x'`: the introducer only names the character set.
                *e = (**value).clone();
            }
            Expr::BinaryOp { left, op, right } => {
                use ast::BinaryOperator as B;
                match op {
                    B::StringConcat => {
                        // MySQL's default sql_mode reads `||` as logical OR.
                        *op = B::Or;
                        self.notes.push((
                            "`||` is logical OR in MySQL: it becomes OR".into(),
                            Severity::Warning,
                        ));
                    }
                    B::BitwiseXor => *op = B::PGBitwiseXor,
                    B::Spaceship => {
                        *e = Expr::IsNotDistinctFrom(left.clone(), right.clone());
                    }
                    B::MyIntegerDivide => {
                        let text = format!("div({left}, {right})");
                        if let Ok(x) = parse_pg_expr(&text) {
                            *e = x;
                        }
                    }
                    B::Arrow | B::LongArrow | B::Xor | B::Regexp => {
                        let shown = op.to_string();
                        self.notes.push((format!("operator `{shown}` has no translation yet (MySQL JSON paths, XOR and REGEXP differ from PostgreSQL's)"), Severity::Error));
                    }
                    _ => {}
                }
            }
            Expr::RLike { .. } | Expr::SimilarTo { .. } => {
                self.notes.push(("`REGEXP`/`RLIKE` has no translation yet (MySQL's regular expressions and their case rules differ from PostgreSQL's)".into(), Severity::Error));
            }
            Expr::Value(v) => {
                if let Value::DoubleQuotedString(s) = &v.value {
                    v.value = Value::SingleQuotedString(s.clone());
                }
            }
            Expr::Function(f) => {
                let name = f.name.to_string().to_lowercase();
                let args: Vec<Expr> = match &f.args {
                    ast::FunctionArguments::List(l) => l
                        .args
                        .iter()
                        .filter_map(|a| match a {
                            ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(x)) => {
                                Some(x.clone())
                            }
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                match name.as_str() {
                    "ifnull" => f.name = ast::ObjectName::from(vec![Ident::new("coalesce")]),
                    "length" => f.name = ast::ObjectName::from(vec![Ident::new("octet_length")]),
                    "year" | "month" | "day" | "dayofmonth" | "hour" | "minute" | "second"
                    | "quarter"
                        if args.len() == 1 =>
                    {
                        // MySQL returns an integer; EXTRACT returns numeric in PostgreSQL 14+.
                        let field = if name == "dayofmonth" {
                            "DAY".to_string()
                        } else {
                            name.to_uppercase()
                        };
                        // A string literal needs a type in PostgreSQL; a column has one.
                        let arg = match &args[0] {
                            Expr::Value(_) => format!("CAST({} AS timestamp)", args[0]),
                            other => other.to_string(),
                        };
                        let text = format!("CAST(EXTRACT({field} FROM {arg}) AS integer)");
                        if let Ok(x) = parse_pg_expr(&text) {
                            *e = x;
                        }
                    }
                    "concat" if !args.is_empty() => {
                        let mut it = args.into_iter();
                        let first = it.next().expect("not empty");
                        let joined = it.fold(first, |acc, x| Expr::BinaryOp {
                            left: Box::new(acc),
                            op: ast::BinaryOperator::StringConcat,
                            right: Box::new(x),
                        });
                        *e = Expr::Nested(Box::new(joined));
                    }
                    n if SAME.contains(&n) => {}
                    n => {
                        if !self.unknown.contains(&n.to_string()) {
                            self.unknown.push(n.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

/// Translates `e`; reports unknown functions and unparsable results at `span`.
/// Returns None when the result is not valid PostgreSQL.
pub fn translate(e: &Expr, what: &str, span: Range<usize>, cx: &mut Cx) -> Option<String> {
    let mut e = e.clone();
    let mut t = Translate {
        cx,
        unknown: Vec::new(),
        notes: Vec::new(),
    };
    let _ = e.visit(&mut t);
    let unknown = t.unknown;
    let notes = t.notes;
    let mut untranslatable = false;
    for (msg, severity) in notes {
        untranslatable |= severity == Severity::Error;
        cx.report(&RULE, span.clone(), format!("{msg}, in {what}"))
            .severity = severity;
    }
    if untranslatable {
        return None;
    }
    let text = e.to_string();
    for f in unknown {
        cx.report(&RULE, span.clone(), format!("function `{f}` in {what} kept as written: check that PostgreSQL's `{f}` means the same"));
    }
    if !is_pg_expr(&text) {
        cx.report(
            &RULE,
            span,
            format!("{what} `{text}` is not valid PostgreSQL"),
        )
        .severity = crate::diagnostics::Severity::Error;
        return None;
    }
    Some(text)
}

fn parse_pg_expr(text: &str) -> Result<Expr, sqlparser::parser::ParserError> {
    let d = sqlparser::dialect::PostgreSqlDialect {};
    sqlparser::parser::Parser::new(&d)
        .try_with_sql(text)
        .and_then(|mut p| {
            let e = p.parse_expr()?;
            if p.peek_token().token != sqlparser::tokenizer::Token::EOF {
                return p.expected("end of expression", p.peek_token());
            }
            Ok(e)
        })
}

/// Whether `text` parses as a PostgreSQL expression.
pub fn is_pg_expr(text: &str) -> bool {
    parse_pg_expr(text).is_ok()
}
