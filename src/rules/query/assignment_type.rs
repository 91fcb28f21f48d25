//! # Q024 assignment-type
//!
//! ## What it does
//! Converts a value stored into a column (INSERT's VALUES, ON DUPLICATE KEY UPDATE,
//! UPDATE's SET) whose PostgreSQL type takes no assignment cast from that value: numbers
//! into `bit(n)` and into `bytea`, string literals into `bytea`; and strings stored into
//! a MySQL `CHAR` column, whose trailing spaces MySQL strips; string literals stored into
//! an ENUM column, whose labels MySQL matches case-insensitively.
//!
//! ## MySQL
//! A number stored into `BIT(n)` is its bits (`5` is `b'101'`); a number stored into a
//! binary string column is its decimal text (`5` is the byte `0x35`); a string literal is
//! its bytes.
//!
//! ## PostgreSQL
//! `CAST(x AS bit(n))` for a number into `bit(n)`; `convert_to(CAST(x AS text), 'UTF8')`
//! for a number into `bytea`, and `convert_to('…', 'UTF8')` for a string literal (the
//! bytes of the text, whatever backslashes it holds: `bytea`'s own input would read them
//! as escapes). Into a `CHAR` column (a `varchar` in PostgreSQL, T007): a string literal
//! without its trailing spaces, any other string through `rtrim(…, ' ')`. Into an ENUM:
//! the label the literal matches in another case (`'c'` for `'C'`). Booleans are
//! Q012's.
//!
//! ## Caveats
//! Column types come from the catalog by the table's name; a table my2pg has not seen
//! keeps its values as written. A number wider than `bit(n)` keeps its low bits in
//! PostgreSQL, where MySQL's strict mode refuses it. `INSERT … SELECT *` between two
//! known tables whose columns PostgreSQL does not assign (a string into a date, a date
//! into an ENUM) is an error, not a statement PostgreSQL rejects.

use crate::catalog::{ColumnSets, PgKind};
use crate::rules::query::translate::typing::{type_of, Ty};
use sqlparser::ast::{AssignmentTarget, Expr, Insert, OnInsert, SetExpr, Statement};

crate::rule!(
    "Q024",
    "assignment-type",
    Info,
    "numbers and strings stored into bit and bytea columns get PostgreSQL's conversion"
);

/// The value converted for a column of `kind` (a MySQL CHAR column when `char`), when
/// it needs it. Whether it changed.
fn coerce(value: &mut Expr, kind: PgKind, char: bool, sets: &ColumnSets) -> bool {
    let ty = type_of(value, sets);
    // A hex or bit literal (a bytea by now) stored into a number: the number it spells.
    if matches!(kind, PgKind::Integer | PgKind::Numeric(_) | PgKind::Float) {
        if let Expr::Cast { expr, .. } = &*value {
            if let Expr::Value(v) = &**expr {
                if let sqlparser::ast::Value::SingleQuotedString(s) = &v.value {
                    if ty == Ty::Bytea && s.starts_with("\\x") && s.len() <= 2 + 16 {
                        if let Ok(n) = u64::from_str_radix(if s.len() == 2 { "0" } else { &s[2..] }, 16) {
                            *value = Expr::Value(sqlparser::ast::Value::Number(n.to_string(), false).into());
                            return true;
                        }
                    }
                }
            }
        }
    }
    if ty == Ty::StrLit && matches!(kind, PgKind::Integer | PgKind::Numeric(_) | PgKind::Float) {
        // A number written as a string: the number (PostgreSQL reads '7.5' as no integer).
        if let Expr::Value(v) = &*value {
            if let sqlparser::ast::Value::SingleQuotedString(s) = &v.value {
                if let Some(n) = whole_number(s) {
                    if let Ok(x) = crate::rules::expr::expression::parse_pg_expr(&n) {
                        *value = x;
                        return true;
                    }
                }
            }
        }
        return false;
    }
    if char {
        if let Expr::Value(v) = value {
            if let sqlparser::ast::Value::SingleQuotedString(s) = &mut v.value {
                let trimmed = s.trim_end_matches(' ').len();
                let changed = trimmed < s.len();
                s.truncate(trimmed);
                return changed;
            }
        }
        if !matches!(ty, Ty::Text | Ty::Unknown) {
            return false;
        }
        return match crate::rules::expr::expression::parse_pg_expr(&format!("rtrim({value}, ' ')")) {
            Ok(x) => {
                *value = x;
                true
            }
            Err(_) => false,
        };
    }
    let text = match (kind, ty) {
        (PgKind::Bit(n), t) if t.is_number() => format!("CAST({value} AS bit({n}))"),
        (PgKind::Bytea, t) if t.is_number() => format!("convert_to(CAST({value} AS text), 'UTF8')"),
        (PgKind::Bytea, Ty::StrLit) => format!("convert_to({value}, 'UTF8')"),
        _ => return false,
    };
    match crate::rules::expr::expression::parse_pg_expr(&text) {
        Ok(x) => {
            *value = x;
            true
        }
        Err(_) => false,
    }
}

