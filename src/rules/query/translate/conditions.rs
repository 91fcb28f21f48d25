//! Values used as conditions (WHERE, HAVING, JOIN ON, CASE WHEN, IF, AND/OR/NOT
//! operands): MySQL reads a number, a string, a date or a bit value as true unless it
//! is zero; PostgreSQL wants a boolean.

use super::*;
use crate::diagnostics::Severity;
use crate::rules::expr::expression::parse_pg_expr;
use sqlparser::ast::{self, Expr, Value};

impl Walk {
    /// ORDER BY a SET column: MySQL orders by the members' bits (the first member is 1,
    /// the second 2, …), not by the text. The term becomes that number.
    pub(super) fn set_ordering(&mut self, q: &mut ast::Query) {
        if self.sets.set_members.is_empty() {
            return;
        }
        let projection: Vec<Expr> = match &*q.body {
            ast::SetExpr::Select(s) => s
                .projection
                .iter()
                .map(|p| match p {
                    ast::SelectItem::UnnamedExpr(x) | ast::SelectItem::ExprWithAlias { expr: x, .. } => x.clone(),
                    _ => Expr::Value(Value::Null.into()),
                })
                .collect(),
            _ => Vec::new(),
        };
        let Some(ob) = &mut q.order_by else { return };
        let ast::OrderByKind::Expressions(exprs) = &mut ob.kind else {
            return;
        };
        let mut changed = false;
        for o in exprs.iter_mut() {
            let target = match &o.expr {
                Expr::Value(v) => match &v.value {
                    Value::Number(n, _) => n
                        .parse::<usize>()
                        .ok()
                        .and_then(|k| projection.get(k.wrapping_sub(1)).cloned()),
                    _ => None,
                },
                x => Some(x.clone()),
            };
            let Some(members) = target
                .as_ref()
                .and_then(|t| crate::semantic::facts::column_facts(t, &self.sets))
                .and_then(|(f, c)| f.set_members.get(c))
            else {
                continue;
            };
            let array = members
                .iter()
                .map(|m| crate::ident::literal(m))
                .collect::<Vec<_>>()
                .join(", ");
            let t = target.expect("checked");
            let text = format!("CASE WHEN {t} IS NULL THEN NULL ELSE (SELECT coalesce(sum(CAST(power(2, array_position(ARRAY[{array}]::text[], m) - 1) AS bigint)), 0) FROM unnest(string_to_array(CAST({t} AS text), ',')) AS m) END");
            if let Ok(x) = parse_pg_expr(&text) {
                o.expr = x;
                changed = true;
            }
        }
        if changed {
            self.note(
                &crate::rules::query::null_ordering::RULE,
                "ORDER BY a SET column orders by its members' bits, as MySQL does",
                Severity::Info,
            );
        }
    }

