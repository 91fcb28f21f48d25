//! # Q021 json-functions
//!
//! ## What it does
//! Translates MySQL's JSON path operators and the common JSON functions:
//! `doc->'$.path'`, `doc->>'$.path'`, `JSON_EXTRACT`, `JSON_UNQUOTE`, `JSON_OBJECT`,
//! `JSON_ARRAY`, `JSON_CONTAINS`.
//!
//! ## MySQL
//! A path is `$` followed by `.key`, `."quoted key"` and `[n]` steps. `->` is
//! `JSON_EXTRACT` (a JSON value), `->>` is `JSON_UNQUOTE(JSON_EXTRACT(…))` (text).
//! `JSON_CONTAINS(target, candidate[, path])` is 1 when the candidate is contained.
//! MySQL 8 has a native JSON type; MariaDB stores JSON as LONGTEXT and its
//! `JSON_OBJECT` output spacing differs, so this rule follows MySQL 8.
//!
//! ## PostgreSQL
//! `jsonb` (the JSON column type the schema conversion chose, T011): `#>` and `#>>` with
//! the path as a text array (`'{a,0,b}'`), `jsonb_build_object`, `jsonb_build_array`,
//! `@>`. A value not known to be `jsonb` is cast to it. jsonb prints objects as MySQL 8
//! does (`{"a": 1}`, keys sorted by length, then bytes). A document written as a
//! literal that is not JSON text is an error, as MySQL 8 refuses the statement (MariaDB
//! gives NULL with a warning); JSON_UNQUOTE of a literal that is not a quoted JSON
//! string is the literal itself, as in MySQL.
//!
//! ## Caveats
//! `->>` of a JSON `null` is SQL NULL in PostgreSQL and the text `null` in MySQL:
//! warning. Wildcards (`$[*]`, `$**`), ranges and several paths in one JSON_EXTRACT are
//! not translated (error). JSON_CONTAINS is `@>`, which does not look into nested
//! arrays as MySQL does: warning.

use crate::catalog::ColumnSets;
use sqlparser::ast::{Expr, Value};

crate::rule!(
    "Q021",
    "json-functions",
    Info,
    "JSON paths and functions become jsonb operators"
);

/// JSON_CONTAINS and `@>` part where arrays nest.
const CONTAINS_NOTE: &str = "JSON_CONTAINS becomes @>: MySQL also finds a scalar or an object inside an array nested in the document (`[4, [2, 3]]` contains 2, `{\"b\": [1, 2]}` contains `{\"b\": 2}`), PostgreSQL's @> only at the same level";

/// A MySQL JSON path as PostgreSQL text-array literal; Err(why) when it has no
/// translation.
pub fn path(p: &str) -> Result<String, String> {
    let mut rest = p
        .trim()
        .strip_prefix('$')
        .ok_or_else(|| format!("JSON path `{p}` does not start with $"))?;
    let mut steps: Vec<String> = Vec::new();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            if let Some(r) = r.strip_prefix('"') {
                let end = r
                    .find('"')
                    .ok_or_else(|| format!("JSON path `{p}` has an unclosed quote"))?;
                steps.push(r[..end].to_string());
                rest = &r[end + 1..];
            } else {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let key = &r[..end];
                if key.is_empty() || key.contains('*') {
                    return Err(format!("JSON path `{p}` uses a wildcard"));
                }
                steps.push(key.to_string());
                rest = &r[end..];
            }
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| format!("JSON path `{p}` has an unclosed ["))?;
            let index = r[..end].trim();
            if index.parse::<u32>().is_err() {
                return Err(format!("JSON path `{p}` uses `[{index}]`"));
            }
            steps.push(index.to_string());
            rest = &r[end + 1..];
        } else {
            return Err(format!(
                "JSON path `{p}` uses a wildcard or a form my2pg does not read"
            ));
        }
    }
    let quoted: Vec<String> = steps
        .iter()
        .map(|s| {
            if !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_') {
                s.clone()
            } else {
                format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
            }
        })
        .collect();
    Ok(crate::ident::literal(&format!("{{{}}}", quoted.join(","))))
}