/// A string that is a whole number as MySQL's strict mode stores it (`' 7.5 '`), as
/// number text.
fn whole_number(s: &str) -> Option<String> {
    let t = s.trim_matches([' ', '\t', '\n', '\r']);
    let b = t.as_bytes();
    let digit = |i: usize| i < b.len() && b[i].is_ascii_digit();
    let mut i = usize::from(matches!(b.first(), Some(b'-' | b'+')));
    let d0 = i;
    while digit(i) {
        i += 1;
    }
    let mut digits = i > d0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let f0 = i;
        while digit(i) {
            i += 1;
        }
        digits |= i > f0;
    }
    if !digits {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut k = i + 1;
        if k < b.len() && (b[k] == b'-' || b[k] == b'+') {
            k += 1;
        }
        let e0 = k;
        while digit(k) {
            k += 1;
        }
        if k == e0 {
            return None;
        }
        i = k;
    }
    (i == b.len()).then(|| crate::rules::query::translate::number_prefix(t))
}

/// A string literal that is not a number stored into a numeric column, or a value MySQL
/// reads as a date by its own rules stored into a date or time column: what MySQL does
/// with it (strict mode refuses it when a row is written; INSERT IGNORE stores the
/// number it starts with or the zero date), which is not reproduced.
fn refused(value: &Expr, kind: PgKind, sets: &ColumnSets) -> Option<String> {
    let ty = type_of(value, sets);
    let numeric = matches!(kind, PgKind::Integer | PgKind::Numeric(_) | PgKind::Float);
    let temporal = matches!(kind, PgKind::Date | PgKind::DateTime | PgKind::TimestampTz | PgKind::Time);
    if numeric && ty == Ty::StrLit {
        return Some(format!("{value} is not a number: MySQL's strict mode refuses it for a numeric column (INSERT IGNORE stores the number it starts with), not translated"));
    }
    if temporal && ty.is_number() {
        return Some(format!("the number {value} stored into a date or time column is read as one by MySQL (0 is the zero date, 20210704 a date), not translated"));
    }
    if temporal && ty == Ty::StrLit {
        if let Expr::Value(v) = value {
            if let sqlparser::ast::Value::SingleQuotedString(s) = &v.value {
                let readable = if kind == PgKind::Time {
                    matches!(crate::rules::query::translate::mysql_time(s), Some(Some(_)))
                } else {
                    s.starts_with("0000") || crate::rules::query::translate::mysql_datetime(s).is_some()
                };
                if !readable {
                    return Some(format!("{value} is not a date or time as MySQL reads it: strict mode refuses it (INSERT IGNORE stores the zero date), not translated"));
                }
            }
        }
    }
    None
}