    pub(super) fn truth(&mut self, x: &mut Expr) {
        // A string as a condition is the number it starts with ('a' is 0, '2x' is 2).
        if let Expr::Value(v) = &*x {
            if let Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) = &v.value {
                let truth = mysql_number_prefix(s) != 0.0;
                *x = Expr::Value(Value::Boolean(truth).into());
                self.note(
                    &crate::rules::expr::expression::RULE,
                    "a string used as a condition is read as the number it starts with, as MySQL does",
                    Severity::Info,
                );
                return;
            }
        }
        let arithmetic = |e: &Expr| match e {
            Expr::BinaryOp { op, .. } => super::typing::is_arithmetic(op),
            Expr::UnaryOp { op, .. } => *op == ast::UnaryOperator::Minus,
            _ => false,
        };
        let numeric = match &*x {
            Expr::Function(_) | Expr::Case { .. } => !crate::rules::query::xor::is_boolean(x, &self.sets),
            Expr::Value(v) => matches!(v.value, Value::Number(..)),
            e if arithmetic(e) => true,
            Expr::Identifier(_) | Expr::CompoundIdentifier(_) => matches!(
                crate::rules::query::division::kind(x, &self.sets),
                crate::catalog::NumKind::Exact(_) | crate::catalog::NumKind::Float
            ),
            Expr::Nested(inner) => {
                (matches!(&**inner, Expr::Case { .. }) && !crate::rules::query::xor::is_boolean(inner, &self.sets))
                    || arithmetic(inner)
                    || matches!(&**inner, Expr::Value(v) if matches!(v.value, Value::Number(..)))
            }
            _ => false,
        };
        // MATCH … AGAINST in a condition: the search itself, which the GIN index serves.
        if let Expr::Function(f) = &*x {
            if crate::rules::query::function_is(f, "ts_rank") {
                if let [a, b] = crate::rules::query::division::function_args(f).as_slice() {
                    if let Ok(c) = parse_pg_expr(&format!("{a} @@ {b}")) {
                        *x = c;
                    }
                }
                return;
            }
        }
        let ty = typing::type_of(x, &self.sets);
        let as_condition = match ty {
            typing::Ty::Date | typing::Ty::Timestamp => Some(format!("({x}) <> '-infinity'")),
            typing::Ty::Time => Some(format!("({x}) <> '00:00:00'")),
            typing::Ty::Bit => Some(format!("CAST({x} AS bigint) <> 0")),
            _ => None,
        };
        if let Some(text) = as_condition {
            // A date, time or bit value as a condition: true unless zero, as MySQL reads it.
            if let Ok(c) = parse_pg_expr(&text) {
                *x = c;
                self.note(
                    &crate::rules::expr::expression::RULE,
                    "a date, time or bit value used as a condition is true unless zero, as MySQL reads it",
                    Severity::Info,
                );
            }
            return;
        }
        // A string or ENUM as a condition: the number MySQL reads from it.
        if ty == typing::Ty::Text || crate::rules::query::implicit_conversion::is_enum(x, &self.sets) {
            let sets = self.sets.clone();
            if let Some((msg, severity)) = crate::rules::query::implicit_conversion::to_number(x, &sets) {
                if let Ok(c) = parse_pg_expr(&format!("({x}) <> 0")) {
                    *x = c;
                }
                self.note(&crate::rules::query::implicit_conversion::RULE, msg, severity);
                return;
            }
        }
        if matches!(ty, typing::Ty::Text | typing::Ty::Json | typing::Ty::Bytea) {
            self.note(
                &crate::rules::expr::expression::RULE,
                format!("`{x}` is a string used as a condition: MySQL reads the number it starts with, which my2pg does not translate yet"),
                Severity::Error,
            );
            return;
        }
        if !numeric && !ty.is_number() {
            return;
        }
        // A function of unknown type may return a boolean already: only the ones this
        // walk wrote or knows to return numbers are compared with zero.
        if let (Expr::Function(f), false) = (&*x, ty.is_number()) {
            let n = f.name.to_string().to_ascii_lowercase();
            let known_number = matches!(
                n.as_str(),
                "strpos"
                    | "coalesce"
                    | "char_length"
                    | "octet_length"
                    | "length"
                    | "count"
                    | "sum"
                    | "abs"
                    | "mod"
                    | "sign"
                    | "round"
                    | "trunc"
                    | "floor"
                    | "ceil"
                    | "ceiling"
                    | "array_position"
            );
            if !known_number {
                return;
            }
        }
        if let Ok(c) = parse_pg_expr(&format!("({x}) <> 0")) {
            *x = c;
            self.note(
                &crate::rules::expr::expression::RULE,
                "a number used as a condition is compared with 0, as MySQL reads it",
                Severity::Info,
            );
        }
    }
}

/// A literal that is not a position (`NULL`, a string, a boolean, a decimal number).
pub(super) fn non_integer_constant(e: &Expr) -> bool {
    match e {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.contains(['.', 'e', 'E']),
            Value::Placeholder(_) => false,
            _ => true,
        },
        _ => false,
    }
}

/// The number MySQL reads from the start of a string (`'2abc'` is 2, `'a'` is 0).
pub(crate) fn mysql_number_prefix(s: &str) -> f64 {
    let t = s.trim_start();
    let b = t.as_bytes();
    let mut end = 0;
    if end < b.len() && (b[end] == b'-' || b[end] == b'+') {
        end += 1;
    }
    while end < b.len() && b[end].is_ascii_digit() {
        end += 1;
    }
    if end < b.len() && b[end] == b'.' {
        end += 1;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
    }
    if end < b.len() && (b[end] == b'e' || b[end] == b'E') {
        let mut k = end + 1;
        if k < b.len() && (b[k] == b'-' || b[k] == b'+') {
            k += 1;
        }
        if k < b.len() && b[k].is_ascii_digit() {
            while k < b.len() && b[k].is_ascii_digit() {
                k += 1;
            }
            end = k;
        }
    }
    t[..end].parse().unwrap_or(0.0)
}

