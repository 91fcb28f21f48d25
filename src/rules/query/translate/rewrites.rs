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
        if crate::semantic::facts::column_is(&col, &self.sets, |f, c| f.text.contains(c)) {
            return;
        }
        // Under `zero_dates: null`, columns that stay NOT NULL (a primary key's, or one
        // without a zero-date default) hold '-infinity' for zero dates too.
        let never_null = crate::semantic::facts::column_is(&col, &self.sets, |f, c| f.never_null.contains(c));
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
            crate::semantic::facts::column_is(x, &self.sets, |f, c| {
                f.text.contains(c)
                    && !f.numeric.get(c).is_some_and(|k| *k != crate::catalog::NumKind::Mixed)
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

    /// A string literal compared with, or computed with, a number: MySQL reads the number
    /// the string starts with (`'2.5'` is 2.5, `'2abc'` is 2, `'a'` is 0); PostgreSQL would
    /// read the string as the other side's type, and refuse `'a'` or `'2.5'` as an
    /// integer. The literal becomes that number.
    pub(super) fn string_literal_number(&mut self, e: &mut Expr) {
        use super::typing::{type_of, Ty};
        use ast::BinaryOperator as B;
        let sets = self.sets.clone();
        let mut changed = false;
        match e {
            // Integer literals computed together: MySQL computes in 64 bits, PostgreSQL
            // in the literals' 32 (`1024*1024*1024*4` overflows there): folded here.
            Expr::BinaryOp { left, op, right }
                if matches!(op, B::Plus | B::Minus | B::Multiply)
                    && int_literal(left).is_some()
                    && int_literal(right).is_some() =>
            {
                let (a, b) = (int_literal(left).expect("checked"), int_literal(right).expect("checked"));
                let v = match op {
                    B::Plus => a.checked_add(b),
                    B::Minus => a.checked_sub(b),
                    _ => a.checked_mul(b),
                };
                if let Some(v) = v.filter(|v| i64::try_from(*v).is_ok()) {
                    if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&format!("({v})")) {
                        *e = x;
                    }
                }
                return;
            }
            Expr::BinaryOp { left, op, right } => {
                let comparison =
                    matches!(op, B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq | B::Spaceship);
                let arithmetic = super::typing::is_arithmetic(op);
                if !comparison && !arithmetic {
                    return;
                }
                let (l, r) = (type_of(left, &sets), type_of(right, &sets));
                // A BIT value computed or compared with a number is a number in MySQL.
                let bitwise = matches!(
                    op,
                    B::BitwiseAnd | B::BitwiseOr | B::PGBitwiseXor
                );
                let bit_pair = l == Ty::Bit && r == Ty::Bit && bitwise;
                if !bit_pair {
                    for (side, t, other) in [(&mut *left, l, r), (&mut *right, r, l)] {
                        if t == Ty::Bit && (other.is_number() || other == Ty::StrLit || other == Ty::Bit) {
                            if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&format!("CAST({side} AS bigint)")) {
                                **side = x;
                                changed = true;
                            }
                        }
                    }
                }
                let (l, r) = (type_of(left, &sets), type_of(right, &sets));
                if comparison && loose(left, l) && loose(right, r) {
                    self.note(&crate::rules::expr::expression::RULE, LOOSE, Severity::Warning);
                }
                let numeric_side = |t: Ty| t.is_number() || (arithmetic && matches!(t, Ty::StrLit | Ty::Null));
                // A truth value in arithmetic is 1 or 0.
                if arithmetic {
                    for (side, t) in [(&mut **left, l), (&mut **right, r)] {
                        if t == Ty::Bool {
                            if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&format!("CAST({side} AS integer)")) {
                                *side = x;
                                changed = true;
                            }
                        }
                    }
                }
                if l == Ty::StrLit && numeric_side(r) {
                    changed |= to_number(left);
                }
                if r == Ty::StrLit && numeric_side(l) {
                    changed |= to_number(right);
                }
            }
            Expr::Between {
                expr, low, high, ..
            } => {
                let parts = [type_of(expr, &sets), type_of(low, &sets), type_of(high, &sets)];
                if loose(expr, parts[0]) && loose(low, parts[1]) && loose(high, parts[2]) {
                    self.note(&crate::rules::expr::expression::RULE, LOOSE, Severity::Warning);
                }
                if parts.iter().any(|t| t.is_number()) {
                    for (x, t) in [(&mut **expr, parts[0]), (&mut **low, parts[1]), (&mut **high, parts[2])] {
                        if t == Ty::StrLit {
                            changed |= to_number(x);
                        }
                    }
                }
            }
            Expr::In {
                expr,
                target: ast::InTarget::List(list),
                ..
            } => {
                if loose(expr, type_of(expr, &sets)) && list.iter().all(|x| loose(x, type_of(x, &sets))) {
                    self.note(&crate::rules::expr::expression::RULE, LOOSE, Severity::Warning);
                }
                if type_of(expr, &sets) == Ty::StrLit
                    && list.iter().any(|x| type_of(x, &sets).is_number())
                {
                    changed |= to_number(expr);
                }
                if type_of(expr, &sets).is_number() {
                    for x in list.iter_mut() {
                        if type_of(x, &sets) == Ty::StrLit {
                            changed |= to_number(x);
                        }
                    }
                }
            }
            _ => return,
        }
        if changed {
            self.note(
                &crate::rules::expr::expression::RULE,
                "a string literal or a BIT value compared or computed with a number is a number, as MySQL reads it",
                Severity::Info,
            );
        }
    }

    /// Branches of one value that mix numbers and strings (CASE, IF, IFNULL/COALESCE,
    /// ELT): MySQL's result is a string, so the numbers are shown as text (a truth
    /// value as 1/0); PostgreSQL would read the strings as numbers. GREATEST/LEAST over
    /// numbers and strings compare as numbers in MySQL: the string literals become the
    /// numbers they start with.
    pub(super) fn mixed_branches(&mut self, e: &mut Expr) {
        use super::typing::{type_of, Ty};
        let sets = self.sets.clone();
        let branches: Vec<&mut Expr> = match e {
            Expr::Case {
                conditions,
                else_result,
                ..
            } => conditions
                .iter_mut()
                .map(|c| &mut c.result)
                .chain(else_result.iter_mut().map(|x| &mut **x))
                .collect(),
            Expr::Function(f) => {
                let name = f.name.to_string().to_ascii_lowercase();
                let ast::FunctionArguments::List(list) = &mut f.args else {
                    return;
                };
                let args: Vec<&mut Expr> = list
                    .args
                    .iter_mut()
                    .filter_map(|a| match a {
                        ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(x)) => Some(x),
                        _ => None,
                    })
                    .collect();
                match name.as_str() {
                    "coalesce" => args,
                    "greatest" | "least" => {
                        let numbers = args.iter().any(|a| type_of(a, &sets).is_number());
                        let mut changed = false;
                        if numbers {
                            for a in args {
                                if type_of(a, &sets) == Ty::StrLit {
                                    changed |= to_number(a);
                                }
                            }
                        }
                        if changed {
                            self.note(&crate::rules::expr::expression::RULE, "GREATEST/LEAST of numbers and strings compare as numbers in MySQL: the strings become the numbers they start with", Severity::Info);
                        }
                        return;
                    }
                    _ => return,
                }
            }
            _ => return,
        };
        let types: Vec<Ty> = branches.iter().map(|b| type_of(b, &sets)).collect();
        let strings = types.iter().any(|t| matches!(t, Ty::StrLit | Ty::Text));
        let numbers = types.iter().any(|t| t.is_number() || *t == Ty::Bool);
        if !(strings && numbers) {
            return;
        }
        for (b, t) in branches.into_iter().zip(types) {
            let text = match t {
                Ty::Bool => format!("CAST(CAST({b} AS integer) AS text)"),
                t if t.is_number() => format!("CAST({b} AS text)"),
                _ => continue,
            };
            if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&text) {
                *b = x;
            }
        }
        self.note(
            &crate::rules::expr::expression::RULE,
            "a value whose branches mix numbers and strings is a string in MySQL: the numbers are shown as text",
            Severity::Info,
        );
    }

    /// UNION branches whose columns mix numbers and strings (a string column in MySQL:
    /// the numbers are shown as text) or truth values and numbers (1/0 in MySQL).
    pub(super) fn union_types(&mut self, q: &mut ast::Query) {
        use super::typing::{type_of, Ty};
        fn leaves<'a>(body: &'a mut ast::SetExpr, out: &mut Vec<&'a mut ast::Select>) {
            match body {
                ast::SetExpr::Select(s) => out.push(s),
                ast::SetExpr::SetOperation { left, right, .. } => {
                    leaves(left, out);
                    leaves(right, out);
                }
                _ => {}
            }
        }
        if !matches!(&*q.body, ast::SetExpr::SetOperation { .. }) {
            return;
        }
        let sets = self.sets.clone();
        let mut selects = Vec::new();
        leaves(&mut q.body, &mut selects);
        fn cell(p: &mut ast::SelectItem) -> Option<&mut Expr> {
            match p {
                ast::SelectItem::UnnamedExpr(x) | ast::SelectItem::ExprWithAlias { expr: x, .. } => {
                    Some(x)
                }
                _ => None,
            }
        }
        let width = selects.first().map_or(0, |s| s.projection.len());
        // Per column: does a branch give a string, a number?
        let mut strings = vec![false; width];
        let mut numbers = vec![false; width];
        let mut binary = vec![false; width];
        let mut bits = vec![false; width];
        for s in selects.iter_mut() {
            for (i, p) in s.projection.iter_mut().enumerate().take(width) {
                if let Some(x) = cell(p) {
                    let t = type_of(x, &sets);
                    strings[i] |= matches!(t, Ty::StrLit | Ty::Text);
                    numbers[i] |= t.is_number() || t == Ty::Bool;
                    binary[i] |= t == Ty::Bytea;
                    bits[i] |= t == Ty::Bit;
                }
            }
        }
        if (0..width).any(|i| bits[i] && (numbers[i] || strings[i] || binary[i])) {
            self.note(
                &crate::rules::expr::expression::RULE,
                "a UNION column that mixes BIT values with numbers or strings is a binary string in MySQL: no translation yet",
                Severity::Error,
            );
            return;
        }
        let mut changed = false;
        for s in selects.iter_mut() {
            for (i, p) in s.projection.iter_mut().enumerate().take(width) {
                let Some(c) = cell(p) else { continue };
                let text = match type_of(c, &sets) {
                    Ty::Bool if binary[i] => {
                        format!("convert_to(CAST(CAST({c} AS integer) AS text), 'UTF8')")
                    }
                    t if binary[i] && (t.is_number() || t == Ty::Text) => {
                        format!("convert_to(CAST({c} AS text), 'UTF8')")
                    }
                    Ty::StrLit if binary[i] => format!("convert_to({c}, 'UTF8')"),
                    Ty::Bool if strings[i] => format!("CAST(CAST({c} AS integer) AS text)"),
                    Ty::Bool if numbers[i] => format!("CAST({c} AS integer)"),
                    t if strings[i] && t.is_number() => format!("CAST({c} AS text)"),
                    _ => continue,
                };
                if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&text) {
                    *c = x;
                    changed = true;
                }
            }
        }
        if changed {
            self.note(
                &crate::rules::expr::expression::RULE,
                "UNION columns that mix numbers, truth values, strings and binary strings take MySQL's type: binary strings, strings, or numbers for truth values",
                Severity::Info,
            );
        }
    }

    /// Numeric functions given a string literal read the number it starts with (MySQL);
    /// LOWER/UPPER leave a binary string as it is.
    pub(super) fn function_operands(&mut self, e: &mut Expr) {
        use super::typing::{type_of, Ty};
        let Expr::Function(f) = e else { return };
        let name = f.name.to_string().to_ascii_lowercase();
        let sets = self.sets.clone();
        let ast::FunctionArguments::List(list) = &mut f.args else {
            return;
        };
        let numeric = matches!(
            name.as_str(),
            "abs" | "ceil" | "ceiling" | "floor" | "round" | "trunc" | "mod" | "power" | "sqrt"
                | "exp" | "ln" | "log" | "sin" | "cos" | "tan" | "cot" | "asin" | "acos"
                | "atan" | "atan2" | "degrees" | "radians" | "sign" | "div"
        );
        // MySQL computes these in DOUBLE; PostgreSQL's numeric forms give other digits.
        let double = matches!(
            name.as_str(),
            "power" | "sqrt" | "exp" | "ln" | "log" | "sin" | "cos" | "tan" | "cot" | "asin"
                | "acos" | "atan" | "atan2" | "degrees" | "radians"
        );
        if numeric {
            let mut changed = false;
            for a in list.args.iter_mut() {
                if let ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(x)) = a {
                    if type_of(x, &sets) == Ty::StrLit {
                        changed |= to_number(x);
                    }
                    if double && matches!(type_of(x, &sets), Ty::Numeric | Ty::Int) {
                        if let Ok(c) = crate::rules::expr::expression::parse_pg_expr(&format!(
                            "CAST({x} AS double precision)"
                        )) {
                            *x = c;
                        }
                    }
                }
            }
            if changed {
                self.note(&crate::rules::expr::expression::RULE, "a string literal given to a numeric function is the number it starts with, as MySQL reads it", Severity::Info);
            }
            return;
        }
        if matches!(name.as_str(), "lower" | "upper") && list.args.len() == 1 {
            if let ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(x)) = &list.args[0] {
                if type_of(x, &sets) == Ty::Bytea {
                    *e = x.clone();
                }
            }
        }
    }

    /// MySQL's bit operators (`~ & | ^ << >>`) give an unsigned 64-bit result: a negative
    /// bigint of PostgreSQL's is that number plus 2^64 (`~0` is 18446744073709551615).
    pub(super) fn unsigned_bits(&mut self, e: &mut Expr) {
        use super::typing::{type_of, Ty};
        use ast::BinaryOperator as B;
        let int = |x: &Expr| matches!(type_of(x, &self.sets), Ty::Int | Ty::Numeric);
        let bitwise = match &*e {
            Expr::UnaryOp {
                op: ast::UnaryOperator::BitwiseNot,
                expr,
            } => int(expr),
            Expr::BinaryOp { left, op, right } => {
                matches!(
                    op,
                    B::BitwiseAnd | B::BitwiseOr | B::PGBitwiseXor | B::PGBitwiseShiftLeft | B::PGBitwiseShiftRight
                ) && int(left)
                    && int(right)
            }
            _ => false,
        };
        if !bitwise {
            return;
        }
        // The operands as 64 bits (an unsigned value past 2^63 as its negative twin), so
        // nested operations and DECIMAL operands work as in MySQL.
        let bits = |x: &Expr| match type_of(x, &self.sets) {
            Ty::Numeric => format!("CAST(CASE WHEN {x} >= 9223372036854775808 THEN {x} - 18446744073709551616 ELSE {x} END AS bigint)"),
            _ => format!("CAST({x} AS bigint)"),
        };
        // Shifts on the unsigned value, in numeric: a shift by 64 or more is 0, and a
        // right shift brings in zeros (-1 >> 1 is 2^63 - 1).
        if let Expr::BinaryOp { left, op, right } = &*e {
            if matches!(op, B::PGBitwiseShiftLeft | B::PGBitwiseShiftRight) {
                let u = format!("(CASE WHEN {l} < 0 THEN CAST({l} AS numeric) + 18446744073709551616 ELSE CAST({l} AS numeric) END)", l = left);
                let p = format!("power(CAST(2 AS numeric), CAST({right} AS integer))");
                let text = if *op == B::PGBitwiseShiftLeft {
                    format!("CAST(mod({u} * {p}, 18446744073709551616) AS numeric(20))")
                } else {
                    format!("CAST(floor({u} / {p}) AS numeric(20))")
                };
                if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&text) {
                    *e = x;
                }
                return;
            }
        }
        let wide = match &*e {
            Expr::UnaryOp { expr, .. } => format!("(~ {})", bits(expr)),
            Expr::BinaryOp { left, op, right } => format!("({} {op} {})", bits(left), bits(right)),
            _ => return,
        };
        let text = format!("CAST(CASE WHEN {wide} < 0 THEN {wide} + 18446744073709551616 ELSE {wide} END AS numeric(20))");
        if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&text) {
            *e = x;
            self.note(
                &crate::rules::expr::expression::RULE,
                "a bit operation is unsigned 64-bit in MySQL: a negative result is read as unsigned",
                Severity::Info,
            );
        }
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
        if let Some(limit) = list.clauses.iter().find_map(|c| match c {
            ast::FunctionArgumentClause::Limit(l) => Some(l.to_string()),
            _ => None,
        }) {
            return self.group_concat_limit(e, args, &limit, &sep, distinct);
        }
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
            self.note(&crate::rules::query::group_concat::RULE, UNORDERED, Severity::Warning);
        }
    }

    /// MariaDB's `GROUP_CONCAT(… LIMIT n)`: the first n non-NULL values, as a slice of
    /// the aggregated array (`LIMIT 0` gives '' for a group with values, NULL without).
    fn group_concat_limit(&mut self, e: &mut Expr, args: &[Expr], n: &str, sep: &str, distinct: bool) {
        let Expr::Function(f) = &*e else { return };
        let ast::FunctionArguments::List(list) = &f.args else { return };
        let order = list.clauses.iter().find_map(|c| match c {
            ast::FunctionArgumentClause::OrderBy(o) => {
                Some(o.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
            }
            _ => None,
        });
        let by_itself = list.clauses.iter().all(|c| {
            !matches!(c, ast::FunctionArgumentClause::OrderBy(o) if o.len() != 1 || o[0].expr != args[0])
        });
        let single = args.len() == 1 && by_itself;
        if !n.chars().all(|c| c.is_ascii_digit()) || (distinct && !single) {
            self.note(&crate::rules::query::group_concat::RULE, "GROUP_CONCAT(… LIMIT) with an offset, an expression as count, or DISTINCT ordered by another expression has no translation yet", Severity::Error);
            return;
        }
        let value = if distinct {
            args[0].to_string()
        } else {
            args.iter().map(|a| format!("CAST({a} AS text)")).collect::<Vec<_>>().join(" || ")
        };
        if order.is_none() && !distinct {
            self.note(&crate::rules::query::group_concat::RULE, UNORDERED, Severity::Warning);
        }
        let text = format!(
            "array_to_string((array_agg({}{value}{}) FILTER (WHERE ({value}) IS NOT NULL))[1:{n}], {sep})",
            if distinct { "DISTINCT " } else { "" },
            order.map(|o| format!(" ORDER BY {o}")).unwrap_or_default(),
        );
        if let Ok(v) = parse_pg_expr(&text) {
            *e = v;
            self.note(&crate::rules::query::group_concat::RULE, "GROUP_CONCAT(… LIMIT n) (MariaDB's) becomes array_to_string of the first n aggregated values: MySQL cuts the result at group_concat_max_len (1024 bytes by default), PostgreSQL does not", Severity::Warning);
        }
    }
}

