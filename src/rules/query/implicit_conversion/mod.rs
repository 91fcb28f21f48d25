//! # Q026 implicit-conversion
//!
//! ## What it does
//! Makes MySQL's implicit type conversions explicit where PostgreSQL would refuse the
//! mix of types, or read it another way: in comparisons (`=`, `<`, `<=>`, `IN`,
//! `BETWEEN`, `NULLIF`), arithmetic, CAST to a number, the branches of `CASE`, `IF`,
//! `IFNULL` and `COALESCE`, and the arguments of MySQL's numeric, string and window
//! functions.
//!
//! ## MySQL
//! "Type Conversion in Expression Evaluation": a string meeting a number is read as the
//! number it starts with (`'12abc'` is 12, `'a'` is 0); a truth value is the integer 1
//! or 0; a date, time or datetime meeting a number is that number (`2021-07-04` is
//! 20210704, `10:30:00` is 103000, so `d + 1` is a number, not the next day); an ENUM
//! meeting a number is its label's position; integer arithmetic is 64-bit (`-n` of the
//! smallest INT is 2147483648). A string function given a number, a truth value or a
//! date works on its text (`LENGTH(d)` is 10); a count given a fraction rounds it
//! (`LEFT(s, 1.5)` takes 2); `MAX(active)` of a boolean is 1 or 0.
//!
//! ## PostgreSQL
//! The same conversions, written out: a string literal becomes its number; a string
//! column `regexp_replace(s, …)` read as `double precision` (the number it starts with,
//! 0 when none, NULL for NULL); a truth value `CAST(b AS integer)`; a date
//! `CAST(to_char(d, 'YYYYMMDD') AS bigint)`, a time or timestamp the same digits with
//! six fraction digits as `numeric`; an ENUM `array_position(ARRAY[labels], CAST(e AS
//! text))`; an INT column negated or in ABS widened to `bigint`; string arguments
//! `CAST(x AS text)` (a truth value through integer); counts `CAST(x AS integer)`;
//! a polymorphic window function's string literal `CAST('a' AS text)`.
//!
//! ## Caveats
//! Mixes with no exact translation are errors, not guesses: a binary string or JSON
//! meeting a number, a string column compared with a date (MySQL reads the string as a
//! date, PostgreSQL's cast rejects strings that are not one), a date compared with a
//! time. A timestamp shown as text or as a number has PostgreSQL's fraction digits
//! (none when zero, six in arithmetic) where MySQL shows the column's precision: a
//! warning says so. Integer `+`, `-` and `*` of two integer expressions (and `*` by a
//! literal) are computed in 64 bits, as MySQL does (`CAST(a AS bigint) + b`); a sum
//! with a literal (`n + 1`) keeps the column's width, so PostgreSQL raises an error
//! where MySQL passes 2147483647. A date
//! compared with a number is compared as a number: MySQL 8 does so for a number column,
//! but reads a short constant (YYMMDD) as a date, and MariaDB any number: a warning
//! says so unless the constant spells a whole date (YYYYMMDD, YYYYMMDDhhmmss). ROUND
//! and TRUNCATE of a date are MySQL 8's number; MariaDB gives a date (a warning). Types
//! come from the catalog's column facts, a qualified column's from its own table.

use crate::catalog::ColumnSets;
use crate::diagnostics::Severity;
use crate::rules::expr::expression::parse_pg_expr;
use crate::rules::query::translate::typing::{type_of, Ty};
use crate::semantic::facts::column_facts;
use sqlparser::ast::{
    BinaryOperator as B, DataType, Expr, FunctionArg, FunctionArgExpr, FunctionArguments,
    UnaryOperator, Value,
};

crate::rule!(
    "Q026",
    "implicit-conversion",
    Info,
    "MySQL's implicit conversions between strings, numbers, truth values, dates and enums made explicit"
);

mod arguments;

/// What MySQL makes of a value in a given place.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// A number (or a BIT value).
    Number,
    Bool,
    StrLit,
    Text,
    Enum,
    Date,
    /// A time or a timestamp: a number with a fraction.
    Clock,
    Bytea,
    Json,
    Interval,
    Null,
    /// A placeholder, or what the typer does not know.
    Other,
}

