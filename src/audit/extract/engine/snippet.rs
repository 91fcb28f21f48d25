//! A snippet from its pieces: literal text, markers for what the program computes and
//! `?` for bound values, with a map from every SQL byte back to the host file.

use super::*;

/// How placeholders and holes read in one snippet.
pub(crate) struct Opts {
    pub verbs: Verbs,
    /// `{}`/`{0}`/`{name}` fields: format fields (markers) or bound values.
    pub braces: Verbs,
    /// Interpolation holes are bound values (tagged templates).
    pub hole_binds: bool,
    /// `@name` binds.
    pub at: bool,
    /// `#{x}` binds, `${x}` markers.
    pub mybatis: bool,
}

pub(super) const MARK: char = '\u{1}';

pub(super) const BIND: char = '\u{2}';

/// Text under construction: each byte with its host offset; `MARK`/`BIND`
/// stand for markers and bound holes, filled in by `finish`.
#[derive(Default)]
pub(crate) struct Buf {
    pub sql: String,
    pub host: Vec<usize>,
    pub bound: Vec<String>,
}

impl Buf {
    pub fn raw(&mut self, s: &str, host: usize) {
        self.sql.push_str(s);
        self.host.extend(host..host + s.len());
    }
    /// Text that stands for host bytes at `host` (an escape, an entity).
    pub fn decoded(&mut self, s: &str, host: usize) {
        self.sql.push_str(s);
        self.host.extend(std::iter::repeat_n(host, s.len()));
    }
    pub fn marker(&mut self, host: usize) {
        self.sql.push(MARK);
        self.host.push(host);
    }
    pub fn bound(&mut self, text: &str, host: usize) {
        self.sql.push(BIND);
        self.host.push(host);
        self.bound.push(text.to_string());
    }
    /// Another buffer's text after this one's.
    pub fn append(&mut self, other: &Buf) {
        self.sql.push_str(&other.sql);
        self.host.extend_from_slice(&other.host);
        self.bound.extend(other.bound.iter().cloned());
    }
    /// Leading and trailing whitespace removed.
    pub fn trim(&mut self) {
        let end = self.sql.trim_end().len();
        self.sql.truncate(end);
        self.host.truncate(end);
        let start = self.sql.len() - self.sql.trim_start().len();
        self.sql.drain(..start);
        self.host.drain(..start);
    }
    /// Removes a leading `word` (any case, then a non-word char or the end).
    pub fn strip_prefix_word(&mut self, word: &str) -> bool {
        let b = self.sql.as_bytes();
        let n = word.len();
        let wordy = word.bytes().last().is_some_and(is_word);
        if b.len() < n
            || !b[..n].eq_ignore_ascii_case(word.as_bytes())
            || (wordy && b.get(n).is_some_and(|&c| is_word(c)))
        {
            return false;
        }
        self.sql.drain(..n);
        self.host.drain(..n);
        true
    }
    /// Removes a trailing `word` (any case, after a non-word char or the start).
    pub fn strip_suffix_word(&mut self, word: &str) -> bool {
        let b = self.sql.as_bytes();
        let n = word.len();
        let wordy = word.bytes().next().is_some_and(is_word);
        if b.len() < n
            || !b[b.len() - n..].eq_ignore_ascii_case(word.as_bytes())
            || (wordy && b.len() > n && is_word(b[b.len() - n - 1]))
        {
            return false;
        }
        let keep = b.len() - n;
        self.sql.truncate(keep);
        self.host.truncate(keep);
        true
    }
}

pub(super) fn build(text: &str, lits: &[Lit], pieces: &[Piece], opts: &Opts) -> Option<Snippet> {
    let mut buf = Buf::default();
    for p in pieces {
        match p {
            Piece::Lit(j) => {
                for seg in &lits[*j].segs {
                    match seg {
                        Seg::Raw(r) => buf.raw(&text[r.clone()], r.start),
                        Seg::Esc(s, r) => buf.decoded(s, r.start),
                        Seg::Hole(r) => {
                            if opts.hole_binds {
                                buf.bound(&text[r.clone()], r.start);
                            } else {
                                buf.marker(r.start);
                            }
                        }
                    }
                }
            }
            Piece::Dyn(r) => {
                // Consecutive run-time parts are one unknown text: one marker.
                if !buf.sql.ends_with(MARK) {
                    buf.marker(r.start);
                }
            }
            Piece::Space(at) => buf.decoded(" ", *at),
        }
    }
    finish(buf, opts)
}