const UNORDERED: &str = "GROUP_CONCAT without ORDER BY: the order of the elements is unspecified in MySQL and differs in PostgreSQL; add ORDER BY to fix it";

const LOOSE: &str = "strings without a column compared: MySQL compares them under the connection's collation (case- and accent-insensitive by default), PostgreSQL under the database's";

/// A string that no column gives a collation (literals and functions of them).
fn loose(x: &Expr, t: super::typing::Ty) -> bool {
    use super::typing::Ty;
    matches!(t, Ty::StrLit | Ty::Text)
        && sqlparser::ast::visit_expressions(x, |y| match y {
            Expr::Identifier(_) | Expr::CompoundIdentifier(_) => std::ops::ControlFlow::Break(()),
            _ => std::ops::ControlFlow::Continue(()),
        })
        .is_continue()
}

/// A string literal replaced by the number MySQL reads from it. Whether it changed.
pub(super) fn to_number(x: &mut Expr) -> bool {
    if let Expr::Nested(inner) = x {
        return to_number(inner);
    }
    let Expr::Value(v) = &*x else { return false };
    let (Value::SingleQuotedString(s) | Value::DoubleQuotedString(s)) = &v.value else {
        return false;
    };
    let text = number_prefix_text(s);
    match crate::rules::expr::expression::parse_pg_expr(&text) {
        Ok(n) => {
            *x = n;
            true
        }
        Err(_) => false,
    }
}