fn column_name(e: &Expr) -> Option<&str> {
    match e {
        Expr::Identifier(i) => Some(&i.value),
        Expr::CompoundIdentifier(p) => p.last().map(|i| i.value.as_str()),
        _ => None,
    }
}

fn labels<'a>(e: &Expr, sets: &'a ColumnSets) -> Option<&'a Vec<String>> {
    column_facts(e, sets).and_then(|(sets, c)| sets.enums.get(c))
}

/// An operator chain with an unparenthesised AND, OR or XOR in it.
fn loose_or(e: &Expr) -> bool {
    match e {
        Expr::BinaryOp { op: B::And | B::Or | B::Xor, .. } => true,
        Expr::BinaryOp { left, right, .. } => loose_or(left) || loose_or(right),
        _ => false,
    }
}

fn class(e: &Expr, sets: &ColumnSets) -> Class {
    // `a > 1 || b`: sqlparser binds MySQL's `||` (OR here) tighter than the comparison;
    // the printed text binds as MySQL does, so such an operand is left alone.
    if loose_or(e) {
        return Class::Other;
    }
    if labels(e, sets).is_some() {
        return Class::Enum;
    }
    match type_of(e, sets) {
        Ty::Int | Ty::Numeric | Ty::Float | Ty::Bit => Class::Number,
        Ty::Bool => Class::Bool,
        Ty::StrLit => Class::StrLit,
        Ty::Text => Class::Text,
        Ty::Date => Class::Date,
        Ty::Timestamp | Ty::Time => Class::Clock,
        Ty::Bytea => Class::Bytea,
        Ty::Json => Class::Json,
        Ty::Interval => Class::Interval,
        Ty::Null => Class::Null,
        Ty::Unknown => Class::Other,
    }
}

/// The notes of one rewrite: the worst severity wins, messages are kept once each.
#[derive(Default)]
struct Notes(Vec<(String, Severity)>);

impl Notes {
    fn add(&mut self, msg: &str, severity: Severity) {
        if !self.0.iter().any(|(m, _)| m == msg) {
            self.0.push((msg.to_string(), severity));
        }
    }

    fn result(self) -> Option<(String, Severity)> {
        let worst = self.0.iter().map(|(_, s)| *s).max_by_key(|s| rank(*s))?;
        let text = self.0.into_iter().map(|(m, _)| m).collect::<Vec<_>>().join("; ");
        Some((text, worst))
    }
}

fn rank(s: Severity) -> u8 {
    match s {
        Severity::Error => 3,
        Severity::Warning => 2,
        _ => 1,
    }
}

fn replace(e: &mut Expr, text: &str) -> bool {
    match parse_pg_expr(text) {
        Ok(x) => {
            *e = x;
            true
        }
        Err(_) => false,
    }
}

/// The regular expression that reads the number a string starts with, as MySQL does:
/// sign, digits, fraction, exponent; `0` when there is none.
const NUMBER_PREFIX: &str =
    r"'^\s*([-+]?)((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)?.*$', '\10\2'";

