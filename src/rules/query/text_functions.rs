//! # Q017 text-functions
//!
//! ## What it does
//! Translates MySQL's string and number functions whose PostgreSQL namesake is missing
//! or means something else: `SUBSTRING_INDEX`, `LOCATE`, `INSTR`, `POSITION`,
//! `FIND_IN_SET`, `ELT`, `MID`/`SUBSTRING`/`SUBSTR` with a position that is not a
//! positive literal, `LEFT`/`RIGHT` with a count that is not a literal, `SPACE`,
//! `TRUNCATE`, `MOD` and `%`, `FORMAT`.
//!
//! ## MySQL
//! Searches (`LOCATE`, `INSTR`, `POSITION`, `FIND_IN_SET`) follow the collation: with the
//! default case-insensitive collations `LOCATE('a', 'BANANA')` is 2.
//! `SUBSTRING_INDEX(s, d, n)` is what comes before the n-th `d` (after the n-th from the
//! end when n < 0), case-sensitively. `SUBSTRING(s, 0)` is `''` and a negative position
//! counts from the end; `LEFT(s, -1)` is `''`. `MOD(x, 0)` and `x % 0` are NULL.
//! `TRUNCATE(x, d)` cuts to d decimals. `FORMAT(x, d)` rounds and groups thousands with
//! commas (`1,234.50`). `ELT(n, a, b, …)` is the n-th argument.
//!
//! ## PostgreSQL
//! `strpos` on both sides folded with `lower(… COLLATE "und-x-icu")` unless a column of
//! the search is case-sensitive (a `_bin` or `_cs` collation); `split_part` (n = ±1,
//! PostgreSQL 14+) or `string_to_array` slices; `array_position` for `FIND_IN_SET`;
//! `CASE` for `ELT`; `substr` with MySQL's position rules; `repeat(' ', n)`;
//! `trunc(…, d)`; `mod(x, NULLIF(y, 0))`; `to_char(round(x, d), 'FM…,990.00')`.
//!
//! ## Caveats
//! The folding is by case only: MySQL 8's `_ai_` collations also ignore accents
//! (`LOCATE('e', 'é')` is 1 there, 0 here). `FORMAT` with a third (locale) argument is
//! not translated. A search argument repeated in the PostgreSQL form (LOCATE with a
//! start position) binds a `?` twice, which `--placeholders question|percent` refuses.

use super::division::kind;
use crate::catalog::{ColumnSets, NumKind};
use sqlparser::ast::{Expr, UnaryOperator, Value};

crate::rule!(
    "Q017",
    "text-functions",
    Info,
    "string and number functions get PostgreSQL forms with MySQL's results"
);

/// A translation: PostgreSQL text and a note (None when not handled here).
pub type Rewrite = Option<Result<(String, Option<String>), String>>;


/// Whether a search over these arguments is case-sensitive in MySQL: one of them is a
/// column known only as case-sensitive (the column's collation wins over a literal's).
pub fn case_sensitive(args: &[&Expr], sets: &ColumnSets) -> bool {
    args.iter().any(|a| {
        crate::semantic::facts::column_is(a, sets, |f, c| f.cs.contains(c) && !f.ci.contains(c))
            || matches!(a, Expr::Value(v) if matches!(v.value, Value::SingleQuotedByteStringLiteral(_) | Value::HexStringLiteral(_)))
    })
}

/// Whether `e` reads a column kept case-insensitive (a nondeterministic collation in
/// PostgreSQL, which substring searches, LIKE and regular expressions refuse).
pub fn mentions_ci(e: &Expr, sets: &ColumnSets) -> bool {
    if sets.ci.is_empty() {
        return false;
    }
    sqlparser::ast::visit_expressions(e, |x| match x {
        Expr::Identifier(_) | Expr::CompoundIdentifier(_)
            if crate::semantic::facts::column_is(x, sets, |f, c| f.ci.contains(c)) =>
        {
            std::ops::ControlFlow::Break(())
        }
        _ => std::ops::ControlFlow::Continue(()),
    })
    .is_break()
}

/// `e` with a deterministic collation when it reads a case-insensitive column, for the
/// functions that search in strings (`C`: case-sensitive, as MySQL's REPLACE and
/// SUBSTRING_INDEX are).
pub fn detached(e: &Expr, sets: &ColumnSets) -> String {
    if mentions_ci(e, sets) {
        format!("({e} COLLATE \"C\")")
    } else {
        e.to_string()
    }
}

