//! The driver shared by all host languages: from the literals a host lexer
//! found, builds snippets. It reads code only around literals: backwards to
//! the call a literal is an argument of (or the variable it is assigned to),
//! forwards through a concatenation.

use super::lex::{Kind, Lit, Seg};
use super::{line_col, shape, Confidence, Extracted, Snippet, Suppression};
use std::ops::Range;

mod callee;
mod concat;
mod cursor;
mod snippet;
mod spec;
mod suppress;

use snippet::*;
pub(crate) use snippet::{finish, Buf, Opts};
pub(crate) use spec::*;
pub(crate) use suppress::{parse_suppression, suppressions};

#[derive(Clone, Debug)]
enum Piece {
    Lit(usize),
    Dyn(Range<usize>),
    /// A space joining array elements (MyBatis `@Select({"…", "…"})`), at the comma.
    Space(usize),
}

#[derive(Clone, Debug)]
struct Callee {
    name: Range<usize>,
    recv: Range<usize>,
    via: Via,
    /// Start of the whole callee (receiver included).
    start: usize,
    open: usize,
}

#[derive(Clone, Debug, Default)]
struct Ctx {
    callee: Option<Callee>,
    /// The literal is the callee's first argument (or a named one).
    first: bool,
    /// Assigned to this name (`x = "…"`, `x .= "…"`, `name: "…"` is not one).
    assign: Option<Range<usize>>,
    /// The identifier right before a template literal.
    tag: Option<Range<usize>>,
    /// Inside a `{…}` array argument (annotations).
    array: bool,
}

struct Driver<'a> {
    text: &'a str,
    b: &'a [u8],
    lits: &'a [Lit],
    spec: &'a Spec,
    consumed: Vec<bool>,
    /// The comments' ranges (the whitespace walks only look for these).
    comments: Vec<Range<usize>>,
}