fn target_name(t: &AssignmentTarget) -> Option<String> {
    let AssignmentTarget::ColumnName(name) = t else {
        return None;
    };
    name.0.last().and_then(|p| p.as_ident()).map(|i| i.value.clone())
}

fn kind_of(kinds: &[(String, PgKind)], name: &str) -> Option<PgKind> {
    kinds
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, k)| *k)
}

/// A string literal stored into an ENUM column: MySQL matches the labels
/// case-insensitively, PostgreSQL's enum input exactly; the literal becomes the label.
fn enum_label(value: &mut Expr, column: &str, sets: &ColumnSets) -> bool {
    let Some(labels) = sets.enums.get(&column.to_lowercase()) else {
        return false;
    };
    let Expr::Value(v) = value else { return false };
    // A number stored into an ENUM is the label at that position (1 the first).
    if let sqlparser::ast::Value::Number(n, _) = &v.value {
        if let Some(l) = n.parse::<usize>().ok().filter(|i| *i >= 1).and_then(|i| labels.get(i - 1)) {
            v.value = sqlparser::ast::Value::SingleQuotedString(l.clone());
            return true;
        }
        return false;
    }
    let sqlparser::ast::Value::SingleQuotedString(s) = &mut v.value else {
        return false;
    };
    if labels.iter().any(|l| l == s) {
        return false;
    }
    match labels.iter().find(|l| l.eq_ignore_ascii_case(s)) {
        Some(l) => {
            *s = l.clone();
            true
        }
        None => false,
    }
}

/// A value stored into a YEAR column: MySQL reads 1 to 69 as 2001 to 2069 and 70 to 99
/// as 1970 to 1999. A literal becomes that year; an expression MySQL would read so is
/// refused (the reason).
fn year_value(value: &mut Expr, column: &str, sets: &ColumnSets) -> (bool, Option<String>) {
    if !sets.years.contains(&column.to_lowercase()) {
        return (false, None);
    }
    let n = match &*value {
        Expr::Value(v) => match &v.value {
            sqlparser::ast::Value::Number(n, _) => n.parse::<i64>().ok(),
            sqlparser::ast::Value::Null => return (false, None),
            sqlparser::ast::Value::SingleQuotedString(t) if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) => {
                return (false, None)
            }
            _ => None,
        },
        _ => None,
    };
    match n {
        Some(n @ 1..=99) => {
            let y = crate::rules::query::year_values::year_of(n);
            *value = Expr::Value(sqlparser::ast::Value::Number(y.to_string(), false).into());
            (true, None)
        }
        Some(_) => (false, None),
        None if matches!(value, Expr::Identifier(_) | Expr::CompoundIdentifier(_)) => (false, None),
        None => (false, Some(format!("a value stored into YEAR column `{column}` is read by MySQL as a year (3 is 2003), which my2pg does not translate for this value"))),
    }
}