pub(super) fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// Placeholders to `?`, markers numbered, whitespace trimmed, the map compressed.
pub(crate) fn finish(buf: Buf, opts: &Opts) -> Option<Snippet> {
    let src = buf.sql.as_bytes();
    let mut sql: Vec<u8> = Vec::with_capacity(src.len());
    let mut host: Vec<usize> = Vec::with_capacity(src.len());
    let mut binds = Vec::new();
    let mut bound = buf.bound.into_iter();
    let mut markers = 0usize;
    let mut quote: u8 = 0;
    let mut i = 0;
    let hostat = |i: usize| buf.host.get(i).copied().unwrap_or(0);
    // A marker never touches a word: `FROM books` + `$where` is `FROM books my2pg_dyn_1`
    // (the space maps to the seam).
    let mut after_marker = false;
    let marker = |sql: &mut Vec<u8>, host: &mut Vec<usize>, markers: &mut usize, h: usize| {
        *markers += 1;
        if sql.last().is_some_and(|&c| is_word(c)) {
            sql.push(b' ');
            host.push(h);
        }
        let start = sql.len();
        sql.extend_from_slice(b"my2pg_dyn_");
        sql.extend_from_slice(markers.to_string().as_bytes());
        host.extend(h..h + (sql.len() - start));
    };
    while i < src.len() {
        let c = src[i];
        let h = hostat(i);
        if std::mem::take(&mut after_marker) && is_word(c) && c as char != MARK {
            sql.push(b' ');
            host.push(h);
        }
        let prev = if i > 0 { src[i - 1] } else { b' ' };
        let next = src.get(i + 1).copied().unwrap_or(0);
        // Format verbs read everywhere, quotes included.
        if c == b'%' && opts.verbs != Verbs::Text {
            if next == b'%' {
                sql.push(b'%');
                host.push(h);
                i += 2;
                continue;
            }
            let len = verb_len(&src[i..]).filter(|&len| {
                opts.verbs != Verbs::BindSdfi
                    || matches!(src[i + len - 1], b's' | b'd' | b'f' | b'F' | b'i')
            });
            if let Some(len) = len {
                let t = String::from_utf8_lossy(&src[i..i + len]).into_owned();
                if matches!(opts.verbs, Verbs::Bind | Verbs::BindSdfi) {
                    binds.push(t);
                    sql.push(b'?');
                    host.push(h);
                } else {
                    marker(&mut sql, &mut host, &mut markers, h);
                    after_marker = true;
                }
                i += len;
                continue;
            }
        }
        if c as char == MARK {
            marker(&mut sql, &mut host, &mut markers, h);
            after_marker = true;
            i += 1;
            continue;
        }
        if c as char == BIND {
            binds.push(bound.next().unwrap_or_default());
            sql.push(b'?');
            host.push(h);
            i += 1;
            continue;
        }
        if opts.braces != Verbs::Text && c == b'{' {
            if next == b'{' {
                sql.push(b'{');
                host.push(h);
                i += 2;
                continue;
            }
            if let Some(e) = src[i..].iter().position(|&x| x == b'}') {
                if src[i + 1..i + e]
                    .iter()
                    .all(|&x| is_word(x) || x == b':' || x == b'.')
                {
                    if opts.braces == Verbs::Bind {
                        push_bind(&mut binds, &mut sql, &mut host, &src[i..i + e + 1], h);
                    } else {
                        marker(&mut sql, &mut host, &mut markers, h);
                        after_marker = true;
                    }
                    i += e + 1;
                    continue;
                }
            }
        }
        if opts.braces != Verbs::Text && c == b'}' && next == b'}' {
            sql.push(b'}');
            host.push(h);
            i += 2;
            continue;
        }
        if opts.mybatis && (c == b'#' || c == b'$') && next == b'{' {
            if let Some(e) = src[i..].iter().position(|&x| x == b'}') {
                if c == b'#' {
                    push_bind(&mut binds, &mut sql, &mut host, &src[i..i + e + 1], h);
                } else {
                    marker(&mut sql, &mut host, &mut markers, h);
                    after_marker = true;
                }
                i += e + 1;
                continue;
            }
        }
        if quote != 0 {
            if c == quote {
                quote = 0;
            } else if c == b'\\' && i + 1 < src.len() {
                sql.push(c);
                host.push(h);
                i += 1;
                sql.push(src[i]);
                host.push(hostat(i));
                i += 1;
                continue;
            }
            sql.push(c);
            host.push(h);
            i += 1;
            continue;
        }
        if matches!(c, b'\'' | b'"' | b'`') {
            quote = c;
        } else {
            let digits = |from: usize| {
                from + src[from..]
                    .iter()
                    .take_while(|x| x.is_ascii_digit())
                    .count()
            };
            let word = |from: usize| from + src[from..].iter().take_while(|&&x| is_word(x)).count();
            let end = match c {
                // `?1` (JPA, SQLite) is one placeholder.
                b'?' => Some(digits(i + 1)),
                b':' if (next.is_ascii_alphabetic() || next == b'_')
                    && prev != b':'
                    && !is_word(prev) =>
                {
                    Some(word(i + 1))
                }
                b'$' if next.is_ascii_digit() && !is_word(prev) => Some(digits(i + 1)),
                b'@' if opts.at && (next.is_ascii_alphabetic() || next == b'_') && prev != b'@' => {
                    Some(word(i + 1))
                }
                _ => None,
            };
            if let Some(e) = end {
                push_bind(&mut binds, &mut sql, &mut host, &src[i..e], h);
                i = e;
                continue;
            }
        }
        sql.push(c);
        host.push(h);
        i += 1;
    }
    // Trim.
    let is_ws = |c: &u8| c.is_ascii_whitespace();
    let s = sql.iter().position(|c| !is_ws(c))?;
    let e = sql.len() - sql.iter().rev().position(|c| !is_ws(c)).unwrap_or(0);
    let sql_text = String::from_utf8_lossy(&sql[s..e]).into_owned();
    let host = &host[s..e];
    let mut map = Vec::new();
    for (k, &h) in host.iter().enumerate() {
        if k == 0 || h != host[k - 1] + 1 {
            map.push((k, h));
        }
    }
    Some(Snippet {
        sql: sql_text,
        map,
        dynamic: markers > 0,
        confidence: Confidence::High,
        binds,
    })
}

