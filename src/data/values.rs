//! Values of dump rows: read from bytes, written as COPY text fields under the
//! column's PostgreSQL type.

use crate::catalog::{ColumnInfo, PgKind};
use crate::config::{Config, ZeroDatePolicy};
use std::borrow::Cow;

/// A value as mysqldump writes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    /// A number as written (`-12`, `3.5`, `1e308`).
    Number(&'a [u8]),
    /// A string, unescaped; `binary` when written with the `_binary` introducer.
    Str {
        bytes: Cow<'a, [u8]>,
        binary: bool,
    },
    /// `0x…` / `X'…'`: the bytes.
    Hex(Vec<u8>),
    /// `b'0101'` / `0b0101`: the digits.
    Bits(&'a [u8]),
    Bool(bool),
}

/// What a column's values must become.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Boolean,
    /// An integer column, with MySQL's range for its type (None: YEAR, unknown).
    Integer(Option<(i128, i128)>),
    /// A DECIMAL column: its precision and scale when known.
    Decimal(Option<(u32, u32)>),
    Float,
    Bytea,
    Bit(usize),
    Date,
    DateTime,
    TimestampTz,
    Time,
    Enum(Vec<String>),
    Text,
    /// A MySQL CHAR column (text in PostgreSQL): MySQL strips trailing spaces on read.
    Char,
    /// No schema, or a type override: copied as written.
    Unknown,
}

/// How the data path writes a column's values: from its PostgreSQL kind, and from
/// MySQL's type where PostgreSQL's does not say (an integer in `numeric(20)`, an enum).
pub fn kind_of(col: Option<&ColumnInfo>) -> Kind {
    let Some(c) = col else { return Kind::Unknown };
    match c.kind {
        PgKind::Boolean => return Kind::Boolean,
        PgKind::Bytea => return Kind::Bytea,
        PgKind::Date => return Kind::Date,
        PgKind::Json | PgKind::Text => return Kind::Text,
        PgKind::Float => return Kind::Float,
        PgKind::Bit(n) => return Kind::Bit(n),
        PgKind::TimestampTz => return Kind::TimestampTz,
        PgKind::DateTime => return Kind::DateTime,
        PgKind::Time => return Kind::Time,
        _ => {}
    }
    match c.mysql_type.name.as_str() {
        "tinyint" | "smallint" | "mediumint" | "int" | "bigint" | "year" => {
            Kind::Integer(integer_range(&c.mysql_type))
        }
        "decimal" => Kind::Decimal(Some((
            c.mysql_type.param(0).filter(|m| *m > 0).unwrap_or(10) as u32,
            c.mysql_type.param(1).unwrap_or(0) as u32,
        ))),
        "enum" if c.kind != PgKind::Varchar => Kind::Enum(c.mysql_type.values.clone()),
        "char" if c.kind.is_text() => Kind::Char,
        "char" | "varchar" | "tinytext" | "text" | "mediumtext" | "longtext" | "enum" | "set"
        | "json" => Kind::Text,
        _ => Kind::Unknown,
    }
}

/// MySQL's range of an integer type (None for YEAR, which reads numbers its own way).
fn integer_range(t: &crate::ir::MyType) -> Option<(i128, i128)> {
    let bits = match t.name.as_str() {
        "tinyint" => 8,
        "smallint" => 16,
        "mediumint" => 24,
        "int" => 32,
        "bigint" => 64,
        _ => return None,
    };
    Some(if t.unsigned || t.zerofill {
        (0, (1i128 << bits) - 1)
    } else {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    })
}

