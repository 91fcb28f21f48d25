//! Strings read as dates and times, as MySQL reads them: its relaxed formats (any
//! punctuation between the parts, `YYYYMMDD` and `YYMMDDhhmmss` without any, two-digit
//! years 70–99 as 19xx and 00–69 as 20xx, one-digit months and days) written out in the
//! ISO form PostgreSQL reads the same whatever its DateStyle (which reads `01/02/03` as
//! month/day/year, MySQL as year/month/day).

use super::typing::{type_of, Ty};
use super::*;
use crate::diagnostics::Severity;
use sqlparser::ast::{self, DataType, Expr, Value};

/// Whether a string reads as a time of day (`10:11:12`): digits, then a colon.
pub(crate) fn time_like(t: &str) -> bool {
    let t = t.trim();
    let end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    end > 0 && end <= 2 && t[end..].starts_with(':') && !t.contains([' ', 'T'])
}

/// Marks a string left as written: a date with a zero month or day (MySQL reads it;
/// PostgreSQL has no such date), or a time of day.
const ZERO_PART: &str = "zero";

/// A date (and maybe a time) read from a string; None when MySQL would not read one
/// (MySQL then gives NULL and a warning); [`ZERO_PART`] for a date with a zero part.
pub(crate) fn mysql_datetime(s: &str) -> Option<String> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    // `hh:mm:ss` is a time, not a date (MySQL reads it as TIME): left as written.
    if time_like(t) {
        return Some(String::from(ZERO_PART));
    }
    let (mut groups, mut seps): (Vec<&str>, Vec<char>) = (Vec::new(), Vec::new());
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if start == i {
            return None;
        }
        groups.push(&t[start..i]);
        if i < b.len() {
            let c = t[i..].chars().next()?;
            if c.is_alphanumeric() && c != 'T' {
                return None;
            }
            seps.push(c);
            i += c.len_utf8();
            // Several delimiters in a row count as one (`2020--01--02`), except before
            // the fraction.
            while i < b.len() && !b[i].is_ascii_digit() && c != '.' {
                let c2 = t[i..].chars().next()?;
                if c2.is_alphanumeric() {
                    return None;
                }
                i += c2.len_utf8();
            }
        }
    }
    // Without delimiters: YYYYMMDD[hhmmss] or YYMMDD[hhmmss] (and a fraction after '.').
    let (date, time, frac): (Vec<&str>, Vec<&str>, Option<&str>) =
        if groups.len() <= 2 && groups[0].len() >= 6 && (groups.len() == 1 || seps[0] == '.') {
            let g = groups[0];
            let year_len = match g.len() {
                6 | 12 => 2,
                8 | 14 => 4,
                _ => return None,
            };
            let (y, rest) = g.split_at(year_len);
            let (m, rest) = rest.split_at(2);
            let (d, rest) = rest.split_at(2);
            let time = if rest.is_empty() {
                Vec::new()
            } else {
                vec![&rest[0..2], &rest[2..4], &rest[4..6]]
            };
            (vec![y, m, d], time, groups.get(1).copied())
        } else {
            if groups.len() < 3 {
                return None;
            }
            let date = groups[0..3].to_vec();
            let mut time: Vec<&str> = groups[3..].iter().take(3).copied().collect();
            let mut frac = None;
            if groups.len() == 7 && seps.get(5) == Some(&'.') {
                frac = Some(groups[6]);
            } else if groups.len() > 6 {
                return None;
            }
            if !time.is_empty() && time.len() < 3 {
                // `hh:mm` is hh:mm:00.
                while time.len() < 3 {
                    time.push("0");
                }
            }
            (date, time, frac)
        };
    // A one- or three-digit year: MySQL's and MariaDB's readings differ; not read here.
    if date[0].len() == 1 || date[0].len() == 3 {
        return None;
    }
    let mut year: u32 = date[0].parse().ok()?;
    if date[0].len() <= 2 {
        year += if year < 70 { 2000 } else { 1900 };
    }
    let month: u32 = date[1].parse().ok()?;
    let day: u32 = date[2].parse().ok()?;
    if year > 9999 {
        return None;
    }
    if month == 0 || day == 0 {
        // A date with a zero part: MySQL's own (MONTH('2001-02-00') is 2); not rewritten.
        return Some(String::from(ZERO_PART));
    }
    let days = days_in_month(year, month);
    if days == 0 || day > days {
        return None;
    }
    let mut out = format!("{year:04}-{month:02}-{day:02}");
    if !time.is_empty() {
        let h: u32 = time[0].parse().ok()?;
        let mi: u32 = time[1].parse().ok()?;
        let sec: u32 = time[2].parse().ok()?;
        if h > 23 || mi > 59 || sec > 59 {
            return None;
        }
        out.push_str(&format!(" {h:02}:{mi:02}:{sec:02}"));
        if let Some(f) = frac {
            out.push('.');
            out.push_str(&f[..f.len().min(6)]);
        }
    }
    Some(out)
}