/// `e` (of class `c`) as the number MySQL reads from it. Whether it could.
fn as_number(e: &mut Expr, c: Class, sets: &ColumnSets, notes: &mut Notes) -> bool {
    // A SET meeting a number is the bitmask of its members, not the number its text
    // starts with.
    if c == Class::Text {
        if let Some((sets, col)) = column_facts(e, sets) {
            if sets.set_members.contains_key(col) {
                notes.add("a SET column meeting a number is the bitmask of its members in MySQL, which my2pg does not translate yet", Severity::Error);
                return false;
            }
        }
    }
    let text = match c {
        Class::Number | Class::Other | Class::Interval | Class::Null => return true,
        Class::Bool => {
            notes.add("a truth value meeting a number is 1 or 0, as in MySQL", Severity::Info);
            format!("CAST({e} AS integer)")
        }
        Class::StrLit => {
            let Expr::Value(v) = &*e else { return false };
            let (Value::SingleQuotedString(s) | Value::DoubleQuotedString(s)) = &v.value else {
                return false;
            };
            notes.add("a string literal meeting a number is the number it starts with (0 when none), as MySQL reads it", Severity::Info);
            crate::rules::query::translate::number_prefix(s)
        }
        Class::Text => {
            notes.add("a string meeting a number is read as the number it starts with (0 when none), as MySQL does", Severity::Info);
            format!("CAST(regexp_replace(({e}) COLLATE \"C\", {NUMBER_PREFIX}) AS double precision)")
        }
        Class::Enum => {
            let Some(l) = labels(e, sets) else { return false };
            let list = l
                .iter()
                .map(|s| format!("'{}'", s.replace('\'', "''")))
                .collect::<Vec<_>>()
                .join(", ");
            notes.add("an ENUM meeting a number is its label's position, as in MySQL", Severity::Info);
            format!("array_position(ARRAY[{list}], CAST({e} AS text))")
        }
        Class::Date => {
            notes.add("a date meeting a number is the number YYYYMMDD in MySQL", Severity::Info);
            format!("CAST(to_char({e}, 'YYYYMMDD') AS bigint)")
        }
        Class::Clock => {
            let ts = type_of(e, sets) == Ty::Timestamp;
            notes.add(
                "a time or datetime meeting a number is the number HHMMSS or YYYYMMDDHHMMSS in MySQL, with six fraction digits here",
                Severity::Info,
            );
            let digits = if ts { "YYYYMMDDHH24MISS" } else { "HH24MISS" };
            format!("CAST(to_char({e}, '{digits}.US') AS numeric)")
        }
        Class::Bytea => {
            notes.add("a binary string meeting a number is read as the number its bytes spell in MySQL: no translation yet", Severity::Error);
            return false;
        }
        Class::Json => {
            notes.add("a JSON value meeting a number is compared by JSON's rules in MySQL: no translation yet", Severity::Error);
            return false;
        }
    };
    replace(e, &text)
}

/// `e` (of class `c`) as the text MySQL's string functions see.
fn as_text(e: &mut Expr, c: Class, sets: &ColumnSets, notes: &mut Notes) {
    let text = match c {
        Class::Bool => format!("CAST(CAST({e} AS integer) AS text)"),
        Class::Enum | Class::Date => format!("CAST({e} AS text)"),
        Class::Number => {
            if type_of(e, sets) == Ty::Float {
                notes.add("a DOUBLE shown as text: PostgreSQL writes large and small values with an exponent sign (1e+20) where MySQL writes 1e20", Severity::Warning);
            }
            if type_of(e, sets) == Ty::Bit {
                return;
            }
            format!("CAST({e} AS text)")
        }
        Class::Clock => {
            if type_of(e, sets) == Ty::Timestamp {
                notes.add("a datetime shown as text: PostgreSQL writes the fraction digits a value has (none when zero), MySQL as many as the column's precision", Severity::Warning);
            }
            format!("CAST({e} AS text)")
        }
        _ => return,
    };
    if replace(e, &text) {
        notes.add("a number, truth value, ENUM or date given to a string function is its text, as in MySQL", Severity::Info);
    }
}

/// `e` as the whole number MySQL rounds it to where a count is expected.
/// Which count literals beyond 32 bits are brought within PostgreSQL's integer: none
/// (ROUND's places: PostgreSQL would show that many digits), negative ones (a huge
/// REPEAT or LPAD is NULL in MySQL, past max_allowed_packet; an error in PostgreSQL), all.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Clamp { No, Negative, Both }

fn number_literal(e: &Expr) -> bool {
    match e {
        Expr::Value(v) => matches!(v.value, Value::Number(..)),
        Expr::Nested(x) | Expr::UnaryOp { expr: x, .. } => number_literal(x),
        _ => false,
    }
}

