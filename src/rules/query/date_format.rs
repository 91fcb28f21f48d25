//! # Q016 date-format
//!
//! ## What it does
//! Translates `DATE_FORMAT(d, 'format')` with a literal format into `to_char` with the
//! same output.
//!
//! ## MySQL
//! `%Y %y %m %c %d %e %D %H %k %h %I %l %i %s %S %f %p %M %b %W %a %j %T %r %%`; any other
//! character is copied. Names are English.
//!
//! ## PostgreSQL
//! `to_char(d, 'YYYY-MM-DD')` with the matching patterns (`FM` removes the padding
//! MySQL does not add); literal text is quoted so that letters are not read as
//! patterns. Names are English under the default `lc_time`.
//!
//! ## Caveats
//! A format that is not a literal, or that uses `%U %u %V %v %X %x %w` (week
//! numbering modes, weekday numbers), is not translated: error, statement kept as a
//! comment. A string argument is read as a timestamp.

use sqlparser::ast::{Expr, Value};

crate::rule!(
    "Q016",
    "date-format",
    Info,
    "DATE_FORMAT with a literal format becomes to_char"
);

/// The to_char pattern for a MySQL format; Err(the unsupported specifier).
pub fn pattern(format: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut literal = String::new();
    let flush = |out: &mut String, literal: &mut String| {
        if !literal.is_empty() {
            out.push('"');
            out.push_str(&literal.replace('\\', "\\\\").replace('"', "\\\""));
            out.push('"');
            literal.clear();
        }
    };
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            literal.push(c);
            continue;
        }
        let Some(spec) = chars.next() else {
            literal.push('%');
            break;
        };
        let p = match spec {
            'Y' => "YYYY",
            'y' => "YY",
            'm' => "MM",
            'c' => "FMMM",
            'd' => "DD",
            'e' => "FMDD",
            'H' => "HH24",
            'k' => "FMHH24",
            'h' | 'I' => "HH12",
            'l' => "FMHH12",
            'i' => "MI",
            's' | 'S' => "SS",
            'f' => "US",
            'p' => "AM",
            'M' => "FMMonth",
            'b' => "Mon",
            'W' => "FMDay",
            'a' => "Dy",
            'j' => "DDD",
            'D' => "FMDDth",
            'T' => "HH24:MI:SS",
            'r' => "HH12:MI:SS AM",
            '%' => {
                literal.push('%');
                continue;
            }
            other => return Err(format!("%{other}")),
        };
        flush(&mut out, &mut literal);
        out.push_str(p);
    }
    flush(&mut out, &mut literal);
    Ok(out)
}

/// `DATE_FORMAT(d, 'fmt')` (already translated arguments) as PostgreSQL text.
pub fn translate(args: &[Expr]) -> Result<String, String> {
    let [d, f] = args else {
        return Err("DATE_FORMAT takes two arguments".into());
    };
    let Expr::Value(v) = f else {
        return Err(
            "DATE_FORMAT with a format that is not a literal has no translation yet".into(),
        );
    };
    let (Value::SingleQuotedString(fmt) | Value::DoubleQuotedString(fmt)) = &v.value else {
        return Err("DATE_FORMAT with a format that is not a string has no translation yet".into());
    };
    let p =
        pattern(fmt).map_err(|s| format!("DATE_FORMAT specifier {s} has no translation yet"))?;
    let d = match d {
        Expr::Value(_) => format!("CAST({d} AS timestamp)"),
        other => other.to_string(),
    };
    Ok(format!("to_char({d}, {})", crate::ident::literal(&p)))
}
