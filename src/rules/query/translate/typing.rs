//! What PostgreSQL will take an expression of the translation to be: a small, local
//! typer over the translated tree (children are PostgreSQL by the time the walk asks),
//! with column types from the catalog's column facts by name. It answers "unknown"
//! rather than guess; the rules act only on what it knows. (Issue 13's semantic layer
//! replaces the by-name column facts with resolved names.)

use crate::catalog::{ColumnSets, PgKind};
use sqlparser::ast::{BinaryOperator as B, DataType, Expr, UnaryOperator, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Bool,
    Int,
    Numeric,
    Float,
    /// A string: text, varchar, an enum read as text.
    Text,
    /// A string literal: PostgreSQL's `unknown`, which takes the other side's type.
    StrLit,
    Bytea,
    Bit,
    Date,
    Timestamp,
    Time,
    Interval,
    Json,
    Null,
    Unknown,
}

impl Ty {
    pub fn is_number(self) -> bool {
        matches!(self, Ty::Int | Ty::Numeric | Ty::Float)
    }
}

/// An operator that computes a number (MySQL's forms and PostgreSQL's).
pub fn is_arithmetic(op: &B) -> bool {
    matches!(
        op,
        B::Plus
            | B::Minus
            | B::Multiply
            | B::Divide
            | B::Modulo
            | B::MyIntegerDivide
            | B::BitwiseAnd
            | B::BitwiseOr
            | B::BitwiseXor
            | B::PGBitwiseXor
            | B::PGBitwiseShiftLeft
            | B::PGBitwiseShiftRight
    )
}

fn of_kind(k: PgKind) -> Ty {
    match k {
        PgKind::Boolean => Ty::Bool,
        PgKind::Integer => Ty::Int,
        PgKind::Numeric(_) => Ty::Numeric,
        PgKind::Float => Ty::Float,
        PgKind::Bytea => Ty::Bytea,
        PgKind::Bit(_) => Ty::Bit,
        PgKind::Date => Ty::Date,
        PgKind::DateTime | PgKind::TimestampTz => Ty::Timestamp,
        PgKind::Time => Ty::Time,
        PgKind::Json => Ty::Json,
        PgKind::Text | PgKind::Varchar => Ty::Text,
        PgKind::Other => Ty::Unknown,
    }
}

fn of_data_type(t: &DataType) -> Ty {
    let s = t.to_string().to_ascii_lowercase();
    let base = s.split('(').next().unwrap_or("").trim();
    match base {
        "boolean" | "bool" => Ty::Bool,
        "smallint" | "integer" | "int" | "bigint" | "int2" | "int4" | "int8" => Ty::Int,
        "numeric" | "decimal" => Ty::Numeric,
        "real" | "double precision" | "float" | "float4" | "float8" | "double" => Ty::Float,
        "text" | "varchar" | "character varying" | "char" | "character" => Ty::Text,
        "bytea" => Ty::Bytea,
        "bit" | "bit varying" | "varbit" => Ty::Bit,
        "date" => Ty::Date,
        "time" => Ty::Time,
        "interval" => Ty::Interval,
        "json" | "jsonb" => Ty::Json,
        _ if base.starts_with("timestamp") => Ty::Timestamp,
        _ if base.starts_with("time") => Ty::Time,
        _ => Ty::Unknown,
    }
}

use crate::semantic::facts::column_facts;

fn column(name: &str, sets: &ColumnSets) -> Ty {
    match sets.kinds.get(name) {
        Some(Some(k)) => of_kind(*k),
        _ => Ty::Unknown,
    }
}

/// How deep the typer looks: an operator chain thousands long would make typing every
/// node quadratic; past this depth a type is unknown.
const DEPTH: u32 = 48;

/// The type PostgreSQL gives `e` (as far as it is known here).
pub fn type_of(e: &Expr, sets: &ColumnSets) -> Ty {
    typed(e, sets, DEPTH)
}

