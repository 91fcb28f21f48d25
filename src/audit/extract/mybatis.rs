//! MyBatis XML mappers: the body of each `<select|insert|update|delete>`
//! (text, CDATA, entities decoded) is a High snippet; `#{x}` are bound values,
//! `${x}` markers. `<sql id>` fragments are not statements: an
//! `<include refid>` takes the fragment's text. Dynamic elements keep their
//! SQL so the statement parses, as if every test were true: `<if>` its
//! content, `<where>`/`<set>`/`<trim>` their prefix and content with the
//! overrides removed, `<choose>` its first `<when>`, `<foreach>` `open`, one
//! copy of its content and `close`; the snippet is then dynamic. An element
//! not known here is a marker. Files without a `<mapper` root yield nothing.

use super::engine::{finish, Buf, Opts, Verbs};
use super::{Confidence, Extracted};
use pest::Parser as _;
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/host_mybatis.pest"]
struct MapperLexer;

const STATEMENTS: &[&str] = &["select", "insert", "update", "delete"];

fn entity(e: &str) -> String {
    let body = &e[1..e.len() - 1];
    let c = match body {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => body
            .strip_prefix("#x")
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .or_else(|| body.strip_prefix('#').and_then(|d| d.parse().ok()))
            .and_then(char::from_u32),
    };
    c.map_or_else(|| e.to_string(), String::from)
}