/// Why the number `t` does not fit a column of `kind`, if it does not: MySQL's strict
/// mode refuses the statement, IGNORE stores the nearest value that fits, PostgreSQL
/// refuses the row.
fn out_of_range(t: &str, kind: &Kind) -> Option<String> {
    match kind {
        Kind::Integer(Some((lo, hi))) => {
            let fits = t
                .trim()
                .parse::<i128>()
                .is_ok_and(|n| (*lo..=*hi).contains(&n));
            (!fits).then(|| format!("out of the column's range {lo}..{hi}"))
        }
        Kind::Decimal(Some((p, s))) => {
            let digits = if t.contains(['e', 'E']) {
                let f: f64 = t.trim().parse().ok()?;
                if f.abs() < 1.0 {
                    0
                } else {
                    f.abs().log10().floor() as u32 + 1
                }
            } else {
                let whole = t
                    .trim()
                    .trim_start_matches(['-', '+'])
                    .split('.')
                    .next()
                    .unwrap_or("");
                whole.trim_start_matches('0').len() as u32
            };
            (digits > p - s)
                .then(|| format!("more than the {} integer digits of DECIMAL({p},{s})", p - s))
        }
        _ => None,
    }
}

fn is_digit_run(b: &[u8]) -> bool {
    !b.is_empty() && b.iter().all(u8::is_ascii_digit)
}

/// Reads one value at `i`; returns it and the offset after it. None: not a dump value.
pub fn parse_value(b: &[u8], i: usize) -> Option<(Value<'_>, usize)> {
    let c = *b.get(i)?;
    match c {
        b'\'' | b'"' => {
            let (bytes, j) = string(b, i)?;
            Some((
                Value::Str {
                    bytes,
                    binary: false,
                },
                j,
            ))
        }
        b'_' => {
            // Introducer: `_binary'…'`, `_utf8mb4'…'`, `_latin1 0x…`.
            let mut j = i + 1;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            let binary = b[i..j].eq_ignore_ascii_case(b"_binary");
            let k = skip(b, j);
            let (v, end) = parse_value(b, k)?;
            Some((
                match v {
                    Value::Str { bytes, .. } => Value::Str { bytes, binary },
                    other => other,
                },
                end,
            ))
        }
        b'0' if matches!(b.get(i + 1), Some(b'x') | Some(b'X')) => {
            let mut j = i + 2;
            while j < b.len() && b[j].is_ascii_hexdigit() {
                j += 1;
            }
            Some((Value::Hex(unhex(&b[i + 2..j])?), j))
        }
        b'0' if matches!(b.get(i + 1), Some(b'b'))
            && matches!(b.get(i + 2), Some(b'0') | Some(b'1')) =>
        {
            let mut j = i + 2;
            while j < b.len() && (b[j] == b'0' || b[j] == b'1') {
                j += 1;
            }
            Some((Value::Bits(&b[i + 2..j]), j))
        }
        b'x' | b'X' if b.get(i + 1) == Some(&b'\'') => {
            let end = b[i + 2..].iter().position(|&c| c == b'\'')? + i + 2;
            Some((Value::Hex(unhex(&b[i + 2..end])?), end + 1))
        }
        b'b' | b'B' if b.get(i + 1) == Some(&b'\'') => {
            let end = b[i + 2..].iter().position(|&c| c == b'\'')? + i + 2;
            let digits = &b[i + 2..end];
            digits
                .iter()
                .all(|c| *c == b'0' || *c == b'1')
                .then_some((Value::Bits(digits), end + 1))
        }
        b'-' | b'+' | b'.' | b'0'..=b'9' => {
            let mut j = i;
            if b[j] == b'-' || b[j] == b'+' {
                j += 1;
            }
            let start_digits = j;
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.') {
                j += 1;
            }
            if j < b.len() && (b[j] == b'e' || b[j] == b'E') {
                let mut k = j + 1;
                if k < b.len() && (b[k] == b'-' || b[k] == b'+') {
                    k += 1;
                }
                if is_digit_run(
                    &b[k..(k + b[k..].iter().take_while(|c| c.is_ascii_digit()).count())],
                ) {
                    j = k + b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
                }
            }
            (j > start_digits).then_some((Value::Number(&b[i..j]), j))
        }
        _ => {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            let w = &b[i..j];
            if w.eq_ignore_ascii_case(b"NULL") {
                Some((Value::Null, j))
            } else if w.eq_ignore_ascii_case(b"TRUE") {
                Some((Value::Bool(true), j))
            } else if w.eq_ignore_ascii_case(b"FALSE") {
                Some((Value::Bool(false), j))
            } else {
                None
            }
        }
    }
}