fn typed(e: &Expr, sets: &ColumnSets, depth: u32) -> Ty {
    if depth == 0 {
        return Ty::Unknown;
    }
    let type_of = |x: &Expr, sets: &ColumnSets| typed(x, sets, depth - 1);
    match e {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => {
                if n.contains(['e', 'E']) {
                    Ty::Float
                } else if n.contains('.') || n.parse::<i64>().is_err() {
                    // (An integer past 64 bits is numeric to PostgreSQL.)
                    Ty::Numeric
                } else {
                    Ty::Int
                }
            }
            Value::SingleQuotedString(_) | Value::DoubleQuotedString(_) => Ty::StrLit,
            Value::Boolean(_) => Ty::Bool,
            Value::Null => Ty::Null,
            Value::HexStringLiteral(_) | Value::SingleQuotedByteStringLiteral(_) => Ty::Bit,
            _ => Ty::Unknown,
        },
        Expr::Identifier(_) | Expr::CompoundIdentifier(_) => {
            column_facts(e, sets).map_or(Ty::Unknown, |(sets, c)| column(c, sets))
        }
        Expr::Nested(x) => type_of(x, sets),
        Expr::Cast { data_type, .. } => of_data_type(data_type),
        Expr::TypedString(t) => of_data_type(&t.data_type),
        Expr::Interval(_) => Ty::Interval,
        Expr::IsNull(_)
        | Expr::IsNotNull(_)
        | Expr::IsTrue(_)
        | Expr::IsFalse(_)
        | Expr::IsNotTrue(_)
        | Expr::IsNotFalse(_)
        | Expr::IsDistinctFrom(..)
        | Expr::IsNotDistinctFrom(..)
        | Expr::In { .. }
        | Expr::Between { .. }
        | Expr::Like { .. }
        | Expr::ILike { .. }
        | Expr::SimilarTo { .. }
        | Expr::RLike { .. }
        | Expr::Exists { .. } => Ty::Bool,
        Expr::UnaryOp { op, expr } => match op {
            UnaryOperator::Not => Ty::Bool,
            UnaryOperator::Minus | UnaryOperator::Plus => type_of(expr, sets),
            _ => Ty::Unknown,
        },
        Expr::BinaryOp { left, op, right } => {
            let (l, r) = (type_of(left, sets), type_of(right, sets));
            match op {
                B::Eq
                | B::NotEq
                | B::Lt
                | B::LtEq
                | B::Gt
                | B::GtEq
                | B::And
                | B::Or
                | B::Xor
                | B::AtArrow
                | B::PGRegexMatch
                | B::PGRegexIMatch
                | B::PGRegexNotMatch
                | B::PGRegexNotIMatch => Ty::Bool,
                B::StringConcat => Ty::Text,
                B::Plus | B::Minus | B::Multiply | B::Divide | B::Modulo => {
                    arithmetic(op.clone(), l, r)
                }
                B::BitwiseAnd
                | B::BitwiseOr
                | B::PGBitwiseXor
                | B::PGBitwiseShiftLeft
                | B::PGBitwiseShiftRight => {
                    if l == Ty::Bit || r == Ty::Bit {
                        Ty::Bit
                    } else if l == Ty::Int && r == Ty::Int {
                        Ty::Int
                    } else {
                        Ty::Unknown
                    }
                }
                _ => Ty::Unknown,
            }
        }
        Expr::Case {
            conditions,
            else_result,
            ..
        } => conditions
            .iter()
            .map(|c| type_of(&c.result, sets))
            .chain(else_result.iter().map(|x| type_of(x, sets)))
            .find(|t| !matches!(t, Ty::Null | Ty::StrLit | Ty::Unknown))
            .unwrap_or_else(|| {
                // Branches that are all string literals (or NULL): PostgreSQL makes it text.
                let all: Vec<Ty> = conditions
                    .iter()
                    .map(|c| type_of(&c.result, sets))
                    .chain(else_result.iter().map(|x| type_of(x, sets)))
                    .collect();
                if all.contains(&Ty::StrLit) && all.iter().all(|t| matches!(t, Ty::StrLit | Ty::Null)) {
                    Ty::Text
                } else {
                    Ty::Unknown
                }
            }),
        Expr::Function(f) => function(f, sets, depth - 1),
        Expr::Extract { .. } => Ty::Numeric,
        Expr::Substring { expr, .. } | Expr::Trim { expr, .. } | Expr::Overlay { expr, .. }
            if type_of(expr, sets) == Ty::Bytea =>
        {
            Ty::Bytea
        }
        Expr::Substring { .. } | Expr::Trim { .. } | Expr::Overlay { .. } => Ty::Text,
        Expr::Position { .. } => Ty::Int,
        Expr::Ceil { expr, .. } | Expr::Floor { expr, .. } => match type_of(expr, sets) {
            Ty::Int => Ty::Int,
            Ty::Float => Ty::Float,
            _ => Ty::Numeric,
        },
        _ => Ty::Unknown,
    }
}

fn arithmetic(op: B, l: Ty, r: Ty) -> Ty {
    match (l, r) {
        (Ty::Date, Ty::Int) | (Ty::Int, Ty::Date) if matches!(op, B::Plus | B::Minus) => Ty::Date,
        (Ty::Date, Ty::Date) if op == B::Minus => Ty::Int,
        (Ty::Date | Ty::Timestamp, Ty::Interval) | (Ty::Interval, Ty::Date | Ty::Timestamp) => {
            Ty::Timestamp
        }
        (Ty::Timestamp, Ty::Timestamp) if op == B::Minus => Ty::Interval,
        (Ty::Interval, Ty::Interval) if matches!(op, B::Plus | B::Minus) => Ty::Interval,
        (Ty::Interval, _) | (_, Ty::Interval) if matches!(op, B::Multiply | B::Divide) => {
            Ty::Interval
        }
        (Ty::Null, x) | (x, Ty::Null) if x.is_number() => x,
        (Ty::Float, x) | (x, Ty::Float) if x.is_number() || x == Ty::StrLit => Ty::Float,
        (Ty::Numeric, x) | (x, Ty::Numeric) if x.is_number() || x == Ty::StrLit => Ty::Numeric,
        (Ty::Int, Ty::Int) | (Ty::Int, Ty::StrLit) | (Ty::StrLit, Ty::Int) => Ty::Int,
        _ => Ty::Unknown,
    }
}