/// `e` as jsonb: a column known to be jsonb is used as is.
fn doc(e: &Expr, sets: &ColumnSets) -> String {
    let known = crate::semantic::facts::column_is(e, sets, |f, c| f.json.contains(c));
    if known {
        e.to_string()
    } else {
        format!("CAST({e} AS jsonb)")
    }
}

/// A string literal that is not JSON text, as written (None for anything else).
fn not_json(e: &Expr) -> Option<String> {
    let Expr::Value(v) = e else { return None };
    match &v.value {
        Value::SingleQuotedString(t) | Value::DoubleQuotedString(t) => {
            serde_json::from_str::<serde_json::Value>(t).is_err().then(|| e.to_string())
        }
        _ => None,
    }
}

fn literal_path(e: &Expr) -> Result<String, String> {
    match e {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => path(s),
            _ => Err("a JSON path that is not a string has no translation yet".into()),
        },
        _ => Err("a JSON path that is not a literal has no translation yet".into()),
    }
}

const NULL_NOTE: &str = "`->>` / JSON_UNQUOTE becomes #>>: a JSON null gives SQL NULL in PostgreSQL where MySQL gives the text 'null'";

/// `doc -> path` (`unquote`: `->>`) as PostgreSQL text and a note.
pub fn arrow(
    d: &Expr,
    p: &Expr,
    unquote: bool,
    sets: &ColumnSets,
) -> Result<(String, Option<String>), String> {
    let indexed = p.to_string().contains('[');
    let p = literal_path(p)?;
    let op = if unquote { "#>>" } else { "#>" };
    // An array index: MySQL reads [0] of a value that is no array as the value itself
    // (and [n] of an object as nothing); PostgreSQL's path reads an object's key "0".
    let note = match (unquote, indexed) {
        (true, true) => Some(format!("{NULL_NOTE}; {INDEX_NOTE}")),
        (true, false) => Some(NULL_NOTE.to_string()),
        (false, true) => Some(INDEX_NOTE.to_string()),
        (false, false) => None,
    };
    Ok((format!("({} {op} {p})", doc(d, sets)), note))
}