fn skip(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn unhex(h: &[u8]) -> Option<Vec<u8>> {
    if h.len() % 2 == 1 {
        // MySQL pads an odd-length hex literal on the left.
        let mut padded = vec![b'0'];
        padded.extend_from_slice(h);
        return unhex(&padded);
    }
    let val = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    h.chunks(2)
        .map(|p| Some(val(p[0])? << 4 | val(p[1])?))
        .collect()
}

/// A quoted string at `i`, unescaped with MySQL's rules.
fn string(b: &[u8], i: usize) -> Option<(Cow<'_, [u8]>, usize)> {
    let q = b[i];
    let start = i + 1;
    // Fast path: no escapes.
    let at = start + memchr::memchr2(q, b'\\', &b[start..])?;
    if b[at] == q && b.get(at + 1) != Some(&q) {
        return Some((Cow::Borrowed(&b[start..at]), at + 1));
    }
    let mut out = Vec::with_capacity(64);
    let mut j = start;
    loop {
        let n = memchr::memchr2(q, b'\\', &b[j..])?;
        let at = j + n;
        out.extend_from_slice(&b[j..at]);
        if b[at] == b'\\' {
            let e = *b.get(at + 1)?;
            if e == b'%' || e == b'_' {
                // \% and \_ keep the backslash (they escape LIKE patterns).
                out.push(b'\\');
            }
            out.push(match e {
                b'0' => 0,
                b'b' => 8,
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                b'Z' => 26,
                other => other,
            });
            j = at + 2;
        } else if b.get(at + 1) == Some(&q) {
            out.push(q);
            j = at + 2;
        } else {
            return Some((Cow::Owned(out), at + 1));
        }
    }
}

/// What writing a value did, for the counts.
#[derive(Debug, Default, Clone, Copy)]
pub struct Effect {
    pub null: bool,
    pub zero_date: bool,
    /// A zero date with a year (`2024-00-00`): the year is lost.
    pub partly_zero: bool,
    pub replaced_text: bool,
}

/// Appends `bytes` as a COPY text field; invalid UTF-8 and NUL become U+FFFD.
pub fn text_field(bytes: &[u8], out: &mut String) -> bool {
    let mut replaced = false;
    let s: Cow<str> = match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            replaced = true;
            String::from_utf8_lossy(bytes)
        }
    };
    let mut last = 0;
    for (k, c) in s.bytes().enumerate() {
        let rep = match c {
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0 => {
                replaced = true;
                "\u{FFFD}"
            }
            _ => continue,
        };
        out.push_str(&s[last..k]);
        out.push_str(rep);
        last = k + 1;
    }
    out.push_str(&s[last..]);
    replaced
}

fn hex_field(bytes: &[u8], out: &mut String) {
    const H: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\\\x");
    out.reserve(bytes.len() * 2);
    for b in bytes {
        out.push(H[(b >> 4) as usize] as char);
        out.push(H[(b & 15) as usize] as char);
    }
}

fn number_text(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) => Some(String::from_utf8_lossy(n).into_owned()),
        Value::Str { bytes, .. } => {
            let s = std::str::from_utf8(bytes).ok()?.trim().to_string();
            s.parse::<f64>().is_ok().then_some(s)
        }
        Value::Bool(b) => Some(if *b { "1".into() } else { "0".into() }),
        Value::Bits(d) => u128::from_str_radix(std::str::from_utf8(d).ok()?, 2)
            .ok()
            .map(|n| n.to_string()),
        Value::Hex(h) if h.len() <= 16 => {
            Some(h.iter().fold(0u128, |a, b| a << 8 | *b as u128).to_string())
        }
        _ => None,
    }
}