fn function(f: &sqlparser::ast::Function, sets: &ColumnSets, depth: u32) -> Ty {
    let type_of = |x: &Expr, sets: &ColumnSets| typed(x, sets, depth);
    let name = f.name.to_string().to_ascii_lowercase();
    let args = crate::rules::query::division::function_args(f);
    let first = || args.first().map_or(Ty::Unknown, |a| type_of(a, sets));
    match name.as_str() {
        "count" | "char_length" | "character_length" | "octet_length" | "length"
        | "bit_length" | "strpos" | "array_position" | "ascii" | "row_number" | "rank"
        | "dense_rank" | "ntile" | "div" => Ty::Int,
        "sum" => match first() {
            Ty::Float => Ty::Float,
            Ty::Unknown => Ty::Unknown,
            _ => Ty::Numeric,
        },
        "avg" => match first() {
            Ty::Int | Ty::Numeric | Ty::Bool => Ty::Numeric,
            Ty::StrLit => Ty::Unknown,
            t => t,
        },
        "round" | "trunc" | "mod" | "abs" | "sign" | "ceil" | "ceiling" | "floor"
        | "greatest" | "least" | "min" | "max" => match first() {
            Ty::StrLit => Ty::Unknown,
            t => t,
        },
        // power() of a numeric is numeric in PostgreSQL (the unsigned-shift translations
        // compute in it).
        "power" if args.iter().any(|a| type_of(a, sets) == Ty::Numeric) => Ty::Numeric,
        "power" | "sqrt" | "exp" | "ln" | "log" | "sin" | "cos" | "tan" | "cot" | "asin"
        | "acos" | "atan" | "atan2" | "degrees" | "radians" | "pi" | "random"
        | "stddev_pop" | "stddev_samp" | "var_pop" | "var_samp" | "percent_rank"
        | "cume_dist" => Ty::Float,
        "substr" | "substring" | "btrim" | "ltrim" | "rtrim" | "trim"
            if first() == Ty::Bytea =>
        {
            Ty::Bytea
        }
        "lower" | "upper" | "substr" | "substring" | "left" | "right" | "lpad" | "rpad"
        | "ltrim" | "rtrim" | "btrim" | "trim" | "replace" | "reverse" | "repeat" | "concat"
        | "concat_ws" | "md5" | "to_char" | "string_agg" | "split_part" | "initcap"
        | "encode" | "chr" | "format" | "translate" => Ty::Text,
        "coalesce" | "nullif" => args
            .iter()
            .map(|a| type_of(a, sets))
            .find(|t| !matches!(t, Ty::Null | Ty::StrLit | Ty::Unknown))
            .unwrap_or(Ty::Unknown),
        "now" | "statement_timestamp" | "current_timestamp" | "to_timestamp"
        | "date_trunc" | "make_timestamp" => Ty::Timestamp,
        "current_date" | "make_date" | "to_date" => Ty::Date,
        "json_object" | "json_array" | "json_extract" | "json_set" | "json_merge_patch"
        | "jsonb_build_object" | "jsonb_build_array" | "jsonb_extract_path" | "to_jsonb"
        | "jsonb_agg" | "jsonb_set" => Ty::Json,
        "decode" | "convert_to" | "sha224" | "sha256" | "sha384" | "sha512" => Ty::Bytea,
        _ => Ty::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str, sets: &ColumnSets) -> Ty {
        let e = crate::rules::expr::expression::parse_pg_expr(text).unwrap();
        type_of(&e, sets)
    }

    #[test]
    fn literals_columns_and_operators() {
        let mut sets = ColumnSets::default();
        sets.kinds.insert("n".into(), Some(PgKind::Integer));
        sets.kinds.insert("s".into(), Some(PgKind::Varchar));
        sets.kinds.insert("d".into(), Some(PgKind::Date));
        sets.kinds.insert("m".into(), None);
        assert_eq!(ty("n + 1", &sets), Ty::Int);
        assert_eq!(ty("n / 2.5", &sets), Ty::Numeric);
        assert_eq!(ty("'a'", &sets), Ty::StrLit);
        assert_eq!(ty("lower(s)", &sets), Ty::Text);
        assert_eq!(ty("d + INTERVAL '1 day'", &sets), Ty::Timestamp);
        assert_eq!(ty("n > 1 AND s = 'x'", &sets), Ty::Bool);
        assert_eq!(ty("m", &sets), Ty::Unknown);
        assert_eq!(ty("coalesce(NULL, n)", &sets), Ty::Int);
        assert_eq!(ty("CAST(s AS integer)", &sets), Ty::Int);
    }
}
