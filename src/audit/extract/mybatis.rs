//! MyBatis XML mappers: the body of each `<select|insert|update|delete|sql>`
//! (text, CDATA, entities decoded) is a High snippet; `#{x}` are bound values,
//! `${x}` and each dynamic element (`<if>`, `<where>`, `<foreach>`,
//! `<choose>`, `<include>`…) a marker. Files without a `<mapper` root yield nothing.

use super::engine::{finish, Buf, Opts, Verbs};
use super::{Confidence, Extracted};
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/host_mybatis.pest"]
struct MapperLexer;

const STATEMENTS: &[&str] = &["select", "insert", "update", "delete", "sql"];

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

pub(crate) fn extract(text: &str) -> Extracted {
    let mut out = Extracted::default();
    let Ok(pairs) = MapperLexer::parse(Rule::file, text) else {
        return out;
    };
    let opts = Opts {
        verbs: Verbs::Text,
        braces: Verbs::Text,
        hole_binds: false,
        at: false,
        mybatis: true,
    };
    let mut mapper = false;
    // The statement being read, and how deep inside it we are.
    let mut buf: Option<Buf> = None;
    let mut depth = 0usize;
    // Depth at which a dynamic element started (its content is one marker).
    let mut skip_from: Option<usize> = None;
    let Some(file) = pairs.into_iter().next() else {
        return out;
    };
    for p in file.into_inner() {
        let start = p.as_span().start();
        match p.as_rule() {
            Rule::open_tag => {
                let mut inner = p.clone().into_inner();
                let name = inner.next().map_or("", |n| n.as_str());
                let self_closing = inner.any(|x| x.as_rule() == Rule::self_close);
                if name == "mapper" {
                    mapper = true;
                }
                if let Some(b) = buf.as_mut() {
                    if skip_from.is_none() {
                        if name != "selectKey" {
                            b.marker(start);
                        }
                        if !self_closing {
                            skip_from = Some(depth);
                        }
                    }
                    if !self_closing {
                        depth += 1;
                    }
                } else if mapper && STATEMENTS.contains(&name) && !self_closing {
                    buf = Some(Buf::default());
                    depth = 0;
                }
            }
            Rule::close_tag => {
                if let Some(b) = buf.take() {
                    if depth == 0 {
                        if let Some(mut s) = finish(b, &opts) {
                            s.confidence = Confidence::High;
                            out.snippets.push(s);
                        }
                        skip_from = None;
                        continue;
                    }
                    depth -= 1;
                    if skip_from == Some(depth) {
                        skip_from = None;
                    }
                    buf = Some(b);
                }
            }
            Rule::text => {
                if let (Some(b), None) = (buf.as_mut(), skip_from) {
                    b.raw(p.as_str(), start);
                }
            }
            Rule::entity => {
                if let (Some(b), None) = (buf.as_mut(), skip_from) {
                    b.decoded(&entity(p.as_str()), start);
                }
            }
            Rule::cdata => {
                if let (Some(b), None) = (buf.as_mut(), skip_from) {
                    if let Some(body) = p.into_inner().next() {
                        b.raw(body.as_str(), body.as_span().start());
                    }
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
    out
}