pub(crate) fn run(text: &str, lits: &[Lit], spec: &Spec) -> Extracted {
    let mut d = Driver {
        text,
        b: text.as_bytes(),
        lits,
        spec,
        consumed: vec![false; lits.len()],
        comments: lits
            .iter()
            .filter(|l| l.kind == Kind::Comment)
            .map(|l| l.range.clone())
            .collect(),
    };
    let mut out = Extracted {
        suppressions: suppressions(text, lits),
        ..Default::default()
    };
    for (i, lit) in lits.iter().enumerate() {
        if d.consumed[i] || !matches!(lit.kind, Kind::Str | Kind::Template) {
            continue;
        }
        if let Some(s) = d.expression_snippet(i) {
            out.snippets.push(s);
        }
    }
    out
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

const MAX_BACK: usize = 800;

/// Translation functions whose string arguments are UI text.
const I18N_FUNCS: &[&str] = &[
    "__",
    "_e",
    "_x",
    "_n",
    "_ex",
    "_nx",
    "esc_html__",
    "esc_attr__",
    "esc_html_e",
    "esc_attr_e",
    "esc_html_x",
    "esc_attr_x",
    "translate",
    "_",
    "gettext",
    "ngettext",
    "pgettext",
    "t",
    "$t",
];

impl Driver<'_> {
    fn expression_snippet(&mut self, i: usize) -> Option<Snippet> {
        let lit_start = self.lits[i].range.start;
        // A leading non-literal operand (`$base . " WHERE …"`).
        let mut start = lit_start;
        let mut pieces = Vec::new();
        loop {
            let p = self.back_ws(start);
            let op = self.concat_before(p);
            if op == 0 {
                break;
            }
            let e = self.back_ws(p - op);
            let s = self.scan_operand_back(e);
            if s == e {
                break;
            }
            pieces.insert(0, Piece::Dyn(s..e));
            start = s;
        }
        let template = self.lits[i].kind == Kind::Template;
        let mut ctx = self.context(start, template && start == lit_start);
        let (mut pieces, mut end) = self.pieces_from(i, pieces, ctx.array);
        let mut verbs = self.spec.verbs;
        let mut braces = false;
        let mut hole_binds = false;
        let mut brace_binds = false;
        let mut formatted = false;
        if let Some((does, e)) = self.postfix_format(end) {
            formatted = true;
            verbs = Verbs::Marker;
            braces = does == Does::FormatBraces;
            end = e;
        }
        let mut call = ctx
            .callee
            .as_ref()
            .filter(|_| ctx.first)
            .and_then(|c| self.find_call(c));
        if ctx.callee.is_some() && call.is_none() && !ctx.first {
            // A later argument: only calls that take the SQL after other arguments.
            call = ctx
                .callee
                .as_ref()
                .filter(|c| !self.string_between(c.open, start))
                .and_then(|c| self.find_call(c))
                .filter(|k| k.any_arg);
        } else if ctx.callee.is_some() && !ctx.first {
            call = None;
        }
        if let Some(k) = call {
            if matches!(k.does, Does::Format | Does::FormatBraces) {
                formatted = true;
                verbs = Verbs::Marker;
                braces = k.does == Does::FormatBraces;
                // The call the formatted string goes to.
                let outer = ctx.callee.as_ref().map_or(start, |c| c.start);
                ctx = self.context(outer, false);
                call = ctx
                    .callee
                    .as_ref()
                    .filter(|_| ctx.first)
                    .and_then(|c| self.find_call(c));
            }
        }
        if let Some(tag) = ctx.tag.clone() {
            let name = &self.text[tag];
            call = self
                .spec
                .calls
                .iter()
                .find(|c| c.via == Via::Tag && c.name == name);
        }
        if call.is_none() {
            if let Some(a) = ctx.assign.clone() {
                let name = &self.text[a];
                call = self
                    .spec
                    .calls
                    .iter()
                    .find(|c| c.via == Via::Assign && c.name == name);
            }
        }
        let mut high = false;
        if let Some(k) = call {
            match k.does {
                Does::Jpql => {
                    self.mark_consumed(start..end);
                    return None;
                }
                Does::NativeFlag => {
                    let native = ctx.callee.as_ref().is_some_and(|c| {
                        let e = self.skip_balanced(c.open);
                        let args: String = self.text[c.open..e]
                            .chars()
                            .filter(|c| !c.is_whitespace())
                            .collect();
                        args.contains("nativeQuery=true")
                    });
                    if !native {
                        self.mark_consumed(start..end);
                        return None;
                    }
                    high = true;
                }
                Does::Sql => high = true,
                Does::BindVerbs => {
                    high = true;
                    if !formatted {
                        verbs = Verbs::Bind;
                    }
                }
                Does::BindSdfi => {
                    high = true;
                    if !formatted {
                        verbs = Verbs::BindSdfi;
                    }
                }
                Does::HoleBinds => {
                    high = true;
                    hole_binds = true;
                }
                Does::BraceBinds => {
                    high = true;
                    if !formatted {
                        brace_binds = true;
                    }
                }
                Does::Format | Does::FormatBraces => {}
            }
        }
        // UI text: an argument of a translation call is never SQL by shape.
        if !high && ctx.callee.as_ref().is_some_and(|c| self.is_i18n(c)) {
            self.mark_consumed(start..end);
            return None;
        }
        // Only a string that starts like a statement can be SQL by shape.
        if !high && !self.starts_like_statement(&pieces) {
            self.mark_consumed(start..end);
            return None;
        }
        // A variable built here and appended to, then passed to a known call.
        let mut appended = Vec::new();
        if !high {
            if let Some(a) = ctx.assign.clone() {
                let name = self.text[a].to_string();
                end = self.appends(&name, end, &mut pieces);
                appended = self.later_appends(&name, end, &mut pieces);
                if let Some((_, k)) = self.later_call(&name, end) {
                    high = true;
                    if k.does == Does::BindVerbs && !formatted {
                        verbs = Verbs::Bind;
                    }
                    if k.does == Does::BindSdfi && !formatted {
                        verbs = Verbs::BindSdfi;
                    }
                }
            }
        }
        self.mark_consumed(start..end);
        for &j in &appended {
            self.consumed[j] = true;
        }
        for p in &pieces {
            if let Piece::Lit(j) = p {
                self.consumed[*j] = true;
            }
        }
        let opts = Opts {
            verbs,
            braces: if brace_binds {
                Verbs::Bind
            } else if braces {
                Verbs::Marker
            } else {
                Verbs::Text
            },
            hole_binds,
            at: self.spec.at_binds,
            mybatis: self.spec.mybatis,
        };
        let s = build(self.text, self.lits, &pieces, &opts)?;
        let confidence = if high {
            Confidence::High
        } else if shape::looks_like_sql(&s.sql) {
            Confidence::Medium
        } else {
            return None;
        };
        Some(Snippet { confidence, ..s })
    }
}
