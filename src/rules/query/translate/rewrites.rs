//! Expression rewrites that need the column facts: bound values PostgreSQL cannot type
//! (Q005), comparisons with the zero date (D003), strings compared with numbers (Q001),
//! and GROUP_CONCAT (F001).

use super::*;
use crate::diagnostics::Severity;
use crate::rules::expr::expression::parse_pg_expr;
use sqlparser::ast::{self, Expr, Ident, ObjectName, Value};

impl Walk {
    /// Bound values PostgreSQL cannot type from their place (`? IS NULL`, `? + ?`): MySQL
    /// reads them as strings or numbers; typed here so that PREPARE accepts them.
    pub(super) fn bound_values(&self, e: &mut Expr) -> Option<&'static str> {
        let bound =
            |x: &Expr| matches!(x, Expr::Value(v) if matches!(v.value, Value::Placeholder(_)));
        let cast = |x: &mut Box<Expr>, ty: &str| {
            if let Ok(c) = parse_pg_expr(&format!("CAST({x} AS {ty})")) {
                **x = c;
            }
        };
        match e {
            Expr::IsNull(x) | Expr::IsNotNull(x) if bound(x) => {
                cast(x, "text");
                Some("a bound value tested for NULL is typed as text (PostgreSQL cannot infer its type)")
            }
            Expr::BinaryOp {
                left,
                op:
                    ast::BinaryOperator::Plus
                    | ast::BinaryOperator::Minus
                    | ast::BinaryOperator::Multiply,
                right,
            } if bound(left) && bound(right) => {
                cast(left, "numeric");
                cast(right, "numeric");
                Some("arithmetic between bound values is numeric, as in MySQL (PostgreSQL cannot infer their types)")
            }
            _ => None,
        }
    }

    /// A comparison with MySQL's zero date (`'0000-00-00'`), which the data conversion
    /// stored as `-infinity` or NULL (D003): compared with that instead.
    pub(super) fn zero_date(&mut self, e: &mut Expr) {
        use ast::BinaryOperator as B;
        let zero = |x: &Expr| match x {
            Expr::Value(v) => match &v.value {
                Value::SingleQuotedString(s) => {
                    s.starts_with("0000-00-00")
                        && s[10..]
                            .trim_start()
                            .chars()
                            .all(|c| matches!(c, '0' | ':' | '.'))
                }
                _ => false,
            },
            _ => false,
        };
        let Expr::BinaryOp { left, op, right } = e else {
            return;
        };
        if !matches!(op, B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq) {
            return;
        }
        let (col, lit_left) = if zero(right) && !zero(left) {
            (left.clone(), false)
        } else if zero(left) && !zero(right) {
            (right.clone(), true)
        } else {
            return;
        };
        // A string column compares the text '0000-00-00' as text.
        if Self::column_name(&col).is_some_and(|c| self.sets.text.contains(&c)) {
            return;
        }
        // Under `zero_dates: null`, columns that stay NOT NULL (a primary key's, or one
        // without a zero-date default) hold '-infinity' for zero dates too.
        let never_null = Self::column_name(&col).is_some_and(|c| self.sets.never_null.contains(&c));
        let rule = &crate::rules::types::zero_date::RULE;
        let minus_infinity = self.zero_dates == crate::config::ZeroDatePolicy::MinusInfinity;
        let infinity = || Expr::Value(Value::SingleQuotedString("-infinity".into()).into());
        if minus_infinity || never_null {
            let lit = if lit_left { left } else { right };
            **lit = infinity();
            let msg = if minus_infinity {
                "a comparison with the zero date compares with '-infinity', which the converted data holds instead (zero_dates: minus-infinity)"
            } else {
                "a comparison with the zero date on a NOT NULL column compares with '-infinity', which the converted data holds there (zero_dates: null puts NULL only in nullable columns)"
            };
            self.note(rule, msg, Severity::Warning);
            return;
        }
        // `zero_dates: null`, a column that may hold NULL.
        match op {
            B::Eq => {
                *e = Expr::Nested(Box::new(Expr::BinaryOp {
                    left: Box::new(Expr::IsNull(col.clone())),
                    op: B::Or,
                    right: Box::new(Expr::BinaryOp { left: col, op: B::Eq, right: Box::new(infinity()) }),
                }));
                self.note(rule, "`= '0000-00-00'` becomes `IS NULL OR = '-infinity'`: the converted data holds NULL for zero dates, or '-infinity' in NOT NULL columns (zero_dates: null)", Severity::Warning);
            }
            B::NotEq => {
                *e = Expr::Nested(Box::new(Expr::BinaryOp {
                    left: Box::new(Expr::IsNotNull(col.clone())),
                    op: B::And,
                    right: Box::new(Expr::BinaryOp { left: col, op: B::NotEq, right: Box::new(infinity()) }),
                }));
                self.note(rule, "`<> '0000-00-00'` becomes `IS NOT NULL AND <> '-infinity'`: the converted data holds NULL for zero dates, or '-infinity' in NOT NULL columns (zero_dates: null)", Severity::Warning);
            }
            _ => self.note(rule, "an ordering comparison with the zero date has no translation under zero_dates: null (the zero dates are NULL)", Severity::Error),
        }
    }

    /// A string column compared with a number: MySQL converts the string to a number
    /// ('5.0' = 5, 'abc' = 0), PostgreSQL has no such comparison.
    pub(super) fn string_number(&mut self, e: &Expr) {
        use ast::BinaryOperator as B;
        let Expr::BinaryOp { left, op, right } = e else {
            return;
        };
        if !matches!(op, B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq) {
            return;
        }
        let number = |x: &Expr| matches!(x, Expr::Value(v) if matches!(v.value, Value::Number(..)));
        let text = |x: &Expr| {
            Self::column_name(x).is_some_and(|c| {
                self.sets.text.contains(&c)
                    && !self
                        .sets
                        .numeric
                        .get(&c)
                        .is_some_and(|k| *k != crate::catalog::NumKind::Mixed)
            })
        };
        let col = if number(right) && text(left) {
            left
        } else if number(left) && text(right) {
            right
        } else {
            return;
        };
        let msg = format!("`{col}` is a string compared with a number: MySQL compares them as numbers ('5.0' = 5, 'abc' = 0), PostgreSQL refuses the comparison; write the value as a string, or CAST the column if it only holds numbers");
        // (A name that is a number in another table is refused too: flagged, not silent.)
        self.note(&crate::rules::expr::expression::RULE, msg, Severity::Error);
    }

    pub(super) fn group_concat(&mut self, e: &mut Expr, args: &[Expr]) {
        let Expr::Function(f) = e else { return };
        let ast::FunctionArguments::List(list) = &mut f.args else {
            return;
        };
        let mut sep = "','".to_string();
        list.clauses.retain(|c| match c {
            ast::FunctionArgumentClause::Separator(v) => {
                sep = match &v.value {
                    Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => {
                        crate::ident::literal(s)
                    }
                    other => other.to_string(),
                };
                false
            }
            _ => true,
        });
        let distinct = matches!(
            list.duplicate_treatment,
            Some(ast::DuplicateTreatment::Distinct)
        );
        let ordered_by_other = list.clauses.iter().any(|c| matches!(c, ast::FunctionArgumentClause::OrderBy(o) if o.len() != 1 || args.len() != 1 || o[0].expr != args[0]));
        let ordered_by_itself = list.clauses.iter().any(|c| matches!(c, ast::FunctionArgumentClause::OrderBy(o) if o.len() == 1 && args.len() == 1 && o[0].expr == args[0]));
        if distinct && ordered_by_itself {
            // PostgreSQL orders a DISTINCT aggregate only by its argument itself: the
            // value is aggregated as it is (its type and collation kept) and joined.
            let order = list.clauses.iter().find_map(|c| match c {
                ast::FunctionArgumentClause::OrderBy(o) => Some(o[0].to_string()),
                _ => None,
            });
            let x = &args[0];
            let text = format!(
                "array_to_string(array_agg(DISTINCT {x} ORDER BY {}) FILTER (WHERE {x} IS NOT NULL), {sep})",
                order.unwrap_or_default()
            );
            if let Ok(v) = parse_pg_expr(&text) {
                *e = v;
                self.note(&crate::rules::query::group_concat::RULE, "GROUP_CONCAT(DISTINCT x ORDER BY x) becomes array_to_string(array_agg(…)): MySQL cuts the result at group_concat_max_len (1024 bytes by default), PostgreSQL does not", Severity::Warning);
            }
            return;
        }
        if distinct && ordered_by_other {
            self.note(&crate::rules::query::group_concat::RULE, "GROUP_CONCAT(DISTINCT … ORDER BY another expression) has no string_agg equivalent (PostgreSQL orders DISTINCT aggregates by their argument only)", Severity::Error);
            return;
        }
        let joined: Vec<String> = args.iter().map(|a| format!("CAST({a} AS text)")).collect();
        let Ok(value) = parse_pg_expr(&joined.join(" || ")) else {
            return;
        };
        let Ok(sep) = parse_pg_expr(&sep) else { return };
        list.args = vec![
            ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(value)),
            ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(sep)),
        ];
        f.name = ObjectName::from(vec![Ident::new("string_agg")]);
        let ordered = list
            .clauses
            .iter()
            .any(|c| matches!(c, ast::FunctionArgumentClause::OrderBy(_)));
        self.note(&crate::rules::query::group_concat::RULE, "GROUP_CONCAT becomes string_agg: MySQL cuts the result at group_concat_max_len (1024 bytes by default), PostgreSQL does not", Severity::Warning);
        if !ordered {
            self.note(&crate::rules::query::group_concat::RULE, "GROUP_CONCAT without ORDER BY: the order of the elements is unspecified in MySQL and differs in PostgreSQL; add ORDER BY to fix it", Severity::Warning);
        }
    }
}
