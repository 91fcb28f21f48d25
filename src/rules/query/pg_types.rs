//! # Q027 pg-type-check
//!
//! ## What it does
//! The last step of every query translation: the statement as it will be written is
//! checked against PostgreSQL's operators, functions, casts and assignment rules, on
//! the types my2pg knows (columns from the catalog, literals, casts, the functions it
//! writes). Where PostgreSQL would refuse the statement (no such operator, no such
//! function for those argument types, no such cast, branches of no common type, a
//! value the column's type cannot take), the statement is not written live and an
//! error names the operator and the types. It is a compiler's type check of its own
//! output: the safety net under the translation rules for the mixes they do not
//! convert yet, so that such a statement is reported here rather than by PostgreSQL at
//! run time.
//!
//! ## MySQL
//! MySQL converts between almost any two types ("Type Conversion in Expression
//! Evaluation"): a time meets a number as the number `HHMMSS`, a string meets a date
//! as the date it spells, a count beyond 32 bits is clamped by the string functions.
//!
//! ## PostgreSQL
//! PostgreSQL has no implicit conversion between type categories: `time = integer`,
//! `varchar = integer`, `integer + interval`, `repeat(text, bigint)`,
//! `round(double precision, integer)`, `CAST(time AS timestamp)` and a CASE whose
//! branches are a time and a timestamp are refused when the statement is prepared; a
//! string literal that is no number is refused where a number is wanted.
//!
//! ## Caveats
//! Only what is known is checked: an expression of a type the typer does not know
//! passes (the differential tester measures what still slips through). Column types
//! come from the catalog's column facts by name (issue 13 resolves names), so a column
//! whose name has different types in different tables is unknown, not guessed.

use crate::catalog::{ColumnSets, PgKind};
use crate::rules::query::division::function_args;
use crate::rules::query::translate::typing::{type_of, Ty};
use sqlparser::ast::{
    BinaryOperator as B, DataType, Expr, SetExpr, Statement, Value, Visit, Visitor,
};
use std::ops::ControlFlow;

crate::rule!(
    "Q027",
    "pg-type-check",
    Error,
    "the translation mixes types PostgreSQL refuses: not written live"
);

/// What PostgreSQL groups types into for its operators.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Number,
    Text,
    Bool,
    Bytea,
    Bit,
    /// date and timestamp (they compare and convert).
    DateTime,
    Time,
    Interval,
}

fn family(t: Ty) -> Option<Family> {
    Some(match t {
        Ty::Int | Ty::Numeric | Ty::Float => Family::Number,
        Ty::Text => Family::Text,
        Ty::Bool => Family::Bool,
        Ty::Bytea => Family::Bytea,
        Ty::Bit => Family::Bit,
        Ty::Date | Ty::Timestamp => Family::DateTime,
        Ty::Time => Family::Time,
        Ty::Interval => Family::Interval,
        Ty::Json | Ty::StrLit | Ty::Null | Ty::Unknown => return None,
    })
}

fn name(t: Ty) -> &'static str {
    match t {
        Ty::Bool => "boolean",
        Ty::Int => "integer",
        Ty::Numeric => "numeric",
        Ty::Float => "double precision",
        Ty::Text => "text",
        Ty::StrLit => "a string literal",
        Ty::Bytea => "bytea",
        Ty::Bit => "bit",
        Ty::Date => "date",
        Ty::Timestamp => "timestamp",
        Ty::Time => "time",
        Ty::Interval => "interval",
        Ty::Json => "json",
        Ty::Null => "NULL",
        Ty::Unknown => "unknown",
    }
}