/// The PostgreSQL form of MySQL function `name` over translated `args`.
pub fn translate(name: &str, args: &[Expr], sets: &ColumnSets) -> super::text_functions::Rewrite {
    let list = |args: &[Expr]| {
        args.iter()
            .map(|a| a.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(bad) = match (name, args) {
        ("json_extract", [d, ..]) => not_json(d),
        ("json_contains", [t, c, ..]) => not_json(t).or_else(|| not_json(c)),
        _ => None,
    } {
        return Some(Err(format!(
            "{bad} is not valid JSON: MySQL 8 refuses the statement (Invalid JSON text), and so would PostgreSQL"
        )));
    }
    // JSON_UNQUOTE of a string that does not start and end with a double quote is the
    // string itself in MySQL (PostgreSQL's cast to jsonb would refuse `'abc'`).
    if let ("json_unquote", [x]) = (name, args) {
        if let Expr::Value(v) = x {
            if let Value::SingleQuotedString(t) | Value::DoubleQuotedString(t) = &v.value {
                if !(t.len() >= 2 && t.starts_with('"') && t.ends_with('"')) {
                    return Some(Ok((crate::ident::literal(t), None)));
                }
                if let Some(bad) = not_json(x) {
                    return Some(Err(format!(
                        "{bad} is not a valid JSON string: MySQL 8 refuses the statement (Invalid JSON text), and so would PostgreSQL"
                    )));
                }
            }
        }
    }
    Some(match (name, args) {
        ("json_extract", [d, p]) => arrow(d, p, false, sets),
        ("json_extract", _) => Err("JSON_EXTRACT with several paths has no translation yet".into()),
        // Our own `#>` (from JSON_EXTRACT or `->`) unquoted is `#>>`.
        ("json_unquote", [Expr::Nested(x)])
            if matches!(
                &**x,
                Expr::BinaryOp {
                    op: sqlparser::ast::BinaryOperator::HashArrow,
                    ..
                }
            ) =>
        {
            let Expr::BinaryOp { left, right, .. } = &**x else {
                unreachable!()
            };
            Ok((format!("({left} #>> {right})"), Some(NULL_NOTE.to_string())))
        }
        ("json_unquote", [x]) => Ok((
            format!("({} #>> '{{}}')", doc(x, sets)),
            Some(NULL_NOTE.to_string()),
        )),
        ("json_object", _) if args.len() % 2 == 0 => {
            Ok((format!("jsonb_build_object({})", list(args)), None))
        }
        ("json_array", _) => Ok((format!("jsonb_build_array({})", list(args)), None)),
        ("json_contains", [t, c]) => Ok((
            format!("({} @> CAST({c} AS jsonb))", doc(t, sets)),
            Some(CONTAINS_NOTE.to_string()),
        )),
        ("json_contains", [t, c, p]) => literal_path(p).map(|p| {
            (
                format!("({} #> {p} @> CAST({c} AS jsonb))", doc(t, sets)),
                Some(CONTAINS_NOTE.to_string()),
            )
        }),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths() {
        assert_eq!(super::path("$.a.b[0]").unwrap(), "'{a,b,0}'");
        assert_eq!(super::path("$.\"a b\"").unwrap(), "'{\"a b\"}'");
        assert_eq!(super::path("$").unwrap(), "'{}'");
        assert!(super::path("$[*]").is_err());
        assert!(super::path("$**.a").is_err());
    }
}

/// The warning for a JSON path with an array index.
const INDEX_NOTE: &str = "a JSON path with an array index: MySQL reads [0] of a value that is no array as the value itself, PostgreSQL gives NULL (or an object's key \"0\")";

/// The warning for an ORDER BY on JSON values.
pub const JSON_ORDER: &str = "ORDER BY a JSON value: MySQL orders JSON by its own comparison rules (by type, then value), jsonb otherwise (objects by size first): the order can differ";

/// Whether a query orders by a JSON value (a JSON expression, or a select alias of one).
pub fn orders_by_json(q: &sqlparser::ast::Query, sets: &ColumnSets) -> bool {
    use crate::rules::query::translate::typing::{type_of, Ty};
    use sqlparser::ast::{OrderByKind, SelectItem, SetExpr};
    // The select items that are JSON, by position (1-based) and alias.
    let json_items: Vec<usize> = match &*q.body {
        SetExpr::Select(s) => s
            .projection
            .iter()
            .enumerate()
            .filter_map(|(i, p)| match p {
                SelectItem::ExprWithAlias { expr, .. } | SelectItem::UnnamedExpr(expr)
                    if type_of(expr, sets) == Ty::Json =>
                {
                    Some(i + 1)
                }
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let json_alias: Vec<String> = match &*q.body {
        SetExpr::Select(s) => s
            .projection
            .iter()
            .filter_map(|p| match p {
                SelectItem::ExprWithAlias { expr, alias } if type_of(expr, sets) == Ty::Json => {
                    Some(alias.value.to_lowercase())
                }
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    q.order_by.as_ref().is_some_and(|ob| match &ob.kind {
        OrderByKind::Expressions(exprs) => exprs.iter().any(|o| {
            type_of(&o.expr, sets) == Ty::Json
                || matches!(&o.expr, Expr::Identifier(i) if json_alias.contains(&i.value.to_lowercase()))
                || matches!(&o.expr, Expr::Value(v) if matches!(&v.value, Value::Number(n, _) if n.parse::<usize>().is_ok_and(|n| json_items.contains(&n))))
        }),
        _ => false,
    })
}