/// A string read as MySQL reads a time of day: `Some(Some(HH:MM:SS[.f]))`, `Some(None)`
/// where MySQL gives NULL (no digits to read), None where its reading is not reproduced
/// here (a prefix, an hour past PostgreSQL's 24, days, negative times).
pub(crate) fn mysql_time(s: &str) -> Option<Option<String>> {
    let t = s.trim();
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return if t.starts_with(['-', '+', '.']) { None } else { Some(None) };
    }
    let clock = |h: u32, m: u32, sec: u32, frac: &str| -> Option<Option<String>> {
        if h >= 24 || m >= 60 || sec >= 60 || frac.len() > 6 {
            return None;
        }
        let f = if frac.is_empty() { String::new() } else { format!(".{frac}") };
        Some(Some(format!("{h:02}:{m:02}:{sec:02}{f}")))
    };
    let (body, frac) = match t.split_once('.') {
        Some((b, f)) if f.bytes().all(|c| c.is_ascii_digit()) => (b, f),
        Some(_) => return None,
        None => (t, ""),
    };
    if body.contains(':') {
        let parts: Vec<&str> = body.split(':').collect();
        if parts.len() > 3 || parts.iter().any(|p| p.is_empty() || p.len() > 2 || !p.bytes().all(|c| c.is_ascii_digit())) {
            return None;
        }
        let n = |i: usize| parts.get(i).map_or(Some(0), |p| p.parse::<u32>().ok());
        if parts.len() == 2 && !frac.is_empty() {
            return None;
        }
        return clock(n(0)?, n(1)?, n(2)?, frac);
    }
    if body.bytes().all(|c| c.is_ascii_digit()) && body.len() <= 6 {
        let v: u32 = body.parse().ok()?;
        return clock(v / 10000, v / 100 % 100, v % 100, frac);
    }
    None
}

fn temporal_type(t: &DataType) -> bool {
    let s = t.to_string().to_ascii_lowercase();
    s == "date" || s.starts_with("timestamp") || s.starts_with("datetime")
}

impl Walk {
    /// A string literal cast to a date or timestamp, or compared with one: written as
    /// the ISO date MySQL reads from it, or NULL where MySQL reads none.
    pub(super) fn temporal_literals(&mut self, e: &mut Expr) {
        let mut changed = false;
        match e {
            Expr::Cast { .. } => {
                if let Some((msg, severity)) = cast_literal(e, &self.sets) {
                    self.note(&crate::rules::query::date_functions::RULE, msg, severity);
                }
                return;
            }
            Expr::BinaryOp { left, op, right }
                if matches!(
                    op,
                    ast::BinaryOperator::Eq
                        | ast::BinaryOperator::NotEq
                        | ast::BinaryOperator::Lt
                        | ast::BinaryOperator::LtEq
                        | ast::BinaryOperator::Gt
                        | ast::BinaryOperator::GtEq
                ) =>
            {
                let (l, r) = (type_of(left, &self.sets), type_of(right, &self.sets));
                let read = if matches!(l, Ty::Date | Ty::Timestamp) && r == Ty::StrLit {
                    read_literal(right)
                } else if matches!(r, Ty::Date | Ty::Timestamp) && l == Ty::StrLit {
                    read_literal(left)
                } else {
                    Read::Kept
                };
                match read {
                    Read::Rewritten => changed = true,
                    Read::Kept => {}
                    Read::Unreadable(s) => self.note(
                        &crate::rules::query::date_functions::RULE,
                        format!("'{s}' compared with a date: MySQL reads it by its lenient date rules (or compares it as a string), which my2pg does not reproduce for this string"),
                        Severity::Error,
                    ),
                }
            }
            _ => {}
        }
        if changed {
            self.note(
                &crate::rules::query::date_functions::RULE,
                "a string read as a date is written in ISO form, as MySQL reads it (two-digit years, any delimiter)",
                Severity::Info,
            );
        }
    }
}

enum Read {
    Rewritten,
    Kept,
    Unreadable(String),
}

/// A string literal read as MySQL reads a date, in ISO form.
fn read_literal(x: &mut Expr) -> Read {
    let Expr::Value(v) = &*x else { return Read::Kept };
    let (Value::SingleQuotedString(s) | Value::DoubleQuotedString(s)) = &v.value else {
        return Read::Kept;
    };
    let s = s.clone();
    // Zero dates are the zero-date rules' (their stand-in), ISO text is read alike.
    if s.starts_with("0000") || s == "-infinity" || s == "infinity" {
        return Read::Kept;
    }
    match mysql_datetime(&s) {
        Some(iso) if iso == ZERO_PART => Read::Kept,
        Some(iso) if iso != s => {
            *x = Expr::Value(Value::SingleQuotedString(iso).into());
            Read::Rewritten
        }
        Some(_) => Read::Kept,
        None => Read::Unreadable(s),
    }
}