/// A bound value: its text kept in `binds`, `?` in the SQL, mapped to `h` in the host.
pub(super) fn push_bind(
    binds: &mut Vec<String>,
    sql: &mut Vec<u8>,
    host: &mut Vec<usize>,
    text: &[u8],
    h: usize,
) {
    binds.push(String::from_utf8_lossy(text).into_owned());
    sql.push(b'?');
    host.push(h);
}

/// The length of a printf verb at the start of `s` (`%s`, `%05.2f`, `%1$s`, `%(name)s`).
pub(super) fn verb_len(s: &[u8]) -> Option<usize> {
    let mut i = 1;
    if s.get(1) == Some(&b'(') {
        let close = s.iter().position(|&c| c == b')')?;
        if !s[2..close].iter().all(|&c| is_word(c)) {
            return None;
        }
        i = close + 1;
    } else {
        // `%1$s`
        let d = s[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if d > 0 && s.get(1 + d) == Some(&b'$') {
            i = 2 + d;
        }
    }
    while s.get(i).is_some_and(|c| b"-+ 0#'".contains(c)) {
        i += 1;
    }
    while s.get(i).is_some_and(|c| c.is_ascii_digit() || *c == b'.') {
        i += 1;
    }
    match s.get(i) {
        // A verb running into a word is a LIKE pattern (`'%foo%'`), not a verb.
        Some(c)
            if b"sdfFiuxXbcoeEgGvqtTp".contains(c)
                && !s.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric()) =>
        {
            Some(i + 1)
        }
        _ => None,
    }
}