/// Converts the values of a translated INSERT or UPDATE; `kinds` are the target
/// columns' kinds (INSERT: in the order of the values). The note, when any changed.
pub fn apply(
    stmt: &mut Statement,
    kinds: &[(String, PgKind)],
    chars: &[String],
    sets: &ColumnSets,
) -> Option<(String, crate::diagnostics::Severity)> {
    let is_char = |n: &str| chars.iter().any(|c| c.eq_ignore_ascii_case(n));
    let mut changed = false;
    let mut refusals: Vec<String> = Vec::new();
    let mut years: Vec<String> = Vec::new();
    let mut check = |value: &Expr, kind: PgKind| {
        if let Some(r) = refused(value, kind, sets) {
            if !refusals.contains(&r) {
                refusals.push(r);
            }
        }
    };
    match stmt {
        Statement::Insert(Insert { source, on, .. }) => {
            if let Some(source) = source {
                if let SetExpr::Values(v) = &mut *source.body {
                    for row in &mut v.rows {
                        for (cell, (name, kind)) in row.iter_mut().zip(kinds) {
                            let (y, why) = year_value(cell, name, sets);
                            changed |= y;
                            years.extend(why);
                            changed |= enum_label(cell, name, sets);
                            changed |= coerce(cell, *kind, is_char(name), sets);
                            check(cell, *kind);
                        }
                    }
                }
                if let SetExpr::Select(sel) = &mut *source.body {
                    for (item, (_, kind)) in sel.projection.iter().zip(kinds) {
                        if let sqlparser::ast::SelectItem::UnnamedExpr(x)
                        | sqlparser::ast::SelectItem::ExprWithAlias { expr: x, .. } = item
                        {
                            check(x, *kind);
                        }
                    }
                }
            }
            let assignments = match on {
                Some(OnInsert::DuplicateKeyUpdate(a)) => Some(a),
                // (ON DUPLICATE KEY UPDATE as the walk leaves it.)
                Some(OnInsert::OnConflict(sqlparser::ast::OnConflict {
                    action: sqlparser::ast::OnConflictAction::DoUpdate(d),
                    ..
                })) => Some(&mut d.assignments),
                _ => None,
            };
            if let Some(assignments) = assignments {
                for a in assignments {
                    if let Some(n) = target_name(&a.target) {
                        changed |= enum_label(&mut a.value, &n, sets);
                        if let Some(k) = kind_of(kinds, &n) {
                            changed |= coerce(&mut a.value, k, is_char(&n), sets);
                            check(&a.value, k);
                        }
                    }
                }
            }
        }
        Statement::Update(u) => {
            for a in &mut u.assignments {
                if let Some(n) = target_name(&a.target) {
                    let (y, why) = year_value(&mut a.value, &n, sets);
                    changed |= y;
                    years.extend(why);
                    changed |= enum_label(&mut a.value, &n, sets);
                    if let Some(k) = kind_of(kinds, &n) {
                        changed |= coerce(&mut a.value, k, is_char(&n), sets);
                        check(&a.value, k);
                    }
                }
            }
        }
        _ => {}
    }
    for y in years {
        if !refusals.contains(&y) {
            refusals.push(y);
        }
    }
    if !refusals.is_empty() {
        return Some((refusals.join("; "), crate::diagnostics::Severity::Error));
    }
    changed.then(|| {
        (
            "a value stored into a bit, bytea, CHAR, YEAR or numeric column is converted as MySQL stores it".into(),
            crate::diagnostics::Severity::Info,
        )
    })
}

/// `INSERT INTO t SELECT * FROM s` where a column of `s` goes into a column of `t` of a
/// type PostgreSQL does not assign from it (a string into a date, a bit string into a
/// timestamp, a number into an ENUM): the message. Pairs are (name, kind, PostgreSQL
/// type), in column order.
pub fn select_star(target: &[(String, PgKind, String)], source: &[(String, PgKind, String)]) -> Option<String> {
    use PgKind as K;
    let number = |k: PgKind| matches!(k, K::Integer | K::Numeric(_) | K::Float);
    let assignable = |s: PgKind, st: &str, t: PgKind, tt: &str| {
        (s == t && (s != K::Other || st == tt))
            || matches!(t, K::Text | K::Varchar)
            || (number(s) && number(t))
            || (matches!(s, K::Bit(_)) && matches!(t, K::Bit(_)))
            || (matches!(s, K::Text | K::Varchar) && matches!(t, K::Text | K::Varchar))
            || (matches!(s, K::Date | K::DateTime | K::TimestampTz)
                && matches!(t, K::Date | K::DateTime | K::TimestampTz | K::Time))
    };
    target.iter().zip(source).find_map(|((tn, tk, tt), (sn, sk, st))| {
        (!assignable(*sk, st, *tk, tt)).then(|| {
            format!("INSERT … SELECT * stores `{sn}` ({st}) into `{tn}` ({tt}): MySQL converts the value, PostgreSQL has no assignment from that type; list the columns with the conversions")
        })
    })
}