/// Already 64-bit: a cast to bigint, or an operation on one.
fn is_bigint(e: &Expr) -> bool {
    match e {
        Expr::Cast { data_type, .. } => data_type.to_string().eq_ignore_ascii_case("bigint"),
        Expr::Nested(x) => is_bigint(x),
        Expr::BinaryOp { left, right, .. } => is_bigint(left) || is_bigint(right),
        _ => false,
    }
}

fn integer_literal(e: &Expr) -> bool {
    matches!(e, Expr::Value(v) if matches!(&v.value, Value::SingleQuotedString(t) if crate::rules::query::pg_types::reads_as_number(t, Ty::Int)))
}

fn as_count(e: &mut Expr, c: Class, clamp: Clamp, sets: &ColumnSets, notes: &mut Notes) {
    // A count literal beyond 32 bits: MySQL's string functions clamp it (a negative one
    // is "none", a huge one "all"), PostgreSQL's take an integer: the nearest one.
    let n = crate::rules::query::text_functions::int_literal(e)
        .filter(|n| clamp == Clamp::Both || (clamp == Clamp::Negative && *n < 0));
    if let Some(n) = n {
        if i32::try_from(n).is_err() {
            let clamped = if n < 0 { -i32::MAX } else { i32::MAX };
            if replace(e, &clamped.to_string()) {
                notes.add("a count beyond 32 bits is the nearest integer PostgreSQL takes (the same result)", Severity::Info);
            }
            return;
        }
    }
    match c {
        Class::Number if type_of(e, sets) != Ty::Int => {
            let text = format!("CAST({e} AS integer)");
            if replace(e, &text) {
                notes.add("a fraction where MySQL expects a count is rounded to a whole number", Severity::Info);
            }
        }
        Class::Bool | Class::StrLit | Class::Text | Class::Enum => {
            if as_number(e, c, sets, notes) && c != Class::Bool && c != Class::Enum {
                let text = format!("CAST({e} AS integer)");
                replace(e, &text);
            }
        }
        _ => {}
    }
}

/// A number literal that spells a whole date or datetime (YYYYMMDD, YYYYMMDDhhmmss):
/// the same compared as a number or read as a date.
fn full_date_number(e: &Expr) -> bool {
    match e {
        Expr::Value(v) => matches!(&v.value, Value::Number(n, _) if matches!(n.split('.').next().map(str::len), Some(8 | 14))),
        Expr::Nested(x) => full_date_number(x),
        _ => false,
    }
}

fn numeric_like(c: Class) -> bool {
    matches!(c, Class::Number | Class::Bool | Class::Enum)
}

fn stringish(c: Class) -> bool {
    matches!(c, Class::StrLit | Class::Text)
}

/// Text columns of a case-insensitive and of a case-sensitive (`_bin`) collation in one
/// comparison or result: MySQL uses the `_bin` one ("Collation Coercibility in
/// Expressions": a `_bin` collation wins over `_ci` in the same character set);
/// PostgreSQL refuses two different column collations. The `_ci` side gets
/// `COLLATE "C"`.
fn binary_wins(ops: &mut [&mut Expr], sets: &ColumnSets, notes: &mut Notes) {
    let ci = |x: &Expr| crate::semantic::facts::column_is(x, sets, |f, c| f.ci.contains(c) && !f.cs.contains(c) && f.text.contains(c));
    let cs = |x: &Expr| crate::semantic::facts::column_is(x, sets, |f, c| f.cs.contains(c) && !f.ci.contains(c) && f.text.contains(c));
    if !(ops.iter().any(|x| ci(x)) && ops.iter().any(|x| cs(x))) {
        return;
    }
    for x in ops.iter_mut() {
        if ci(x) {
            let text = format!("({x} COLLATE \"C\")");
            replace(x, &text);
        }
    }
    notes.add("a case-insensitive column beside a _bin one compares and orders by the _bin collation, as in MySQL", Severity::Info);
}