/// Whether PostgreSQL reads this string literal as a number of this type (its input
/// rules in version 15: an integer takes digits only, no fraction or exponent).
pub(crate) fn reads_as_number(s: &str, t: Ty) -> bool {
    let t0 = s.trim();
    let u = t0.strip_prefix(['+', '-']).unwrap_or(t0);
    let digits = |x: &str| x.chars().all(|c| c.is_ascii_digit());
    if t == Ty::Int {
        return !u.is_empty() && digits(u);
    }
    if ["nan", "infinity", "inf"].contains(&u.to_ascii_lowercase().as_str()) {
        return true;
    }
    let (mantissa, exponent) = match u.find(['e', 'E']) {
        Some(i) => (&u[..i], Some(&u[i + 1..])),
        None => (u, None),
    };
    let mut parts = mantissa.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("");
    let ok_mantissa = digits(int) && digits(frac) && !(int.is_empty() && frac.is_empty());
    let ok_exp = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    ok_mantissa && ok_exp
}

/// Whether this string literal is a `Y-M-D` date with a part PostgreSQL has no value
/// for: MySQL's zero month, day or year (`'2001-02-00'`), a 13th month, a 31st of
/// April. Other forms are left to PostgreSQL.
pub(crate) fn bad_date(s: &str) -> bool {
    let t = s.trim();
    let date = t.split([' ', 'T']).next().unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let num = |x: &str, max: usize| {
        (!x.is_empty() && x.len() <= max && x.chars().all(|c| c.is_ascii_digit()))
            .then(|| x.parse::<u32>().unwrap_or(0))
    };
    let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
        return false;
    };
    y == 0 || d == 0 || d > crate::rules::query::translate::temporal::days_in_month(y, m)
}

/// Whether PostgreSQL reads this string literal as a boolean.
fn reads_as_bool(s: &str) -> bool {
    let t = s.trim().to_ascii_lowercase();
    !t.is_empty()
        && ["true", "false", "yes", "no", "on", "off", "1", "0"]
            .iter()
            .any(|w| w.starts_with(&t) && (t.len() > 1 || !matches!(t.as_str(), "o")))
}

fn string_literal(e: &Expr) -> Option<&str> {
    match e {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) => Some(s),
            _ => None,
        },
        Expr::Nested(x) => string_literal(x),
        _ => None,
    }
}

/// Why two operands of a comparison have no operator in PostgreSQL, if they have none.
fn compare(l: &Expr, r: &Expr, sets: &ColumnSets) -> Option<String> {
    let (lt, rt) = (type_of(l, sets), type_of(r, sets));
    for (lit, t) in [(l, rt), (r, lt)] {
        if let Some(s) = string_literal(lit) {
            let bad = match family(t) {
                Some(Family::Number) => !reads_as_number(s, t),
                Some(Family::Bool) => !reads_as_bool(s),
                Some(Family::DateTime) => bad_date(s),
                _ => false,
            };
            if bad {
                return Some(format!("'{s}' compared with {}: PostgreSQL reads the string as {} and refuses it", name(t), name(t)));
            }
        }
    }
    let (lf, rf) = (family(lt)?, family(rt)?);
    (lf != rf).then(|| format!("{} compared with {}: PostgreSQL has no such operator", name(lt), name(rt)))
}

/// Why `l op r` (arithmetic) has no operator in PostgreSQL, if it has none.
fn arithmetic(op: &B, l: &Expr, r: &Expr, sets: &ColumnSets) -> Option<String> {
    if !matches!(op, B::Plus | B::Minus | B::Multiply | B::Divide) {
        return None;
    }
    let (lt, rt) = (type_of(l, sets), type_of(r, sets));
    let (lf, rf) = (family(lt)?, family(rt)?);
    use Family as F;
    let ok = match (lf, rf) {
        (F::Number, F::Number) => true,
        (F::Interval, F::Number) | (F::Number, F::Interval) => {
            matches!(op, B::Multiply | B::Divide) && !(lf == F::Number && *op == B::Divide)
        }
        (F::DateTime | F::Time, F::Interval) => matches!(op, B::Plus | B::Minus),
        (F::Interval, F::DateTime | F::Time) => *op == B::Plus,
        (F::Interval, F::Interval) => matches!(op, B::Plus | B::Minus),
        (F::DateTime, F::Number) => lt == Ty::Date && rt == Ty::Int && matches!(op, B::Plus | B::Minus),
        (F::Number, F::DateTime) => lt == Ty::Int && rt == Ty::Date && *op == B::Plus,
        (F::DateTime, F::DateTime) | (F::Time, F::Time) => *op == B::Minus,
        (F::DateTime, F::Time) => lt == Ty::Date && matches!(op, B::Plus | B::Minus),
        (F::Time, F::DateTime) => rt == Ty::Date && *op == B::Plus,
        (F::Bit, F::Bit) => false,
        _ => false,
    };
    (!ok).then(|| format!("{} {op} {}: PostgreSQL has no such operator", name(lt), name(rt)))
}