/// The text of the number a string starts with, as MySQL reads it (`0` when none).
pub(crate) fn number_prefix_text(s: &str) -> String {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r']);
    let b = t.as_bytes();
    let mut end = 0;
    let neg = b.first() == Some(&b'-');
    if matches!(b.first(), Some(b'-' | b'+')) {
        end = 1;
    }
    let digits_start = end;
    while end < b.len() && b[end].is_ascii_digit() {
        end += 1;
    }
    let int = &t[digits_start..end];
    let mut frac = "";
    if end < b.len() && b[end] == b'.' {
        let f0 = end + 1;
        let mut f1 = f0;
        while f1 < b.len() && b[f1].is_ascii_digit() {
            f1 += 1;
        }
        frac = &t[f0..f1];
        end = f1;
    }
    if int.is_empty() && frac.is_empty() {
        return "0".into();
    }
    let mut exp = String::new();
    if end < b.len() && (b[end] == b'e' || b[end] == b'E') {
        let mut k = end + 1;
        let sign = if k < b.len() && (b[k] == b'-' || b[k] == b'+') {
            k += 1;
            &t[k - 1..k]
        } else {
            ""
        };
        let e0 = k;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        if k > e0 {
            exp = format!("e{sign}{}", &t[e0..k]);
        }
    }
    let int = if int.is_empty() { "0" } else { int };
    let body = if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    };
    // A negative number parses as unary minus: parenthesised, it stays one operand.
    if neg {
        format!("(-{body}{exp})")
    } else {
        format!("{body}{exp}")
    }
}

/// An integer literal's value (`-5` included).
fn int_literal(e: &Expr) -> Option<i128> {
    match e {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) if !n.contains(['.', 'e', 'E']) => n.parse().ok(),
            _ => None,
        },
        Expr::Nested(x) => int_literal(x),
        Expr::UnaryOp {
            op: ast::UnaryOperator::Minus,
            expr,
        } => int_literal(expr).map(|v| -v),
        _ => None,
    }
}