/// Operands that MySQL compares with one another: brought to one domain.
fn unify(ops: &mut [&mut Expr], sets: &ColumnSets, notes: &mut Notes) {
    binary_wins(ops, sets, notes);
    let classes: Vec<Class> = ops.iter().map(|x| class(x, sets)).collect();
    let has = |f: &dyn Fn(Class) -> bool| classes.iter().any(|c| f(*c));
    let number = has(&|c| c == Class::Number);
    let temporal = has(&|c| matches!(c, Class::Date | Class::Clock));
    // Truth values with numbers, or anything numeric with strings: numbers.
    let numbers = (number && has(&|c| matches!(c, Class::Bool | Class::Enum)))
        || (has(&numeric_like) && has(&|c| c == Class::Text || c == Class::StrLit && !has(&|c| c == Class::Enum)))
        || (has(&|c| c == Class::Bool) && has(&stringish))
        || (number && temporal);
    if has(&|c| c == Class::Json) && has(&|c| !matches!(c, Class::Json | Class::StrLit | Class::Other | Class::Null)) {
        notes.add("a JSON value compared with another type follows JSON's comparison rules in MySQL: no translation yet", Severity::Error);
        return;
    }
    if numbers {
        if number && temporal && ops.iter().zip(&classes).any(|(x, c)| *c == Class::Number && !full_date_number(x)) {
            notes.add("a date or time compared with a number is compared as the number its digits spell (MySQL 8's rule for a column); MySQL reads a short constant (YYMMDD) as a date, and MariaDB any number", Severity::Warning);
        }
        for (x, c) in ops.iter_mut().zip(&classes) {
            // Dates and strings met by a number; a date with a string literal stays a date.
            if *c == Class::StrLit && temporal && !number {
                continue;
            }
            as_number(x, *c, sets, notes);
        }
        return;
    }
    if temporal && has(&|c| c == Class::Text) {
        notes.add("a string column compared with a date or time: MySQL reads the string as one (NULL or a warning when it is not), PostgreSQL has no such comparison: no translation yet", Severity::Error);
    } else if ops.iter().any(|x| type_of(x, sets) == Ty::Time)
        && ops.iter().any(|x| matches!(type_of(x, sets), Ty::Date | Ty::Timestamp))
    {
        notes.add("a date compared with a time: MySQL compares them as datetimes (the time on today's date): no translation yet", Severity::Error);
    } else if has(&|c| c == Class::Bytea) && has(&|c| c == Class::Text) {
        for (x, c) in ops.iter_mut().zip(&classes) {
            if *c == Class::Text {
                let text = format!("convert_to({x}, 'UTF8')");
                replace(x, &text);
            }
        }
        notes.add("a string compared with a binary string is compared byte by byte, as in MySQL", Severity::Info);
    }
}

/// Result branches that MySQL gives one type: truth values among numbers are integers;
/// an ENUM among other types is its label.
fn branches(ops: &mut [&mut Expr], sets: &ColumnSets, notes: &mut Notes) {
    binary_wins(ops, sets, notes);
    let classes: Vec<Class> = ops.iter().map(|x| class(x, sets)).collect();
    let other = |me: Class| {
        classes
            .iter()
            .any(|c| *c != me && !matches!(c, Class::Other | Class::StrLit | Class::Null))
    };
    for (x, c) in ops.iter_mut().zip(&classes) {
        match c {
            Class::Bool if other(Class::Bool) => {
                let text = format!("CAST({x} AS integer)");
                if replace(x, &text) {
                    notes.add("a truth value among numbers in one result is the integer 1 or 0, as in MySQL", Severity::Info);
                }
            }
            // (A string literal beside an ENUM would be read as one of its labels.)
            Class::Enum
                if classes
                    .iter()
                    .any(|c| !matches!(c, Class::Enum | Class::Other | Class::Null)) =>
            {
                let text = format!("CAST({x} AS text)");
                if replace(x, &text) {
                    notes.add("an ENUM among other types in one result is its label, as in MySQL", Severity::Info);
                }
            }
            Class::Json if other(Class::Json) => notes.add(
                "JSON among other types in one result: MySQL gives a string, not translated yet",
                Severity::Error,
            ),
            Class::Bytea if classes.iter().any(|c| matches!(c, Class::Number | Class::Bool | Class::Date | Class::Clock)) => {
                notes.add("a binary string among numbers or dates in one result: MySQL gives a binary string, not translated yet", Severity::Error);
            }
            _ => {}
        }
    }
}