/// The text of a number literal with its sign (`-5`, through parentheses), if `e` is one.
fn signed_number(e: &Expr) -> Option<String> {
    match e {
        Expr::Nested(x) => signed_number(x),
        Expr::UnaryOp {
            op: sqlparser::ast::UnaryOperator::Minus,
            expr,
        } => signed_number(expr).map(|n| format!("-{n}")),
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => Some(n.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// An integer literal beyond PostgreSQL's `integer`, or an argument that is no integer.
fn not_int4(e: &Expr, sets: &ColumnSets) -> Option<String> {
    if let Some(text) = signed_number(e).filter(|n| !n.contains(['.', 'e', 'E']) && !n.starts_with("--")) {
        return text
            .parse::<i32>()
            .is_err()
            .then(|| format!("{text} is beyond PostgreSQL's integer"));
    }
    let t = type_of(e, sets);
    matches!(t, Ty::Numeric | Ty::Float | Ty::Text | Ty::Bool | Ty::Date | Ty::Timestamp | Ty::Time | Ty::Bytea)
        .then(|| format!("an argument of type {} where PostgreSQL wants an integer", name(t)))
}

/// A number literal cast to an integer type it does not fit (PostgreSQL raises an error
/// where MySQL clamps or wraps).
fn literal_range(e: &Expr, target: &str) -> Option<String> {
    let (lo, hi): (i128, i128) = match target {
        "smallint" => (i16::MIN.into(), i16::MAX.into()),
        "integer" | "int" => (i32::MIN.into(), i32::MAX.into()),
        "bigint" => (i64::MIN.into(), i64::MAX.into()),
        _ => return None,
    };
    let text = signed_number(e)?;
    // Integers exactly (i128), others as a double (a fraction rounds, within range).
    let fits = match text.parse::<i128>() {
        Ok(i) => lo <= i && i <= hi,
        // (2^63 as a double is past i64::MAX: the bound is kept strict there.)
        // (A doubled sign, `- -5`, is no literal PostgreSQL reads: not judged here.)
        Err(_) => text
            .parse::<f64>()
            .map_or(true, |f| f.round() >= lo as f64 && f.round() < hi as f64),
    };
    (!fits).then(|| format!("{text} cast to {target}: beyond its range, PostgreSQL refuses it"))
}

/// The digits before the point of a decimal literal rounded to `scale` places (half
/// away from zero, as PostgreSQL's numeric does), exactly; `None` for an exponent form.
fn integer_digits(text: &str, scale: usize) -> Option<usize> {
    let t = text.trim_start_matches(['+', '-']);
    if t.contains(['e', 'E']) {
        return None;
    }
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let int = int.trim_start_matches('0');
    let kept: String = frac.chars().chain(std::iter::repeat('0')).take(scale).collect();
    let up = frac.as_bytes().get(scale).is_some_and(|c| *c >= b'5');
    let carry = up && int.chars().chain(kept.chars()).all(|c| c == '9');
    Some(int.len() + usize::from(carry))
}

/// PostgreSQL functions my2pg writes whose arguments at these places are `integer`.
fn int_params(name: &str, n: usize) -> &'static [usize] {
    match (name, n) {
        ("left" | "right" | "repeat" | "lpad" | "rpad", _) => &[1],
        ("substr" | "substring", 2) => &[1],
        ("substr" | "substring", 3) => &[1, 2],
        ("round" | "trunc", 2) => &[1],
        ("chr", 1) => &[0],
        ("split_part", 3) => &[2],
        _ => &[],
    }
}

fn function(f: &sqlparser::ast::Function, sets: &ColumnSets) -> Option<String> {
    let fname = match f.name.0.as_slice() {
        [p] => p.as_ident()?.value.to_ascii_lowercase(),
        _ => return None,
    };
    let args = function_args(f);
    for &i in int_params(&fname, args.len()) {
        if let Some(why) = args.get(i).and_then(|a| not_int4(a, sets)) {
            return Some(format!("{fname}(): {why}"));
        }
    }
    if matches!(fname.as_str(), "round" | "trunc") && args.len() == 2 {
        // (A literal such as 1e0 is numeric to PostgreSQL, DOUBLE to MySQL's typer.)
        let t = type_of(args[0], sets);
        if t == Ty::Float && !matches!(args[0], Expr::Value(_)) {
            return Some(format!("{fname}(double precision, integer): PostgreSQL has it for numeric only"));
        }
    }
    let text_first = [
        "left", "right", "repeat", "lpad", "rpad", "btrim", "ltrim", "rtrim", "upper", "lower",
        "initcap", "reverse", "split_part", "replace", "strpos",
    ];
    if text_first.contains(&fname.as_str()) {
        if let Some(a) = args.first() {
            let t = type_of(a, sets);
            if matches!(t, Ty::Int | Ty::Numeric | Ty::Float | Ty::Bool | Ty::Bytea | Ty::Bit) {
                return Some(format!("{fname}() of {}: PostgreSQL has it for text only", name(t)));
            }
        }
    }
    let numeric_all = ["mod", "div", "power", "pow", "atan2"];
    let numeric_first = [
        "floor", "ceil", "ceiling", "round", "trunc", "abs", "sign", "sqrt", "cbrt", "exp",
        "ln", "log", "log10", "sin", "cos", "tan", "cot", "asin", "acos", "atan", "degrees",
        "radians", "var_pop", "var_samp", "stddev_pop", "stddev_samp", "stddev", "variance",
        "sum", "avg",
    ];
    let checked: &[&Expr] = if numeric_all.contains(&fname.as_str()) {
        &args
    } else if numeric_first.contains(&fname.as_str()) {
        &args[..args.len().min(1)]
    } else {
        &[]
    };
    for a in checked {
        let t = type_of(a, sets);
        let interval_ok = matches!(fname.as_str(), "sum" | "avg") && t == Ty::Interval;
        let refused = matches!(t, Ty::Bool | Ty::Bit | Ty::Text | Ty::Bytea | Ty::Date | Ty::Timestamp | Ty::Time | Ty::Json | Ty::Interval)
            || (t == Ty::StrLit && !matches!(fname.as_str(), "sum" | "avg" | "power" | "pow"));
        if refused && !interval_ok {
            return Some(format!("{fname}() of {}: PostgreSQL has it for numbers only", name(t)));
        }
    }
    // mod() and div() exist for integers and numeric only: a double does not convert.
    if matches!(fname.as_str(), "mod" | "div")
        && args.iter().any(|a| type_of(a, sets) == Ty::Float && !matches!(a, Expr::Value(_)))
    {
        return Some(format!("{fname}() of double precision: PostgreSQL has it for integers and numeric only"));
    }
    if matches!(fname.as_str(), "max" | "min") && args.len() == 1 {
        let t = type_of(args[0], sets);
        if matches!(t, Ty::Bool | Ty::Bytea | Ty::Json) {
            return Some(format!("{fname}() of {}: PostgreSQL has no such aggregate", name(t)));
        }
    }
    if matches!(fname.as_str(), "coalesce" | "greatest" | "least" | "nullif") {
        let tys: Vec<Ty> = args.iter().map(|a| type_of(a, sets)).collect();
        return branches(&fname.to_uppercase(), &tys);
    }
    None
}

/// Result branches (CASE, COALESCE, GREATEST, LEAST) of no common PostgreSQL type.
fn branches(what: &str, tys: &[Ty]) -> Option<String> {
    let known: Vec<(Ty, Family)> = tys.iter().filter_map(|t| family(*t).map(|f| (*t, f))).collect();
    let first = known.first()?;
    known
        .iter()
        .find(|(_, f)| *f != first.1)
        .map(|(t, _)| format!("{what} of {} and {}: PostgreSQL finds no common type", name(first.0), name(*t)))
}

fn cast(e: &Expr, to: &DataType, sets: &ColumnSets) -> Option<String> {
    let from = type_of(e, sets);
    let target = {
        let s = to.to_string().to_ascii_lowercase();
        let base = s.split('(').next().unwrap_or("").trim().to_string();
        base
    };
    if let Some(why) = literal_range(e, &target) {
        return Some(why);
    }
    // A number past a DECIMAL(p,s)'s digits: MySQL gives the type's largest value (with
    // a warning), PostgreSQL refuses it.
    if let DataType::Numeric(info) | DataType::Decimal(info) | DataType::Dec(info) = to {
        use sqlparser::ast::ExactNumberInfo as N;
        let (p, sc) = match info {
            N::Precision(p) => (*p as i64, 0),
            N::PrecisionAndScale(p, sc) => (*p as i64, *sc),
            N::None => (i64::MAX, 0),
        };
        if let Some(x) = signed_number(e) {
            if (0..1000).contains(&sc) && integer_digits(&x, sc as usize).is_some_and(|d| d as i64 > p - sc) {
                return Some(format!("{x} cast to {to}: more digits than the type holds; MySQL gives its largest value, PostgreSQL refuses it"));
            }
        }
    }
    if let Some(s) = string_literal(e) {
        if (target == "date" || target.starts_with("timestamp")) && bad_date(s) {
            return Some(format!("'{s}' AS {target}: a date PostgreSQL has no value for (MySQL's zero or out-of-range parts)"));
        }
    }
    use Ty as T;
    let refused = match target.as_str() {
        "time" => matches!(from, T::Date | T::Int | T::Numeric | T::Float | T::Bool | T::Bytea),
        "date" => matches!(from, T::Time | T::Int | T::Numeric | T::Float | T::Bool | T::Bytea),
        t if t.starts_with("timestamp") => {
            matches!(from, T::Time | T::Int | T::Numeric | T::Float | T::Bool | T::Bytea)
        }
        "bit" | "bit varying" | "varbit" => {
            matches!(from, T::Numeric | T::Float | T::Bool | T::Date | T::Timestamp | T::Time | T::Bytea)
        }
        "numeric" | "decimal" | "double precision" | "real" | "float" => {
            matches!(from, T::Bool | T::Date | T::Timestamp | T::Time | T::Bytea | T::Bit)
        }
        "integer" | "bigint" | "smallint" | "int" => {
            matches!(from, T::Date | T::Timestamp | T::Time | T::Bytea)
        }
        "bytea" => matches!(from, T::Int | T::Numeric | T::Float | T::Bool | T::Date | T::Timestamp | T::Time),
        _ => false,
    };
    refused.then(|| format!("CAST of {} AS {target}: PostgreSQL has no such cast", name(from)))
}

struct Check<'a> {
    sets: &'a ColumnSets,
    found: Option<String>,
}

impl Visitor for Check<'_> {
    type Break = ();

    fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
        let sets = self.sets;
        let why = match e {
            Expr::BinaryOp { left, op, right } => match op {
                B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq => compare(left, right, sets),
                B::And | B::Or => {
                    truth(left, "AND/OR", sets).or_else(|| truth(right, "AND/OR", sets))
                }
                _ => arithmetic(op, left, right, sets),
            },
            Expr::IsDistinctFrom(l, r) | Expr::IsNotDistinctFrom(l, r) => compare(l, r, sets),
            Expr::In {
                expr,
                target: sqlparser::ast::InTarget::List(list),
                ..
            } => list.iter().find_map(|x| compare(expr, x, sets)),
            Expr::Between {
                expr, low, high, ..
            } => compare(expr, low, sets).or_else(|| compare(expr, high, sets)),
            Expr::Case {
                operand,
                conditions,
                else_result,
                ..
            } => {
                let op = operand
                    .as_ref()
                    .and_then(|o| conditions.iter().find_map(|c| compare(o, &c.condition, sets)));
                op.or_else(|| {
                    let tys: Vec<Ty> = conditions
                        .iter()
                        .map(|c| type_of(&c.result, sets))
                        .chain(else_result.iter().map(|x| type_of(x, sets)))
                        .collect();
                    branches("CASE", &tys)
                })
            }
            Expr::UnaryOp {
                op: sqlparser::ast::UnaryOperator::Not,
                expr,
            } => truth(expr, "NOT", sets),
            Expr::IsTrue(x)
            | Expr::IsFalse(x)
            | Expr::IsNotTrue(x)
            | Expr::IsNotFalse(x) => truth(x, "IS TRUE/FALSE", sets),
            Expr::Cast { expr, data_type, .. } => cast(expr, data_type, sets),
            Expr::TypedString(t) => match &t.value.value {
                Value::SingleQuotedString(v) if bad_date(v) && matches!(t.data_type, DataType::Date | DataType::Timestamp(..) | DataType::Datetime(_)) => {
                    Some(format!("{} '{v}': a date PostgreSQL has no value for (MySQL's zero or out-of-range parts)", t.data_type))
                }
                _ => None,
            },
            Expr::Function(f) => function(f, sets),
            // FLOOR and CEIL, which sqlparser reads as their own forms.
            Expr::Floor { expr, .. } | Expr::Ceil { expr, .. } => {
                let t = type_of(expr, sets);
                matches!(t, Ty::Bool | Ty::Bit | Ty::Text | Ty::Bytea | Ty::Date | Ty::Timestamp | Ty::Time | Ty::Json | Ty::Interval)
                    .then(|| format!("floor()/ceil() of {}: PostgreSQL has them for numbers only", name(t)))
            }
            Expr::Substring {
                substring_from,
                substring_for,
                ..
            } => substring_from
                .iter()
                .chain(substring_for.iter())
                .find_map(|x| not_int4(x, sets))
                .map(|w| format!("substring(): {w}")),
            Expr::Extract { expr, .. } => {
                let t = type_of(expr, sets);
                matches!(t, Ty::Int | Ty::Numeric | Ty::Float | Ty::Text | Ty::Bool | Ty::Bytea)
                    .then(|| format!("EXTRACT from {}: PostgreSQL has it for dates, times and intervals only", name(t)))
            }
            _ => None,
        };
        if let Some(w) = why {
            self.found = Some(w);
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_select(&mut self, s: &sqlparser::ast::Select) -> ControlFlow<()> {
        let mut why = s.selection.as_ref().and_then(|w| truth(w, "WHERE", self.sets));
        why = why.or_else(|| s.having.as_ref().and_then(|h| truth(h, "HAVING", self.sets)));
        for t in &s.from {
            for j in &t.joins {
                use sqlparser::ast::{JoinConstraint as C, JoinOperator as O};
                let c = match &j.join_operator {
                    O::Join(c) | O::Inner(c) | O::Left(c) | O::LeftOuter(c) | O::Right(c)
                    | O::RightOuter(c) | O::FullOuter(c) => c,
                    _ => continue,
                };
                if let C::On(e) = c {
                    why = why.or_else(|| truth(e, "JOIN … ON", self.sets));
                }
            }
        }
        if let Some(w) = why {
            self.found = Some(w);
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_statement(&mut self, st: &Statement) -> ControlFlow<()> {
        let selection = match st {
            Statement::Update(u) => u.selection.as_ref(),
            Statement::Delete(d) => d.selection.as_ref(),
            _ => None,
        };
        if let Some(w) = selection.and_then(|w| truth(w, "WHERE", self.sets)) {
            self.found = Some(w);
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    }
}

/// Why `e` cannot be a condition in PostgreSQL (which wants a boolean), if it cannot.
fn truth(e: &Expr, place: &str, sets: &ColumnSets) -> Option<String> {
    if let Some(s) = string_literal(e) {
        return (!reads_as_bool(s)).then(|| format!("'{s}' as the condition of {place}: PostgreSQL reads it as a boolean and refuses it"));
    }
    let t = type_of(e, sets);
    (family(t).is_some() && t != Ty::Bool)
        .then(|| format!("{} as the condition of {place}: PostgreSQL wants a boolean", name(t)))
}

/// Whether a value of type `t` can be stored into a column of kind `k` (PostgreSQL's
/// assignment casts): the reason it cannot, if it cannot.
fn assignment(value: &Expr, col: &str, k: PgKind, sets: &ColumnSets) -> Option<String> {
    let t = type_of(value, sets);
    if let (Some(s), Some(labels)) = (string_literal(value), sets.enums.get(&col.to_lowercase())) {
        return (!labels.iter().any(|l| l == s)).then(|| format!("'{s}' is no label of the ENUM: MySQL's strict mode refuses it, PostgreSQL refuses the statement"));
    }
    if let Some(s) = string_literal(value) {
        let bad = match k {
            PgKind::Integer => !reads_as_number(s, Ty::Int),
            PgKind::Numeric(_) | PgKind::Float => !reads_as_number(s, Ty::Float),
            PgKind::Boolean => !reads_as_bool(s),
            PgKind::Date | PgKind::DateTime | PgKind::TimestampTz => bad_date(s),
            _ => false,
        };
        return bad.then(|| format!("'{s}' stored into {} column: PostgreSQL refuses the string", kind_name(k)));
    }
    use PgKind as K;
    let ok = match (k, family(t)?) {
        (K::Text | K::Varchar | K::Other | K::Json, _) => true,
        (K::Integer | K::Numeric(_) | K::Float, Family::Number) => true,
        (K::Boolean, Family::Bool) => true,
        (K::Bytea, Family::Bytea) => true,
        (K::Bit(_), Family::Bit) => true,
        (K::Date | K::DateTime | K::TimestampTz, Family::DateTime) => true,
        (K::Time, Family::Time) => true,
        (K::Time, Family::DateTime) => t == Ty::Timestamp,
        _ => false,
    };
    (!ok).then(|| format!("{} stored into {} column: PostgreSQL has no assignment cast", name(t), kind_name(k)))
}

/// The column's kind with its article ("an integer").
fn kind_name(k: PgKind) -> &'static str {
    match k {
        PgKind::Boolean => "a boolean",
        PgKind::Integer => "an integer",
        PgKind::Numeric(_) => "a numeric",
        PgKind::Float => "a floating-point",
        PgKind::Bytea => "a bytea",
        PgKind::Bit(_) => "a bit",
        PgKind::Date => "a date",
        PgKind::DateTime | PgKind::TimestampTz => "a timestamp",
        PgKind::Time => "a time",
        PgKind::Json => "a json",
        PgKind::Text | PgKind::Varchar => "a text",
        PgKind::Other => "an other",
    }
}

/// The reason PostgreSQL would refuse the translated statement, if my2pg can tell.
/// `kinds`: the written table's columns (MySQL name, kind) for INSERT and UPDATE, in
/// the INSERT's column order.
pub fn check(stmt: &Statement, kinds: &[(String, PgKind)], sets: &ColumnSets) -> Option<String> {
    let mut c = Check { sets, found: None };
    let _ = stmt.visit(&mut c);
    if c.found.is_some() {
        return c.found;
    }
    match stmt {
        Statement::Insert(ins) => {
            let source = ins.source.as_ref()?;
            let v = match &*source.body {
                SetExpr::Values(v) => v,
                // INSERT … SELECT: the select items are the values.
                SetExpr::Select(sel) => {
                    for (item, (col, k)) in sel.projection.iter().zip(kinds) {
                        if let sqlparser::ast::SelectItem::UnnamedExpr(x)
                        | sqlparser::ast::SelectItem::ExprWithAlias { expr: x, .. } = item
                        {
                            if let Some(w) = assignment(x, col, *k, sets) {
                                return Some(format!("{w} (`{col}`)"));
                            }
                        }
                    }
                    return None;
                }
                _ => return None,
            };
            for row in &v.rows {
                for (cell, (col, k)) in row.iter().zip(kinds) {
                    if let Some(w) = assignment(cell, col, *k, sets) {
                        return Some(format!("{w} (`{col}`)"));
                    }
                }
            }
            None
        }
        Statement::Update(u) => {
            for a in &u.assignments {
                let sqlparser::ast::AssignmentTarget::ColumnName(n) = &a.target else {
                    continue;
                };
                let Some(col) = n.0.last().and_then(|p| p.as_ident()) else {
                    continue;
                };
                let Some((_, k)) = kinds.iter().find(|(c, _)| c.eq_ignore_ascii_case(&col.value)) else {
                    continue;
                };
                if let Some(w) = assignment(&a.value, &col.value, *k, sets) {
                    return Some(format!("{w} (`{}`)", col.value));
                }
            }
            None
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_digits_after_rounding() {
        assert_eq!(integer_digits("9.995", 2), Some(2));
        assert_eq!(integer_digits("9.994", 2), Some(1));
        assert_eq!(integer_digits("-0.5", 0), Some(1));
        assert_eq!(integer_digits("0.4", 0), Some(0));
        assert_eq!(integer_digits("143.481", 1), Some(3));
        assert_eq!(integer_digits("1e5", 0), None);
    }

    #[test]
    fn dates_postgresql_has_no_value_for() {
        for bad in ["2001-02-00", "0000-00-00", "2005-00-01", "2001-04-31 10:00:00", "2001-02-29", "0000-01-01"] {
            assert!(bad_date(bad), "{bad}");
        }
        for ok in ["2001-02-28", "2000-02-29", "2024-12-31T23:59:59", "-infinity", "20010228", "10:00"] {
            assert!(!bad_date(ok), "{ok}");
        }
    }

    #[test]
    fn number_and_boolean_literals_as_postgresql_reads_them() {
        for ok in ["1", " -2.5 ", "1e3", ".5", "5.", "NaN", "+7"] {
            assert!(reads_as_number(ok, Ty::Numeric), "{ok}");
        }
        for bad in ["", "a", "1a", "0x10", "1e", ".", "--1", "1_000"] {
            assert!(!reads_as_number(bad, Ty::Numeric), "{bad}");
        }
        assert!(reads_as_number(" 12 ", Ty::Int));
        assert!(!reads_as_number("2.5", Ty::Int));
        for ok in ["t", "TRUE", "yes", "of", "1", " 0 "] {
            assert!(reads_as_bool(ok), "{ok}");
        }
        for bad in ["", "2", "o", "maybe"] {
            assert!(!reads_as_bool(bad), "{bad}");
        }
    }
}