/// The bytes of a hex (`X'41'`, `0x41`) or bit (`b'101'`) literal.
pub(super) fn literal_bytes(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::HexStringLiteral(h) => {
            let h = if h.len() % 2 == 1 { format!("0{h}") } else { h.clone() };
            (0..h.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&h[i..i + 2], 16).ok())
                .collect()
        }
        Value::SingleQuotedByteStringLiteral(b) if b.bytes().all(|c| c == b'0' || c == b'1') => {
            let n = u128::from_str_radix(if b.is_empty() { "0" } else { b }, 2).ok()?;
            let len = b.len().div_ceil(8).max(usize::from(!b.is_empty()));
            Some((0..len).rev().map(|i| (n >> (8 * i)) as u8).collect())
        }
        _ => None,
    }
}

/// A hex or bit literal computed or compared with a number: the integer it spells, as
/// MySQL reads it in a numeric context.
pub(super) fn numeric_literals(e: &mut Expr, sets: &crate::catalog::ColumnSets) {
    use super::typing::{type_of, Ty};
    use ast::BinaryOperator as B;
    // CAST(X'10' AS UNSIGNED): a hex or bit literal cast to a number is the number.
    if let Expr::Cast { expr, data_type, .. } = e {
        let t = data_type.to_string().to_ascii_lowercase();
        if ["signed", "unsigned", "int", "decimal", "numeric", "double", "float", "real"]
            .iter()
            .any(|k| t.contains(k))
        {
            literal_to_number(expr);
        }
        return;
    }
    // Values MySQL compares with one another: a hex literal among numbers is a number.
    let group: Vec<&mut Expr> = match e {
        Expr::In {
            expr,
            target: ast::InTarget::List(list),
            ..
        } => std::iter::once(&mut **expr).chain(list.iter_mut()).collect(),
        Expr::Between {
            expr, low, high, ..
        } => vec![&mut **expr, &mut **low, &mut **high],
        Expr::Case {
            operand: Some(o),
            conditions,
            ..
        } => std::iter::once(&mut **o)
            .chain(conditions.iter_mut().map(|c| &mut c.condition))
            .collect(),
        Expr::Function(f)
            if ["nullif", "greatest", "least"]
                .contains(&f.name.to_string().to_ascii_lowercase().as_str()) =>
        {
            match &mut f.args {
                ast::FunctionArguments::List(l) => l
                    .args
                    .iter_mut()
                    .filter_map(|a| match a {
                        ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(x)) => Some(x),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    };
    if !group.is_empty() {
        if group.iter().any(|x| matches!(type_of(x, sets), Ty::Int | Ty::Numeric | Ty::Float | Ty::Bool)) {
            for x in group {
                literal_to_number(x);
            }
        }
        return;
    }
    let Expr::BinaryOp { left, op, right } = e else {
        return;
    };
    let arithmetic = super::typing::is_arithmetic(op);
    let comparison = matches!(op, B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq | B::Spaceship);
    if !arithmetic && !comparison {
        return;
    }
    let (l, r) = (type_of(left, sets), type_of(right, sets));
    for (side, other) in [(&mut **left, r), (&mut **right, l)] {
        if arithmetic || other.is_number() || other == Ty::Bool {
            literal_to_number(side);
        }
    }
}

/// A hex or bit literal replaced by the integer it spells (up to 64 bits).
pub(super) fn literal_to_number(e: &mut Expr) {
    let Expr::Value(v) = &*e else { return };
    let Some(bytes) = literal_bytes(&v.value) else {
        return;
    };
    if bytes.len() > 8 {
        return;
    }
    let n = bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    if let Ok(x) = parse_pg_expr(&n.to_string()) {
        *e = x;
    }
}