/// Writes `v` as a COPY field for a column of `kind`.
pub fn to_copy(
    v: &Value,
    kind: &Kind,
    tz: Option<&str>,
    config: &Config,
    out: &mut String,
) -> Result<Effect, String> {
    let mut fx = Effect::default();
    if *v == Value::Null {
        out.push_str("\\N");
        fx.null = true;
        return Ok(fx);
    }
    let shown = || match v {
        Value::Str { bytes, .. } => format!(
            "'{}'",
            String::from_utf8_lossy(&bytes[..bytes.len().min(40)])
        ),
        Value::Number(n) => String::from_utf8_lossy(n).into_owned(),
        Value::Bits(d) => format!("b'{}'", String::from_utf8_lossy(d)),
        Value::Hex(h) => format!(
            "0x{}",
            h.iter()
                .take(20)
                .map(|b| format!("{b:02X}"))
                .collect::<String>()
        ),
        Value::Bool(b) => b.to_string(),
        Value::Null => "NULL".into(),
    };
    match kind {
        Kind::Boolean => {
            // BIT(1) values come as one raw byte (`'\x01'`), with or without `_binary`.
            let n = match v {
                Value::Str { bytes, .. } if bytes.len() == 1 && !bytes[0].is_ascii_digit() => {
                    Some(bytes[0] as u128)
                }
                Value::Hex(h) if h.len() == 1 => Some(h[0] as u128),
                _ => number_text(v).and_then(|t| t.parse::<f64>().ok()).map(|f| {
                    if f == 0.0 {
                        0
                    } else if f == 1.0 {
                        1
                    } else {
                        2
                    }
                }),
            };
            match n {
                Some(0) => out.push('f'),
                Some(1) => out.push('t'),
                _ => return Err(format!("{} is neither 0 nor 1 (boolean)", shown())),
            }
        }
        Kind::Integer(_) | Kind::Decimal(_) | Kind::Float => {
            let integer = matches!(kind, Kind::Integer(_));
            let t = match v {
                // Written by mysqldump: ASCII digits, sign, point, exponent.
                Value::Number(n) => std::str::from_utf8(n).unwrap_or("0").to_string(),
                _ => number_text(v).ok_or_else(|| format!("{} is not a number", shown()))?,
            };
            if integer && t.contains(['.', 'e', 'E']) {
                return Err(format!("{} is not an integer", shown()));
            }
            if let Some(why) = out_of_range(&t, kind) {
                return Err(format!("{} is {why}: MySQL's strict mode refuses it (IGNORE stores the nearest value that fits)", shown()));
            }
            out.push_str(&t);
        }
        Kind::Bytea => match v {
            Value::Str { bytes, .. } => hex_field(bytes, out),
            Value::Hex(h) => hex_field(h, out),
            Value::Number(n) => hex_field(n, out),
            other => return Err(format!("{} is not binary data", shown_of(other))),
        },
        Kind::Bit(n) => {
            let digits: String = match v {
                Value::Bits(d) => String::from_utf8_lossy(d)
                    .trim_start_matches('0')
                    .to_string(),
                Value::Hex(h) => h
                    .iter()
                    .map(|b| format!("{b:08b}"))
                    .collect::<String>()
                    .trim_start_matches('0')
                    .to_string(),
                // BIT(n) values come as raw big-endian bytes unless they are digits.
                Value::Str { bytes, .. }
                    if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) =>
                {
                    bytes
                        .iter()
                        .map(|b| format!("{b:08b}"))
                        .collect::<String>()
                        .trim_start_matches('0')
                        .to_string()
                }
                _ => {
                    let t =
                        number_text(v).ok_or_else(|| format!("{} is not a bit value", shown()))?;
                    let k: u128 = t
                        .parse()
                        .map_err(|_| format!("{} is not a bit value", shown()))?;
                    format!("{k:b}").trim_start_matches('0').to_string()
                }
            };
            if digits.len() > *n {
                return Err(format!("{} has more than {n} bits", shown()));
            }
            out.push_str(&format!("{digits:0>n$}"));
        }
        Kind::Date | Kind::DateTime | Kind::TimestampTz => {
            let Value::Str { bytes, .. } = v else {
                return Err(format!("{} is not a date", shown()));
            };
            let s = std::str::from_utf8(bytes).map_err(|_| format!("{} is not a date", shown()))?;
            if crate::rules::types::zero_date::is_zero_date(s) {
                fx.zero_date = true;
                fx.partly_zero = crate::rules::types::zero_date::is_partly_zero(s);
                match config.zero_dates {
                    ZeroDatePolicy::MinusInfinity => out.push_str("-infinity"),
                    ZeroDatePolicy::Null => {
                        out.push_str("\\N");
                        fx.null = true;
                    }
                }
                return Ok(fx);
            }
            // Text with no date in it: MySQL's strict mode refuses it (INSERT IGNORE
            // stores the zero date); PostgreSQL would refuse the whole statement.
            if !s.trim_start().starts_with(|c: char| c.is_ascii_digit())
                && crate::rules::query::translate::mysql_datetime(s).is_none()
            {
                return Err(format!("{} is not a date: MySQL's strict mode refuses it (INSERT IGNORE stores the zero date)", shown()));
            }
            out.push_str(s);
            if *kind == Kind::TimestampTz {
                if let Some(z) = tz {
                    out.push_str(z);
                }
            }
        }
        Kind::Time => {
            let Value::Str { bytes, .. } = v else {
                return Err(format!("{} is not a time", shown()));
            };
            let s = std::str::from_utf8(bytes).map_err(|_| format!("{} is not a time", shown()))?;
            let hours: i64 = s
                .split(':')
                .next()
                .unwrap_or("")
                .trim()
                .parse()
                .map_err(|_| format!("{} is not a time", shown()))?;
            if s.starts_with('-')
                || hours > 24
                || (hours == 24
                    && s.trim_start_matches("24")
                        .trim_start_matches(':')
                        .chars()
                        .any(|c| c.is_ascii_digit() && c != '0'))
            {
                return Err(format!(
                    "TIME {} is outside PostgreSQL's 00:00:00 to 24:00:00",
                    shown()
                ));
            }
            out.push_str(s);
        }
        Kind::Enum(labels) => {
            let Value::Str { bytes, .. } = v else {
                return Err(format!("{} is not an enum label", shown()));
            };
            let s = String::from_utf8_lossy(bytes);
            match labels
                .iter()
                .find(|l| **l == s)
                .or_else(|| labels.iter().find(|l| l.eq_ignore_ascii_case(&s)))
            {
                Some(l) => {
                    text_field(l.as_bytes(), out);
                }
                None => return Err(format!("{} is not one of the enum's labels", shown())),
            }
        }
        Kind::Char => match v {
            Value::Str { bytes, .. } => fx.replaced_text = text_field(trim_spaces(bytes), out),
            Value::Hex(h) => fx.replaced_text = text_field(trim_spaces(h), out),
            Value::Number(n) => out.push_str(&String::from_utf8_lossy(n)),
            Value::Bits(d) => out.push_str(&String::from_utf8_lossy(d)),
            Value::Bool(b) => out.push_str(if *b { "1" } else { "0" }),
            Value::Null => unreachable!("handled above"),
        },
        Kind::Text | Kind::Unknown => match v {
            Value::Str {
                bytes,
                binary: false,
            } => fx.replaced_text = text_field(bytes, out),
            Value::Str {
                bytes,
                binary: true,
            } if *kind == Kind::Text => fx.replaced_text = text_field(bytes, out),
            Value::Str {
                bytes,
                binary: true,
            } => hex_field(bytes, out),
            Value::Hex(h) if *kind == Kind::Text => fx.replaced_text = text_field(h, out),
            Value::Hex(h) => hex_field(h, out),
            Value::Number(n) => out.push_str(&String::from_utf8_lossy(n)),
            Value::Bits(d) => out.push_str(&String::from_utf8_lossy(d)),
            Value::Bool(b) => out.push_str(if *b { "1" } else { "0" }),
            Value::Null => unreachable!("handled above"),
        },
    }
    Ok(fx)
}