/// A string (or number) cast to a date or timestamp: the string in ISO form as MySQL
/// reads it; what to report, if anything.
pub(super) fn cast_literal(
    e: &mut Expr,
    sets: &crate::catalog::ColumnSets,
) -> Option<(String, Severity)> {
    let Expr::Cast {
        expr, data_type, ..
    } = e
    else {
        return None;
    };
    let t = data_type.to_string().to_ascii_lowercase();
    if t == "time" || (t.starts_with("time(") && !t.starts_with("timestamp")) {
        let Expr::Value(v) = &**expr else { return None };
        let (Value::SingleQuotedString(s) | Value::DoubleQuotedString(s)) = &v.value else {
            return None;
        };
        return match mysql_time(s) {
            Some(Some(iso)) if iso == *s => None,
            Some(Some(iso)) => {
                **expr = Expr::Value(Value::SingleQuotedString(iso).into());
                Some(("a string read as a time is written as HH:MM:SS, as MySQL reads it".into(), Severity::Info))
            }
            Some(None) => {
                **expr = Expr::Value(Value::Null.into());
                Some(("a string that is not a time is NULL as a time, as in MySQL".into(), Severity::Info))
            }
            None => Some((format!("'{s}' is read as a time by MySQL's lenient rules, which my2pg does not reproduce for this string"), Severity::Error)),
        };
    }
    if !temporal_type(data_type) {
        return None;
    }
    if type_of(expr, sets).is_number() {
        return Some(("a number cast to a date: MySQL reads it as one (20210704 is 2021-07-04, 0 the zero date), which my2pg does not translate yet".into(), Severity::Error));
    }
    match read_literal(expr) {
        Read::Rewritten => Some(("a string read as a date is written in ISO form, as MySQL reads it (two-digit years, any delimiter)".into(), Severity::Info)),
        Read::Kept => None,
        // MySQL reads what it can of such a string (a prefix, with a warning), or gives
        // NULL: not reproduced.
        Read::Unreadable(s) => Some((format!("'{s}' is read as a date by MySQL's lenient rules (a prefix, or NULL), which my2pg does not reproduce for this string"), Severity::Error)),
    }
}

/// The days of a month of the proleptic Gregorian calendar (0 for no such month).
pub(crate) fn days_in_month(year: u32, month: u32) -> u32 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::mysql_datetime as d;

    #[test]
    fn mysql_reads_relaxed_dates() {
        assert_eq!(d("01/02/03").as_deref(), Some("2001-02-03"));
        assert_eq!(d("99-12-31").as_deref(), Some("1999-12-31"));
        assert_eq!(d("2001/02/03 10:20:30").as_deref(), Some("2001-02-03 10:20:30"));
        assert_eq!(d("20210704").as_deref(), Some("2021-07-04"));
        assert_eq!(d("210704102030").as_deref(), Some("2021-07-04 10:20:30"));
        assert_eq!(d("2015-6-9").as_deref(), Some("2015-06-09"));
        assert_eq!(d("2020-01-01 10:00:00.125").as_deref(), Some("2020-01-01 10:00:00.125"));
        assert_eq!(d("2021-02-29"), None);
        assert_eq!(d("2001-02-00").as_deref(), Some(super::ZERO_PART));
        assert_eq!(d("10:11:12").as_deref(), Some(super::ZERO_PART));
        assert_eq!(d("abc"), None);
        assert_eq!(d("2020-01-01T10:20").as_deref(), Some("2020-01-01 10:20:00"));
    }

    #[test]
    fn mysql_reads_times() {
        use super::mysql_time as t;
        assert_eq!(t("a"), Some(None));
        assert_eq!(t(""), Some(None));
        assert_eq!(t("12"), Some(Some("00:00:12".into())));
        assert_eq!(t("1:2"), Some(Some("01:02:00".into())));
        assert_eq!(t("123456"), Some(Some("12:34:56".into())));
        assert_eq!(t("1234"), Some(Some("00:12:34".into())));
        assert_eq!(t("12.5"), Some(Some("00:00:12.5".into())));
        assert_eq!(t(" 12:00"), Some(Some("12:00:00".into())));
        assert_eq!(t("12:61:00"), None);
        assert_eq!(t("25:00:00"), None);
        assert_eq!(t("-1:00"), None);
        assert_eq!(t("2021-01-31"), None);
    }
}