fn args_mut(f: &mut sqlparser::ast::Function) -> Vec<&mut Expr> {
    match &mut f.args {
        FunctionArguments::List(l) => l
            .args
            .iter_mut()
            .filter_map(|a| match a {
                FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) => Some(x),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether `e` is an ENUM column.
pub fn is_enum(e: &Expr, sets: &ColumnSets) -> bool {
    labels(e, sets).is_some()
}

/// `e` replaced by the number MySQL reads from it (a string, an ENUM, a truth value, a
/// date); the note, when it changed.
pub fn to_number(e: &mut Expr, sets: &ColumnSets) -> Option<(String, Severity)> {
    let mut notes = Notes::default();
    let c = class(e, sets);
    if c == Class::Number || !as_number(e, c, sets, &mut notes) {
        return notes.result().filter(|(_, s)| *s == Severity::Error);
    }
    notes.result()
}

fn is_numeric_type(t: &DataType) -> bool {
    let s = t.to_string().to_ascii_lowercase();
    let base = s.split('(').next().unwrap_or("").trim().to_string();
    matches!(
        base.as_str(),
        "smallint" | "integer" | "int" | "bigint" | "numeric" | "decimal" | "double precision"
            | "real" | "float" | "double"
    )
}

/// Rewrites `e` (a MySQL operator or function whose operands are already translated)
/// in place; the note to report, if any.
pub fn rewrite(e: &mut Expr, sets: &ColumnSets) -> Option<(String, Severity)> {
    let mut notes = Notes::default();
    parenthesize(e);
    match e {
        Expr::BinaryOp { left, op, right } => match op {
            B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq | B::Spaceship => {
                unify(&mut [&mut **left, &mut **right], sets, &mut notes)
            }
            op if crate::rules::query::translate::typing::is_arithmetic(op) => {
                let (l, r) = (class(left, sets), class(right, sets));
                // Date arithmetic with an INTERVAL (or a value that may be one) is
                // PostgreSQL's own.
                if matches!(l, Class::Interval | Class::Other) || matches!(r, Class::Interval | Class::Other) {
                    return None;
                }
                let exact = matches!(op, B::Modulo | B::MyIntegerDivide);
                let bits = matches!(
                    op,
                    B::BitwiseAnd | B::BitwiseOr | B::BitwiseXor | B::PGBitwiseXor
                        | B::PGBitwiseShiftLeft | B::PGBitwiseShiftRight
                );
                for (x, c) in [(&mut **left, l), (&mut **right, r)] {
                    if c == Class::StrLit {
                        // A string in arithmetic is a DOUBLE in MySQL.
                        let Expr::Value(v) = &*x else { continue };
                        let (Value::SingleQuotedString(t) | Value::DoubleQuotedString(t)) = &v.value else {
                            continue;
                        };
                        let n = crate::rules::query::translate::number_prefix(t);
                        let ty = if bits {
                            "bigint"
                        } else if exact {
                            "numeric"
                        } else {
                            "double precision"
                        };
                        let text = format!("CAST({n} AS {ty})");
                        if replace(x, &text) {
                            notes.add("a string literal in arithmetic is the DOUBLE it starts with, as MySQL reads it", Severity::Info);
                        }
                        continue;
                    }
                    as_number(x, c, sets, &mut notes);
                    let t = type_of(x, sets);
                    if exact && t == Ty::Float {
                        let text = format!("CAST({x} AS numeric)");
                        replace(x, &text);
                    } else if bits && t == Ty::Numeric && !number_literal(x) {
                        // (round keeps numeric: an unsigned BIGINT past 2^63 fits.)
                        let text = format!("round({x})");
                        if replace(x, &text) {
                            notes.add("a fraction in a bit operation is rounded to a whole number, as in MySQL", Severity::Info);
                        }
                    } else if bits
                        && (t == Ty::Float
                            || matches!(&*x, Expr::Value(v) if matches!(&v.value, Value::Number(n, _) if n.contains('.'))))
                    {
                        let text = format!("CAST({x} AS bigint)");
                        if replace(x, &text) {
                            notes.add("a fraction in a bit operation is rounded to a whole number, as in MySQL", Severity::Info);
                        }
                    }
                }
                // MySQL computes integer +, - and * in 64 bits; PostgreSQL in the
                // operands' width (INT + INT overflows past 2147483647).
                // (A sum with a literal, `n + 1`, is left alone: it overflows only at the
                // type's very end, where PostgreSQL raises an error.)
                let literals = (number_literal(left) as u8) + (number_literal(right) as u8);
                if (*op == B::Multiply && literals < 2 || literals == 0)
                    && matches!(op, B::Plus | B::Minus | B::Multiply)
                    && type_of(left, sets) == Ty::Int
                    && type_of(right, sets) == Ty::Int
                    && !is_bigint(left)
                    && !is_bigint(right)
                {
                    let text = format!("CAST({left} AS bigint)");
                    replace(left, &text);
                }
            }
            _ => {}
        },
        Expr::IsDistinctFrom(l, r) | Expr::IsNotDistinctFrom(l, r) => {
            unify(&mut [&mut **l, &mut **r], sets, &mut notes)
        }
        Expr::Between {
            expr, low, high, ..
        } => unify(&mut [&mut **expr, &mut **low, &mut **high], sets, &mut notes),
        Expr::UnaryOp {
            op: op @ (UnaryOperator::Minus | UnaryOperator::BitwiseNot),
            expr,
        } => {
            let c = class(expr, sets);
            if c == Class::StrLit {
                if let Expr::Value(v) = &**expr {
                    if let Value::SingleQuotedString(t) | Value::DoubleQuotedString(t) = &v.value {
                        let n = crate::rules::query::translate::number_prefix(t);
                        let ty = if *op == UnaryOperator::Minus { "double precision" } else { "numeric" };
                        let text = format!("CAST({n} AS {ty})");
                        if replace(expr, &text) {
                            notes.add("a string literal in arithmetic is the DOUBLE it starts with, as MySQL reads it", Severity::Info);
                        }
                    }
                }
            } else if *op == UnaryOperator::Minus && c == Class::Number && type_of(expr, sets) == Ty::Int && column_name(expr).is_some() {
                let text = format!("CAST({expr} AS bigint)");
                if replace(expr, &text) {
                    notes.add("a negated INT column is computed in 64 bits, as in MySQL", Severity::Info);
                }
            } else if c != Class::StrLit {
                as_number(expr, c, sets, &mut notes);
            }
        }
        Expr::Cast {
            expr, data_type, ..
        } if type_of(expr, sets) == Ty::Bit && {
            let t = data_type.to_string().to_ascii_lowercase();
            t.starts_with("char") || t.starts_with("text") || t.starts_with("varchar")
        } => {
            notes.add("a BIT value cast to a string is its bytes in MySQL (b'1000001' is 'A'), which my2pg does not translate yet", Severity::Error);
        }
        Expr::Cast {
            expr, data_type, ..
        } if is_numeric_type(data_type) => {
            let c = class(expr, sets);
            let integer = {
                let t = data_type.to_string().to_ascii_lowercase();
                t.contains("int") || t == "numeric(20)"
            };
            match c {
                Class::Bool | Class::Date | Class::Clock | Class::Enum => {
                    as_number(expr, c, sets, &mut notes);
                }
                // (A literal PostgreSQL reads as the same integer is left as it is.)
                Class::Text | Class::StrLit if c == Class::Text || !integer_literal(expr) => {
                    // To an integer MySQL reads the digits only ('7.5' is 7).
                    let pattern = if integer {
                        r"'^\s*([-+]?)([0-9]*).*$', '\10\2'"
                    } else {
                        NUMBER_PREFIX
                    };
                    let text = format!("regexp_replace(({expr}) COLLATE \"C\", {pattern})");
                    if replace(expr, &text) {
                        notes.add("a string cast to a number is the number it starts with (0 when none), as MySQL reads it", Severity::Info);
                    }
                }
                Class::Bytea => notes.add("a binary string cast to a number is read from its bytes as text by MySQL: no translation yet", Severity::Error),
                _ => {}
            }
        }
        Expr::Case {
            operand,
            conditions,
            else_result,
            ..
        } => {
            if let Some(o) = operand {
                let mut ops: Vec<&mut Expr> = std::iter::once(&mut **o)
                    .chain(conditions.iter_mut().map(|c| &mut c.condition))
                    .collect();
                unify(&mut ops, sets, &mut notes);
            }
            let mut ops: Vec<&mut Expr> = conditions
                .iter_mut()
                .map(|c| &mut c.result)
                .chain(else_result.iter_mut().map(|x| &mut **x))
                .collect();
            branches(&mut ops, sets, &mut notes);
        }
        Expr::Function(f) => arguments::function(f, sets, &mut notes),
        // TRIM and SUBSTRING of a number, truth value, ENUM or date work on its text.
        Expr::Trim { expr, .. } | Expr::Substring { expr, .. } => {
            let c = class(expr, sets);
            if matches!(c, Class::Bool | Class::Date | Class::Clock | Class::Enum | Class::Number) {
                as_text(expr, c, sets, &mut notes);
            }
        }
        Expr::Like { expr, pattern, .. } | Expr::ILike { expr, pattern, .. } => {
            for x in [&mut **expr, &mut **pattern] {
                let c = class(x, sets);
                if matches!(c, Class::Bool | Class::Date | Class::Clock | Class::Enum) {
                    as_text(x, c, sets, &mut notes);
                }
            }
        }
        _ => {}
    }
    if let Expr::In {
        expr,
        target: sqlparser::ast::InTarget::List(list),
        ..
    } = e
    {
        let mut ops: Vec<&mut Expr> = std::iter::once(&mut **expr).chain(list.iter_mut()).collect();
        unify(&mut ops, sets, &mut notes);
    }
    notes.result()
}

/// An operator of comparison's precedence (`=`, `<`, `IS`, `IN`, `BETWEEN`, `LIKE`).
fn comparison_level(e: &Expr) -> bool {
    matches!(
        e,
        Expr::BinaryOp {
            op: B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq | B::Spaceship,
            ..
        } | Expr::IsDistinctFrom(..)
            | Expr::IsNotDistinctFrom(..)
            | Expr::IsNull(_)
            | Expr::IsNotNull(_)
            | Expr::IsTrue(_)
            | Expr::IsFalse(_)
            | Expr::IsNotTrue(_)
            | Expr::IsNotFalse(_)
            | Expr::In { .. }
            | Expr::Between { .. }
            | Expr::Like { .. }
            | Expr::ILike { .. }
    )
}

/// MySQL's comparisons share one precedence and chain left to right (`1 = 1 >= 0` is
/// `(1 = 1) >= 0`); PostgreSQL refuses the chain or binds it another way: an operand
/// that is itself a comparison gets parentheses.
fn parenthesize(e: &mut Expr) {
    fn wrap(x: &mut Expr) {
        if comparison_level(x) && !loose_or(x) {
            let inner = std::mem::replace(x, Expr::Value(Value::Null.into()));
            *x = Expr::Nested(Box::new(inner));
        }
    }
    match e {
        Expr::BinaryOp {
            left,
            op: B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq | B::Spaceship,
            right,
        } => {
            wrap(left);
            wrap(right);
        }
        Expr::IsDistinctFrom(l, r) | Expr::IsNotDistinctFrom(l, r) => {
            wrap(l);
            wrap(r);
        }
        Expr::IsNull(x)
        | Expr::IsNotNull(x)
        | Expr::IsTrue(x)
        | Expr::IsFalse(x)
        | Expr::IsNotTrue(x)
        | Expr::IsNotFalse(x) => wrap(x),
        Expr::In { expr, .. } => wrap(expr),
        Expr::Between { expr, .. } => wrap(expr),
        Expr::Like { expr, .. } | Expr::ILike { expr, .. } => wrap(expr),
        _ => {}
    }
}