/// The lexer's tokens, flat.
enum Item<'a> {
    Open {
        name: &'a str,
        /// The whole tag, attributes included.
        tag: &'a str,
        at: usize,
        self_closing: bool,
    },
    Close,
    Text(&'a str, usize),
    Entity(&'a str, usize),
    Cdata(&'a str, usize),
}

/// The value of attribute `name` in a tag (entities decoded), if any.
fn attr(tag: &str, name: &str) -> Option<String> {
    let b = tag.as_bytes();
    let mut from = 0;
    while let Some(k) = tag[from..].find(name) {
        let s = from + k;
        from = s + name.len();
        if s == 0 || !b[s - 1].is_ascii_whitespace() {
            continue;
        }
        let rest = tag[from..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let q = rest.chars().next()?;
        if q != '"' && q != '\'' {
            return None;
        }
        let end = rest[1..].find(q)?;
        let v = &rest[1..1 + end];
        let mut out = String::new();
        let mut i = 0;
        while i < v.len() {
            if v.as_bytes()[i] == b'&' {
                if let Some(e) = v[i..].find(';') {
                    out.push_str(&entity(&v[i..i + e + 1]));
                    i += e + 1;
                    continue;
                }
            }
            let c = v[i..].chars().next()?;
            out.push(c);
            i += c.len_utf8();
        }
        return Some(out);
    }
    None
}

/// The end of the element whose open tag is item `i` (the index after its close tag).
fn element_end(items: &[Item], i: usize) -> usize {
    if matches!(
        items[i],
        Item::Open {
            self_closing: true,
            ..
        }
    ) {
        return i + 1;
    }
    let mut depth = 0usize;
    for (j, it) in items.iter().enumerate().skip(i) {
        match it {
            Item::Open {
                self_closing: false,
                ..
            } => depth += 1,
            Item::Close => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
    }
    items.len()
}

struct Builder<'a, 'b> {
    items: &'b [Item<'a>],
    /// Fragments read so far (a fragment that includes itself or a later one
    /// finds nothing: a marker).
    fragments: &'b BTreeMap<String, (Buf, bool)>,
}

impl Builder<'_, '_> {
    /// The content of items `range` into `buf`; true when a dynamic element was kept.
    fn content(&mut self, range: Range<usize>, buf: &mut Buf) -> bool {
        let mut dynamic = false;
        let mut i = range.start;
        while i < range.end {
            match self.items[i] {
                Item::Text(t, at) => buf.raw(t, at),
                Item::Cdata(t, at) => buf.raw(t, at),
                Item::Entity(e, at) => buf.decoded(&entity(e), at),
                Item::Close => {}
                Item::Open {
                    name,
                    tag,
                    at,
                    self_closing,
                } => {
                    let end = element_end(self.items, i).min(range.end);
                    let inner = i + 1..if self_closing { i + 1 } else { end - 1 };
                    dynamic |= self.element(name, tag, at, inner, buf);
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        dynamic
    }

    /// One element inside a statement.
    fn element(
        &mut self,
        name: &str,
        tag: &str,
        at: usize,
        inner: Range<usize>,
        buf: &mut Buf,
    ) -> bool {
        match name {
            "include" => {
                let id = attr(tag, "refid").unwrap_or_default();
                match self.fragments.get(&id) {
                    Some((frag, dynamic)) => {
                        buf.append(frag);
                        *dynamic
                    }
                    _ => {
                        buf.marker(at);
                        false
                    }
                }
            }
            "selectKey" | "bind" => false,
            "if" | "when" | "otherwise" => {
                self.content(inner, buf);
                true
            }
            "choose" => {
                // The first `<when>` (or the `<otherwise>` alone).
                let mut j = inner.start;
                while j < inner.end {
                    if let Item::Open {
                        name: n,
                        tag: t,
                        at: a,
                        self_closing,
                    } = self.items[j]
                    {
                        let end = element_end(self.items, j).min(inner.end);
                        if n == "when" || n == "otherwise" {
                            let body = j + 1..if self_closing { j + 1 } else { end - 1 };
                            self.element(n, t, a, body, buf);
                            break;
                        }
                        j = end;
                        continue;
                    }
                    j += 1;
                }
                true
            }
            "where" => {
                self.trimmed(inner, buf, at, "WHERE", &["AND", "OR"], &[], "");
                true
            }
            "set" => {
                self.trimmed(inner, buf, at, "SET", &[], &[","], "");
                true
            }
            "trim" => {
                let prefix = attr(tag, "prefix").unwrap_or_default();
                let suffix = attr(tag, "suffix").unwrap_or_default();
                let po = attr(tag, "prefixOverrides").unwrap_or_default();
                let so = attr(tag, "suffixOverrides").unwrap_or_default();
                let po: Vec<&str> = po
                    .split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect();
                let so: Vec<&str> = so
                    .split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect();
                self.trimmed(inner, buf, at, &prefix, &po, &so, &suffix);
                true
            }
            "foreach" => {
                let open = attr(tag, "open").unwrap_or_default();
                let close = attr(tag, "close").unwrap_or_default();
                buf.decoded(" ", at);
                buf.decoded(&open, at);
                self.content(inner, buf);
                buf.decoded(&close, at);
                buf.decoded(" ", at);
                true
            }
            _ => {
                buf.marker(at);
                true
            }
        }
    }

    /// `prefix` + content without a leading word of `pre` or a trailing one of
    /// `suf` + `suffix`; nothing when the content is blank.
    #[allow(clippy::too_many_arguments)]
    fn trimmed(
        &mut self,
        inner: Range<usize>,
        buf: &mut Buf,
        at: usize,
        prefix: &str,
        pre: &[&str],
        suf: &[&str],
        suffix: &str,
    ) {
        let mut sub = Buf::default();
        self.content(inner, &mut sub);
        sub.trim();
        if sub.sql.is_empty() {
            return;
        }
        for p in pre {
            if sub.strip_prefix_word(p) {
                sub.trim();
                break;
            }
        }
        for s in suf {
            if sub.strip_suffix_word(s) {
                sub.trim();
                break;
            }
        }
        buf.decoded(" ", at);
        if !prefix.is_empty() {
            buf.decoded(prefix, at);
            buf.decoded(" ", at);
        }
        buf.append(&sub);
        if !suffix.is_empty() {
            buf.decoded(" ", at);
            buf.decoded(suffix, at);
        }
        buf.decoded(" ", at);
    }
}

pub(crate) fn extract(text: &str) -> Extracted {
    let mut out = Extracted::default();
    let Ok(pairs) = MapperLexer::parse(Rule::file, text) else {
        return out;
    };
    let Some(file) = pairs.into_iter().next() else {
        return out;
    };
    let mut items = Vec::new();
    let mut mapper = false;
    for p in file.into_inner() {
        let start = p.as_span().start();
        match p.as_rule() {
            Rule::open_tag => {
                let tag = p.as_str();
                let mut inner = p.into_inner();
                let name = inner.next().map_or("", |n| n.as_str());
                let self_closing = inner.any(|x| x.as_rule() == Rule::self_close);
                mapper |= name == "mapper";
                items.push(Item::Open {
                    name,
                    tag,
                    at: start,
                    self_closing,
                });
            }
            Rule::close_tag => items.push(Item::Close),
            Rule::text => items.push(Item::Text(p.as_str(), start)),
            Rule::entity => items.push(Item::Entity(p.as_str(), start)),
            Rule::cdata => {
                if let Some(body) = p.into_inner().next() {
                    items.push(Item::Cdata(body.as_str(), body.as_span().start()));
                }
            }
            Rule::comment => {
                let s = p.as_span();
                if let Some(sup) =
                    super::engine::parse_suppression(text, p.as_str(), s.start()..s.end())
                {
                    out.suppressions.push(sup);
                }
            }
            _ => {}
        }
    }
    if !mapper {
        return Extracted::default();
    }
    let opts = Opts {
        verbs: Verbs::Text,
        braces: Verbs::Text,
        hole_binds: false,
        at: false,
        mybatis: true,
    };
    // Pass 1: the `<sql id>` fragments, in order (a fragment may include an earlier one).
    let mut fragments: BTreeMap<String, (Buf, bool)> = BTreeMap::new();
    // Pass 2: the statements.
    for pass in 0..2 {
        let mut i = 0;
        let mut in_mapper = false;
        while i < items.len() {
            let Item::Open { name, tag, .. } = items[i] else {
                i += 1;
                continue;
            };
            if name == "mapper" {
                in_mapper = true;
                i += 1;
                continue;
            }
            let end = element_end(&items, i);
            let wanted = if pass == 0 {
                name == "sql"
            } else {
                STATEMENTS.contains(&name)
            };
            if !in_mapper
                || !wanted
                || matches!(
                    items[i],
                    Item::Open {
                        self_closing: true,
                        ..
                    }
                )
            {
                i = if in_mapper && !wanted { end } else { i + 1 };
                continue;
            }
            let mut buf = Buf::default();
            let mut b = Builder {
                items: &items,
                fragments: &fragments,
            };
            let dynamic = b.content(i + 1..end - 1, &mut buf);
            if pass == 0 {
                if let Some(id) = attr(tag, "id") {
                    fragments.insert(id, (buf, dynamic));
                }
            } else if let Some(mut s) = finish(buf, &opts) {
                s.confidence = Confidence::High;
                s.dynamic |= dynamic;
                out.snippets.push(s);
            }
            i = end;
        }
    }
    out
}