const DETACHED: &str = "the search runs case-sensitively, as MySQL's REPLACE and SUBSTRING_INDEX do, on a case-insensitive column (COLLATE \"C\"); the result keeps that collation, so comparing it with another string is case-sensitive where MySQL's comparison is not";

/// A number used as a string: MySQL converts it, PostgreSQL's string functions need text.
fn as_string(e: &Expr, sets: &ColumnSets) -> Option<String> {
    matches!(kind(e, sets), NumKind::Exact(_) | NumKind::Float)
        .then(|| format!("CAST({e} AS text)"))
}

/// `e` folded for a case-insensitive search.
pub fn fold(e: &Expr, sensitive: bool) -> String {
    if sensitive {
        return e.to_string();
    }
    match e {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) if s.is_ascii() => {
                crate::ident::literal(&s.to_ascii_lowercase())
            }
            _ => format!("lower(CAST({e} AS text) COLLATE \"und-x-icu\")"),
        },
        _ => format!("lower(CAST({e} AS text) COLLATE \"und-x-icu\")"),
    }
}

fn fold_text(e: &str, sensitive: bool) -> String {
    if sensitive {
        e.to_string()
    } else {
        format!("lower(CAST({e} AS text) COLLATE \"und-x-icu\")")
    }
}

/// An integer literal's value (`3`, `-1`).
pub fn int_literal(e: &Expr) -> Option<i64> {
    match e {
        Expr::Value(v) => match &v.value {
            // Integers past 64 bits saturate: as counts they mean "all" or "none" alike.
            Value::Number(n, _) => n.parse().ok().or_else(|| {
                (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then_some(i64::MAX)
            }),
            _ => None,
        },
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => int_literal(expr).map(|n| -n),
        Expr::Nested(x) => int_literal(x),
        _ => None,
    }
}

fn case_note(sensitive: bool) -> Option<String> {
    (!sensitive).then(|| {
        "the search is case-insensitive, as MySQL's default collations are (accents still compare as written)".to_string()
    })
}

/// `strpos` with MySQL's LOCATE(sub, s[, pos]) meaning.
fn locate(sub: &Expr, s: &Expr, pos: Option<&Expr>, sets: &ColumnSets) -> (String, Option<String>) {
    let cs = case_sensitive(&[sub, s], sets);
    let (sub_f, s_f) = (fold(sub, cs), fold(s, cs));
    let text = match pos {
        None => format!("strpos({s_f}, {sub_f})"),
        Some(p) => match int_literal(p) {
            Some(n) if n < 1 => "0".to_string(),
            Some(1) => format!("strpos({s_f}, {sub_f})"),
            Some(n) => format!(
                "(SELECT CASE WHEN i = 0 THEN 0 ELSE i + {} END FROM (SELECT strpos(substr({s_f}, {n}), {sub_f}) AS i) AS locate)",
                n - 1
            ),
            None => format!(
                "CASE WHEN {p} < 1 THEN 0 ELSE (SELECT CASE WHEN i = 0 THEN 0 ELSE i + {p} - 1 END FROM (SELECT strpos(substr({s_f}, {p}), {sub_f}) AS i) AS locate) END"
            ),
        },
    };
    (text, case_note(cs))
}

/// `substr` with MySQL's SUBSTRING(s, pos[, len]) meaning: 0 gives '', a negative
/// position counts from the end, a negative length gives ''.
pub fn substring(s: &Expr, pos: &Expr, len: Option<&Expr>) -> Option<String> {
    // PostgreSQL's substr takes int4: a longer length is the rest of the string.
    let len_text = |l: &Expr| match int_literal(l) {
        Some(n) => n.clamp(0, i32::MAX as i64).to_string(),
        // (NULL stays NULL: PostgreSQL's greatest() would skip it.)
        None => format!("CASE WHEN {l} < 0 THEN 0 ELSE {l} END"),
    };
    let pos_lit = int_literal(pos);
    let int4 = |n: i64| n.unsigned_abs() <= i32::MAX as u64;
    if pos_lit.is_some_and(|p| p > 0 && int4(p))
        && len.is_none_or(|l| int_literal(l).is_some_and(|n| n >= 0 && int4(n)))
    {
        return None;
    }
    let start = match pos_lit {
        // Beyond any string's length (PostgreSQL's are under 1 GB): ''.
        Some(p) if p == 0 || !int4(p) => {
            return Some(format!("CASE WHEN {s} IS NULL THEN NULL ELSE '' END"))
        }
        Some(p) if p > 0 => p.to_string(),
        Some(p) => format!("CASE WHEN char_length({s}) >= {} THEN char_length({s}) - {} ELSE char_length({s}) + 1 END", -p, -p - 1),
        None => format!("CASE WHEN {pos} > 0 THEN {pos} WHEN {pos} < 0 AND -({pos}) <= char_length({s}) THEN char_length({s}) + {pos} + 1 ELSE char_length({s}) + 1 END"),
    };
    Some(match len {
        None => format!("substr({s}, {start})"),
        Some(l) => format!("substr({s}, {start}, {})", len_text(l)),
    })
}

fn format_number(x: &Expr, d: &Expr) -> Result<String, String> {
    let Some(d) = int_literal(d).filter(|d| (0..=30).contains(d)) else {
        return Err(
            "FORMAT with a number of decimals that is not a literal has no translation yet".into(),
        );
    };
    let mut pattern = "FM".to_string() + &"999,".repeat(10) + "990";
    if d > 0 {
        pattern.push('.');
        pattern.push_str(&"0".repeat(d as usize));
    }
    Ok(format!(
        "to_char(round(CAST({x} AS numeric), {d}), '{pattern}')"
    ))
}

/// The PostgreSQL form of MySQL function `name` over translated `args`.
pub fn translate(name: &str, args: &[Expr], sets: &ColumnSets) -> Rewrite {
    let text = match (name, args) {
        ("substring_index", [s, d, n]) => {
            let note = mentions_ci(s, sets).then(|| DETACHED.to_string());
            let s = &detached(s, sets);
            let parts = format!("string_to_array({s}, {d})");
            let empty_delimiter = !matches!(d, Expr::Value(v) if matches!(&v.value, Value::SingleQuotedString(t) if !t.is_empty()));
            let body = match int_literal(n) {
                Some(0) => format!("CASE WHEN {s} IS NULL OR {d} IS NULL THEN NULL ELSE '' END"),
                Some(1) => format!("split_part({s}, {d}, 1)"),
                Some(-1) => format!("split_part({s}, {d}, -1)"),
                Some(k) if k > 0 => format!("array_to_string(({parts})[1:{k}], {d})"),
                Some(k) => format!(
                    "array_to_string(({parts})[cardinality({parts}) - {}:], {d})",
                    -k - 1
                ),
                None => format!("CASE WHEN {n} > 0 THEN array_to_string(({parts})[1:{n}], {d}) WHEN {n} < 0 THEN array_to_string(({parts})[cardinality({parts}) + {n} + 1:], {d}) ELSE '' END"),
            };
            let text = if empty_delimiter && !matches!(int_literal(n), Some(0)) {
                format!("CASE WHEN {d} = '' THEN '' ELSE {body} END")
            } else {
                body
            };
            return Some(Ok((text, note)));
        }
        ("locate", [sub, s]) => locate(sub, s, None, sets),
        ("locate", [sub, s, p]) => locate(sub, s, Some(p), sets),
        ("instr", [s, sub]) => locate(sub, s, None, sets),
        ("find_in_set", [x, list]) => {
            let cs = case_sensitive(&[x, list], sets);
            let bound = |e: &Expr| match e {
                Expr::Value(v) if matches!(v.value, Value::Placeholder(_)) => {
                    format!("CAST({e} AS text)")
                }
                _ => e.to_string(),
            };
            let (x, list) = (&bound(x), &bound(list));
            (
                format!(
                    "CASE WHEN {x} IS NULL OR {list} IS NULL THEN NULL ELSE coalesce(array_position(string_to_array({}, ','), {}), 0) END",
                    fold_text(list, cs),
                    fold_text(x, cs)
                ),
                case_note(cs),
            )
        }
        ("elt", [n, rest @ ..]) if !rest.is_empty() => {
            let whens: Vec<String> = rest
                .iter()
                .enumerate()
                .map(|(i, a)| format!("WHEN {} THEN {a}", i + 1))
                .collect();
            (format!("CASE {n} {} END", whens.join(" ")), None)
        }
        ("mid" | "substr" | "substring", [s, p]) => (
            substring(s, p, None).unwrap_or_else(|| format!("substr({s}, {p})")),
            None,
        ),
        ("mid" | "substr" | "substring", [s, p, l]) => (
            substring(s, p, Some(l)).unwrap_or_else(|| format!("substr({s}, {p}, {l})")),
            None,
        ),
        ("left" | "right", [s, n]) if int_literal(n).is_none_or(|n| n < 0) => (
            match int_literal(n) {
                Some(_) => format!("CASE WHEN {s} IS NULL THEN NULL ELSE '' END"),
                None => format!(
                    "{name}({}, CASE WHEN {n} < 0 THEN 0 ELSE CAST({n} AS integer) END)",
                    as_string(s, sets).unwrap_or_else(|| s.to_string())
                ),
            },
            None,
        ),
        ("replace", [s, from, to]) if mentions_ci(s, sets) || mentions_ci(from, sets) => (
            format!("replace({}, {}, {to})", detached(s, sets), detached(from, sets)),
            Some(DETACHED.to_string()),
        ),
        // LPAD and RPAD to a negative length are NULL in MySQL, '' in PostgreSQL.
        ("lpad" | "rpad", [_, n, ..]) if int_literal(n).is_some_and(|n| n < 0) => {
            ("CAST(NULL AS text)".to_string(), None)
        }
        ("lpad" | "rpad", [s, n, rest @ ..]) if int_literal(n).is_none() => {
            let count = if n.to_string().ends_with("AS INTEGER)") {
                n.to_string()
            } else {
                format!("CAST({n} AS integer)")
            };
            let mut parts = vec![as_string(s, sets).unwrap_or_else(|| s.to_string()), count];
            parts.extend(rest.iter().map(|a| a.to_string()));
            (
                format!("CASE WHEN {n} < 0 THEN NULL ELSE {name}({}) END", parts.join(", ")),
                None,
            )
        }
        // A count that is not a literal (a DIV, a bigint column) as the integer
        // PostgreSQL's functions take.
        ("left" | "right" | "repeat", [s, n, rest @ ..])
            if int_literal(n).is_none() && !n.to_string().ends_with("AS INTEGER)") =>
        {
            let mut parts = vec![
                as_string(s, sets).unwrap_or_else(|| s.to_string()),
                format!("CAST({n} AS integer)"),
            ];
            parts.extend(rest.iter().map(|a| a.to_string()));
            (format!("{name}({})", parts.join(", ")), None)
        }
        (
            "lpad" | "rpad" | "left" | "right" | "repeat" | "reverse" | "replace" | "char_length"
            | "character_length" | "upper" | "lower" | "trim" | "ltrim" | "rtrim",
            [s, rest @ ..],
        ) if as_string(s, sets).is_some() => {
            let mut parts = vec![as_string(s, sets).expect("checked")];
            parts.extend(rest.iter().map(|a| a.to_string()));
            (format!("{name}({})", parts.join(", ")), None)
        }
        ("space", [n]) => (format!("repeat(' ', {n})"), None),
        // ROUND and TRUNCATE of an integer are an integer in MySQL (no ".00").
        ("round" | "truncate", [x, d])
            if crate::rules::query::translate::typing::type_of(x, sets)
                == crate::rules::query::translate::typing::Ty::Int =>
        {
            let f = if name == "round" { "round" } else { "trunc" };
            (format!("CAST({f}({x}, {d}) AS bigint)"), None)
        }
        ("truncate", [x, d]) => match kind(x, sets) {
            NumKind::Exact(_) => (format!("trunc({x}, {d})"), None),
            _ => (format!("trunc(CAST({x} AS numeric), {d})"), None),
        },
        ("mod", [x, y]) => (modulo(x, y, sets), None),
        ("format", [x, d]) => match format_number(x, d) {
            Ok(t) => (t, None),
            Err(e) => return Some(Err(e)),
        },
        _ => return None,
    };
    Some(Ok(text))
}

/// `x % y` / `MOD(x, y)`: NULL when y is 0, as in MySQL (PostgreSQL raises an error).
pub fn modulo(x: &Expr, y: &Expr, sets: &ColumnSets) -> String {
    let x = match kind(x, sets) {
        NumKind::Float => format!("CAST({x} AS numeric)"),
        _ => x.to_string(),
    };
    match int_literal(y) {
        Some(n) if n != 0 => format!("mod({x}, {y})"),
        _ => format!("mod({x}, NULLIF({y}, 0))"),
    }
}