/// A CHAR value as MySQL returns it: without its trailing spaces.
fn trim_spaces(b: &[u8]) -> &[u8] {
    let end = b.iter().rposition(|c| *c != b' ').map_or(0, |i| i + 1);
    &b[..end]
}

fn shown_of(v: &Value) -> String {
    format!("{v:?}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn field(src: &str, kind: Kind) -> Result<String, String> {
        let (v, _) = parse_value(src.as_bytes(), 0).expect("a value");
        let mut out = String::new();
        to_copy(&v, &kind, Some("+00:00"), &Config::default(), &mut out).map(|_| out)
    }

    #[test]
    fn strings_unescape_and_copy_escape() {
        assert_eq!(
            field(r#"'a\'b\"c\\d\ne\tf\rg\Zh\0'"#, Kind::Text).unwrap(),
            "a'b\"c\\\\d\\ne\\tf\\rg\u{1a}h\u{FFFD}"
        );
        assert_eq!(field("'it''s'", Kind::Text).unwrap(), "it's");
        assert_eq!(field(r"'100\%'", Kind::Text).unwrap(), "100\\\\%");
        assert_eq!(field("\"dq\"", Kind::Text).unwrap(), "dq");
        assert_eq!(field("'a  '", Kind::Char).unwrap(), "a");
        assert_eq!(field("' a\t '", Kind::Char).unwrap(), " a\\t");
    }

    #[test]
    fn binary_forms() {
        assert_eq!(field("0x00FF10", Kind::Bytea).unwrap(), "\\\\x00ff10");
        assert_eq!(field("_binary 'ab'", Kind::Bytea).unwrap(), "\\\\x6162");
        assert_eq!(field("X'0a'", Kind::Bytea).unwrap(), "\\\\x0a");
        assert_eq!(field("b'101'", Kind::Bit(8)).unwrap(), "00000101");
        assert_eq!(field("b'1'", Kind::Boolean).unwrap(), "t");
        assert_eq!(field("0", Kind::Boolean).unwrap(), "f");
        assert!(field("2", Kind::Boolean).is_err());
    }

    #[test]
    fn numbers_dates_and_enums() {
        assert_eq!(field("-0", Kind::Float).unwrap(), "-0");
        assert_eq!(field("1e308", Kind::Float).unwrap(), "1e308");
        assert_eq!(
            field("18446744073709551615", Kind::Decimal(None)).unwrap(),
            "18446744073709551615"
        );
        assert_eq!(
            field("'0000-00-00 00:00:00'", Kind::DateTime).unwrap(),
            "-infinity"
        );
        assert_eq!(
            field("'2020-01-02 03:04:05.123456'", Kind::TimestampTz).unwrap(),
            "2020-01-02 03:04:05.123456+00:00"
        );
        assert!(field("'-01:00:00'", Kind::Time).is_err());
        assert!(field("'838:59:59'", Kind::Time).is_err());
        assert_eq!(field("'23:59:59'", Kind::Time).unwrap(), "23:59:59");
        assert_eq!(
            field("'B'", Kind::Enum(vec!["a".into(), "b".into()])).unwrap(),
            "b"
        );
        assert!(field("''", Kind::Enum(vec!["a".into()])).is_err());
    }
}
