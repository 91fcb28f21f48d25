//! The driver shared by all host languages: from the literals a host lexer
//! found, builds snippets. It reads code only around literals: backwards to
//! the call a literal is an argument of (or the variable it is assigned to),
//! forwards through a concatenation.

use super::lex::{Kind, Lit, Seg};
use super::{line_col, shape, Confidence, Extracted, Snippet, Suppression};
use std::ops::Range;

/// How a call (or assignment, or template tag) is written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Via {
    /// `x.name(`, `x->name(`, `x?.name(`.
    Method,
    /// `X::name(`.
    Static,
    /// `name(` or `module.name(`.
    Func,
    /// `@Name(`.
    Annot,
    /// `new Name(`.
    New,
    /// `name = "…"`.
    Assign,
    /// name`…` (a tagged template).
    Tag,
}

/// What a known call does with the string.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Does {
    /// Runs it as SQL.
    Sql,
    /// Runs it as SQL with `%s`-style verbs bound to the other arguments.
    BindVerbs,
    /// Runs it as SQL with `%s`/`%d`/`%f`/`%i` bound (PHP's `->prepare`: PDO
    /// never uses `%` verbs, `$wpdb` and its kin bind them); other `%` stay text.
    BindSdfi,
    /// Runs it as SQL, interpolation holes are bound values.
    HoleBinds,
    /// JPQL/HQL: not SQL, skipped.
    Jpql,
    /// SQL only when the call also says `nativeQuery = true` (else JPQL, skipped).
    NativeFlag,
    /// A format call (`sprintf`): its verbs are run-time text.
    Format,
    /// A format call whose fields are `{…}` (`.format`, `string.Format`).
    FormatBraces,
    /// Runs it as SQL, `{0}` fields are bound values (EF Core's `…Raw`).
    BraceBinds,
}

pub(crate) struct Call {
    pub name: &'static str,
    pub via: Via,
    /// The receiver (`DB`, `$wpdb`, `fmt`), or "" for any.
    pub recv: &'static str,
    /// The SQL may be a later argument (after a context, a destination…).
    pub any_arg: bool,
    pub does: Does,
}

pub(crate) const fn call(name: &'static str, via: Via, does: Does) -> Call {
    Call {
        name,
        via,
        recv: "",
        any_arg: false,
        does,
    }
}

pub(crate) const fn call_on(name: &'static str, via: Via, recv: &'static str, does: Does) -> Call {
    Call {
        name,
        via,
        recv,
        any_arg: false,
        does,
    }
}

pub(crate) const fn call_any_arg(name: &'static str, via: Via, does: Does) -> Call {
    Call {
        name,
        via,
        recv: "",
        any_arg: true,
        does,
    }
}

/// `%s`-style verbs in a string.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Verbs {
    Text,
    Bind,
    /// Only `%s`, `%d`, `%f`, `%F`, `%i` (with flags) are bound; other `%` are text.
    BindSdfi,
    Marker,
}

/// A host language as the driver sees it.
pub(crate) struct Spec {
    /// `+` concatenates strings.
    pub plus: bool,
    /// `.` concatenates strings (PHP).
    pub dot: bool,
    /// Adjacent literals are one string (Python, Ruby).
    pub adjacent: bool,
    /// `"…" % args` formats (Python, Ruby).
    pub percent: bool,
    pub calls: &'static [Call],
    /// Verbs in a string at no known call.
    pub verbs: Verbs,
    /// `@name` is a bound value (C#).
    pub at_binds: bool,
    /// `#{x}` binds and `${x}` markers (MyBatis annotations).
    pub mybatis: bool,
    /// `name<T>(` calls (C#, Java, TypeScript).
    pub generics: bool,
    /// Statements end at a newline (no `;` needed).
    pub newline_ends: bool,
    /// `$` is part of identifiers (PHP variables, JS names).
    pub dollar_ident: bool,
    /// Calls without parentheses (`execute "…"`, Ruby).
    pub bare_calls: bool,
}

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

/// `my2pg: ignore[CODE,…]` in comments.
pub(crate) fn suppressions(text: &str, lits: &[Lit]) -> Vec<Suppression> {
    let mut out = Vec::new();
    for l in lits.iter().filter(|l| l.kind == Kind::Comment) {
        let body = &text[l.range.clone()];
        if let Some(s) = parse_suppression(text, body, l.range.clone()) {
            out.push(s);
        }
    }
    out
}

pub(crate) fn parse_suppression(text: &str, body: &str, span: Range<usize>) -> Option<Suppression> {
    let at = body.find("my2pg:")?;
    let rest = body[at + 6..].trim_start();
    let rest = rest.strip_prefix("ignore[")?;
    let end = rest.find(']')?;
    let codes: Vec<String> = rest[..end]
        .split(',')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    if codes.is_empty() {
        return None;
    }
    Some(Suppression {
        line: line_col(text, span.start).0,
        codes,
        span,
    })
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
    fn ident(&self, c: u8) -> bool {
        is_ident(c) || (c == b'$' && self.spec.dollar_ident)
    }

    fn at(&self, p: usize) -> u8 {
        self.b.get(p).copied().unwrap_or(0)
    }

    /// The literal whose range holds byte `p - 1`, if any.
    fn lit_before(&self, p: usize) -> Option<usize> {
        let i = self.lits.partition_point(|l| l.range.start < p);
        let i = i.checked_sub(1)?;
        (self.lits[i].range.end >= p).then_some(i)
    }

    /// `lit_before` for a walk backwards (`p` never grows between calls):
    /// `li` counts the literals starting before `p`, no binary search per byte.
    fn lit_before_from(&self, p: usize, li: &mut usize) -> Option<usize> {
        while *li > 0 && self.lits[*li - 1].range.start >= p {
            *li -= 1;
        }
        let i = li.checked_sub(1)?;
        (self.lits[i].range.end >= p).then_some(i)
    }

    /// The comment holding byte `p - 1`, if any.
    fn comment_before(&self, p: usize) -> Option<&Range<usize>> {
        let i = self
            .comments
            .partition_point(|r| r.start < p)
            .checked_sub(1)?;
        let r = &self.comments[i];
        (r.end >= p).then_some(r)
    }

    /// The comment starting at `p`, if any.
    fn comment_at(&self, p: usize) -> Option<&Range<usize>> {
        let i = self.comments.partition_point(|r| r.start < p);
        self.comments.get(i).filter(|r| r.start == p)
    }

    /// The literal starting at `p`, if any.
    fn lit_at(&self, p: usize) -> Option<usize> {
        let i = self.lits.partition_point(|l| l.range.start < p);
        (self.lits.get(i)?.range.start == p).then_some(i)
    }

    fn is_str(&self, i: usize) -> bool {
        matches!(self.lits[i].kind, Kind::Str | Kind::Template)
    }

    /// Back over whitespace and comments.
    fn back_ws(&self, mut p: usize) -> usize {
        while p > 0 {
            let c = self.b[p - 1];
            if c.is_ascii_whitespace() || (c == b'\\' && self.at(p) == b'\n') {
                p -= 1;
            } else if let Some(r) = self.comment_before(p) {
                p = r.start;
            } else {
                break;
            }
        }
        p
    }

    /// Forward over whitespace and comments (and `\` line continuations).
    fn fwd_ws(&self, mut p: usize) -> usize {
        while p < self.b.len() {
            let c = self.b[p];
            if c.is_ascii_whitespace() || (c == b'\\' && matches!(self.at(p + 1), b'\n' | b'\r')) {
                p += 1;
            } else if let Some(r) = self.comment_at(p) {
                p = r.end.max(p + 1);
            } else {
                break;
            }
        }
        p
    }

    fn ident_back(&self, mut p: usize) -> usize {
        while p > 0 && self.ident(self.b[p - 1]) {
            p -= 1;
        }
        p
    }

    fn ident_fwd(&self, mut p: usize) -> usize {
        while p < self.b.len() && self.ident(self.b[p]) {
            p += 1;
        }
        p
    }

    /// From an opening bracket at `p`, the position after its match (or the end).
    fn skip_balanced(&self, mut p: usize) -> usize {
        let mut depth = 0usize;
        let limit = (p + 20_000).min(self.b.len());
        let mut li = self.lits.partition_point(|l| l.range.start < p);
        while p < limit {
            while li < self.lits.len() && self.lits[li].range.start < p {
                li += 1;
            }
            if li < self.lits.len() && self.lits[li].range.start == p {
                p = self.lits[li].range.end.max(p + 1);
                continue;
            }
            match self.b[p] {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return p + 1;
                    }
                }
                _ => {}
            }
            p += 1;
        }
        limit
    }

    /// From a closing bracket ending at `p` (byte `p - 1`), the position of its match.
    fn skip_balanced_back(&self, mut p: usize) -> Option<usize> {
        let mut depth = 0usize;
        let floor = p.saturating_sub(MAX_BACK);
        let mut li = self.lits.partition_point(|l| l.range.start < p);
        while p > floor {
            if let Some(i) = self.lit_before_from(p, &mut li) {
                p = self.lits[i].range.start;
                continue;
            }
            match self.b[p - 1] {
                b')' | b']' | b'}' => depth += 1,
                b'(' | b'[' | b'{' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(p - 1);
                    }
                }
                _ => {}
            }
            p -= 1;
        }
        None
    }

    /// The unmatched opening bracket before `p`, and whether no `,` came between.
    fn enclosing_open(&self, mut p: usize) -> Option<(usize, bool)> {
        let mut first = true;
        let floor = p.saturating_sub(MAX_BACK);
        let mut li = self.lits.partition_point(|l| l.range.start < p);
        while p > floor {
            if let Some(i) = self.lit_before_from(p, &mut li) {
                p = self.lits[i].range.start;
                continue;
            }
            match self.b[p - 1] {
                b')' | b']' | b'}' => p = self.skip_balanced_back(p)? + 1,
                b'(' | b'[' | b'{' => return Some((p - 1, first)),
                b',' => first = false,
                b';' => return None,
                _ => {}
            }
            p -= 1;
        }
        None
    }

    /// The callee whose argument list opens at `open`.
    fn callee_at(&self, open: usize) -> Option<Callee> {
        self.callee_before(self.back_ws(open), open)
    }

    /// The callee whose name ends at `q` (arguments from `open`).
    fn callee_before(&self, mut q: usize, open: usize) -> Option<Callee> {
        if self.spec.generics && q > 0 && self.b[q - 1] == b'>' {
            let mut depth = 0;
            while q > 0 {
                q -= 1;
                match self.b[q] {
                    b'>' => depth += 1,
                    b'<' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    b'(' | b')' | b';' | b'{' | b'}' | b'"' | b'\'' => return None,
                    _ => {}
                }
            }
            q = self.back_ws(q);
        }
        let ns = self.ident_back(q);
        if ns == q {
            return None;
        }
        let name = ns..q;
        let r = self.back_ws(ns);
        let before = &self.b[..r];
        let (via, op) = if before.ends_with(b"->") {
            (Via::Method, 2)
        } else if before.ends_with(b"::") {
            (Via::Static, 2)
        } else if before.ends_with(b".") && !self.spec.dot {
            (Via::Method, 1 + usize::from(before.ends_with(b"?.")))
        } else if ns > 0 && self.b[ns - 1] == b'@' {
            (Via::Annot, 0)
        } else if before.ends_with(b"new") && (r < 4 || !self.ident(self.b[r - 4])) {
            (Via::New, 0)
        } else {
            (Via::Func, 0)
        };
        let (recv, start) = if op > 0 {
            let re = self.back_ws(r - op);
            let rs = self.ident_back(re);
            (rs..re, rs)
        } else {
            (ns..ns, if via == Via::Annot { ns - 1 } else { ns })
        };
        Some(Callee {
            name,
            recv,
            via,
            start,
            open,
        })
    }

    /// A translation (i18n) call: gettext and WordPress's `__`, `_e`, …,
    /// `t`/`$t`/`i18n.t`, `intl.formatMessage`, resource lookups.
    fn is_i18n(&self, callee: &Callee) -> bool {
        let name = &self.text[callee.name.clone()];
        let recv = &self.text[callee.recv.clone()];
        match callee.via {
            Via::Func => I18N_FUNCS.contains(&name),
            Via::Method => {
                matches!(
                    name,
                    "t" | "$t" | "formatMessage" | "translate" | "gettext" | "ngettext"
                ) || (matches!(name, "getString" | "GetString")
                    && (recv.contains("esource") || recv.contains("undle")))
            }
            Via::Static => matches!(name, "t" | "translate") && recv == "I18n",
            _ => false,
        }
    }

    fn find_call(&self, callee: &Callee) -> Option<&'static Call> {
        let name = &self.text[callee.name.clone()];
        let recv = &self.text[callee.recv.clone()];
        self.spec.calls.iter().find(|c| {
            c.name == name
                && (c.recv.is_empty() || c.recv == recv)
                && match c.via {
                    Via::Func => matches!(callee.via, Via::Func | Via::Method),
                    v => v == callee.via,
                }
        })
    }

    /// What surrounds an expression starting at `s`.
    fn context(&self, s: usize, template: bool) -> Ctx {
        let mut ctx = Ctx::default();
        let p = self.back_ws(s);
        if p == 0 {
            return ctx;
        }
        if template && p == s && self.ident(self.b[p - 1]) {
            let ts = self.ident_back(p);
            ctx.tag = Some(ts..p);
            // `Prisma.sql`…``, `this.$queryRaw`…``: the tag is the last name.
            return ctx;
        }
        match self.b[p - 1] {
            b'(' => {
                ctx.callee = self.callee_at(p - 1);
                ctx.first = true;
            }
            b',' => {
                if let Some((open, first)) = self.enclosing_open(p - 1) {
                    ctx.first = first && self.b[open] == b'{';
                    ctx.array = self.b[open] == b'{';
                    let open = if ctx.array {
                        // `@Select({"…", "…"})`
                        let q = self.back_ws(open);
                        if q > 0 && self.b[q - 1] == b'(' {
                            q - 1
                        } else {
                            return ctx;
                        }
                    } else {
                        open
                    };
                    ctx.callee = self.callee_at(open);
                }
            }
            b'{' | b'[' => {
                let q = self.back_ws(p - 1);
                if q > 0 && self.b[q - 1] == b'(' {
                    ctx.callee = self.callee_at(q - 1);
                    ctx.first = true;
                    ctx.array = true;
                }
            }
            b'=' => {
                let mut q = p - 1;
                if q > 0 && matches!(self.b[q - 1], b'=' | b'!' | b'<' | b'>') {
                    return ctx;
                }
                if q > 0 && matches!(self.b[q - 1], b'.' | b'+' | b':') {
                    q -= 1;
                }
                let e = self.back_ws(q);
                let st = self.ident_back(e);
                if st == e {
                    return ctx;
                }
                ctx.assign = Some(st..e);
                // A named argument: `@Query(value = "…")`, `text(sql="…")`.
                let r = self.back_ws(st);
                if r > 0 && matches!(self.b[r - 1], b'(' | b',') {
                    if let Some((open, _)) = self.enclosing_open(r) {
                        if self.b[open] == b'(' {
                            ctx.callee = self.callee_at(open);
                            ctx.first = true;
                        }
                    }
                }
            }
            c if self.spec.bare_calls && p < s && self.ident(c) => {
                // `execute "…"`, `connection.select_all <<~SQL`
                ctx.callee = self.callee_before(p, p);
                ctx.first = true;
            }
            _ => {}
        }
        ctx
    }

    /// A concatenation operator at `p`: its length.
    fn concat_at(&self, p: usize) -> usize {
        let c = self.at(p);
        let n = self.at(p + 1);
        if self.spec.dot && c == b'.' && n != b'=' && n != b'.' && !n.is_ascii_digit() {
            return 1;
        }
        if self.spec.plus && c == b'+' && n != b'+' && n != b'=' {
            return 1;
        }
        0
    }

    /// A concatenation operator ending at `p`: its length.
    fn concat_before(&self, p: usize) -> usize {
        if p == 0 {
            return 0;
        }
        let c = self.b[p - 1];
        let before = if p >= 2 { self.b[p - 2] } else { 0 };
        if (self.spec.dot && c == b'.' && before != b'.' && before != b'?')
            || (self.spec.plus && c == b'+' && before != b'+')
        {
            return 1;
        }
        0
    }

    /// A non-literal operand starting at `p`: its end (`p` when there is none).
    fn scan_operand(&self, mut p: usize) -> usize {
        let start = p;
        while matches!(self.at(p), b'!' | b'-' | b'~' | b'&' | b'*' | b'@') {
            p += 1;
        }
        let mut any = false;
        loop {
            if p >= self.b.len() {
                break;
            }
            let c = self.b[p];
            let rest = &self.b[p..];
            if let Some(i) = self.lit_at(p) {
                // A string right after a name is the name's argument (Ruby `f "x"` aside): stop.
                if !any && self.is_str(i) {
                    break;
                }
                if self.lits[i].kind != Kind::Comment && any {
                    break;
                }
            }
            if self.ident(c) {
                p = self.ident_fwd(p);
            } else if matches!(c, b'(' | b'[' | b'{') {
                p = self.skip_balanced(p);
            } else if rest.starts_with(b"->") && any {
                p += 2;
            } else if rest.starts_with(b"?->") && any {
                p += 3;
            } else if rest.starts_with(b"::")
                || ((rest.starts_with(b"?.") || rest.starts_with(b"!!")) && any)
            {
                p += 2;
            } else if c == b'.'
                && !self.spec.dot
                && any
                && rest.get(1).is_some_and(|&n| self.ident(n))
            {
                p += 1;
            } else {
                break;
            }
            any = true;
        }
        if any {
            p
        } else {
            start
        }
    }

    /// A non-literal operand ending at `e`: its start (`e` when there is none).
    fn scan_operand_back(&self, e: usize) -> usize {
        let mut p = e;
        let floor = e.saturating_sub(MAX_BACK);
        loop {
            if p <= floor {
                break;
            }
            if self.lit_before(p).is_some() {
                break;
            }
            let c = self.b[p - 1];
            let before = &self.b[..p];
            if self.ident(c) {
                p = self.ident_back(p);
            } else if matches!(c, b')' | b']') {
                match self.skip_balanced_back(p) {
                    Some(o) => p = o,
                    None => break,
                }
                continue;
            } else {
                break;
            }
            // What joins this part to the one before it.
            if before.len() >= p {
                let b2 = &self.b[..p];
                if b2.ends_with(b"->") || b2.ends_with(b"::") {
                    p -= 2;
                } else if b2.ends_with(b".") && !self.spec.dot {
                    p -= 1;
                } else {
                    break;
                }
            }
        }
        while p < e && matches!(self.b[p], b'-' | b'>' | b':' | b'.') {
            p += 1;
        }
        p
    }

    /// The pieces of the expression starting at literal `i`, and its end.
    fn pieces_from(&self, i: usize, mut pieces: Vec<Piece>, array: bool) -> (Vec<Piece>, usize) {
        pieces.push(Piece::Lit(i));
        let mut p = self.lits[i].range.end;
        loop {
            let q = self.fwd_ws(p);
            if self.spec.adjacent {
                if let Some(j) = self.lit_at(q).filter(|&j| self.is_str(j)) {
                    pieces.push(Piece::Lit(j));
                    p = self.lits[j].range.end;
                    continue;
                }
            }
            if array && self.at(q) == b',' {
                let r = self.fwd_ws(q + 1);
                if let Some(j) = self.lit_at(r).filter(|&j| self.is_str(j)) {
                    pieces.push(Piece::Space(q));
                    pieces.push(Piece::Lit(j));
                    p = self.lits[j].range.end;
                    continue;
                }
            }
            let op = self.concat_at(q);
            if op == 0 {
                break;
            }
            let r = self.fwd_ws(q + op);
            if let Some(j) = self.lit_at(r).filter(|&j| self.is_str(j)) {
                pieces.push(Piece::Lit(j));
                p = self.lits[j].range.end;
                continue;
            }
            let e = self.scan_operand(r);
            if e == r {
                break;
            }
            pieces.push(Piece::Dyn(r..e));
            p = e;
        }
        (pieces, p)
    }

    /// `"…" % args` or `"…".format(…)` after an expression ending at `p`:
    /// the verbs mode it implies and the end of the formatting.
    fn postfix_format(&self, p: usize) -> Option<(Does, usize)> {
        let q = self.fwd_ws(p);
        if self.spec.percent && self.at(q) == b'%' && self.at(q + 1) != b'=' {
            let r = self.fwd_ws(q + 1);
            let e = if let Some(j) = self.lit_at(r) {
                self.lits[j].range.end
            } else {
                self.scan_operand(r)
            };
            return Some((Does::Format, e));
        }
        let rest = &self.b[q.min(self.b.len())..];
        for (m, does) in [
            (&b".format("[..], Does::FormatBraces),
            (b".formatted(", Does::Format),
        ] {
            if rest.starts_with(m) {
                return Some((does, self.skip_balanced(q + m.len() - 1)));
            }
        }
        None
    }

    /// The expression's first piece is a literal whose text starts with a statement keyword.
    fn starts_like_statement(&self, pieces: &[Piece]) -> bool {
        let Some(Piece::Lit(j)) = pieces.first() else {
            return false;
        };
        // The first text that is not blank (a heredoc starts with its newline).
        let mut t = "";
        for seg in &self.lits[*j].segs {
            let Seg::Raw(r) = seg else {
                return false;
            };
            t = self.text[r.clone()]
                .trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '(');
            if !t.is_empty() {
                break;
            }
        }
        let w = t
            .as_bytes()
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let w = &t[..w];
        shape::KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(w))
    }

    /// A string literal lies between `a` and `b` (an earlier argument was the SQL).
    fn string_between(&self, a: usize, b: usize) -> bool {
        let i = self.lits.partition_point(|l| l.range.start <= a);
        self.lits[i..]
            .iter()
            .take_while(|l| l.range.start < b)
            .any(|l| matches!(l.kind, Kind::Str | Kind::Template))
    }

    fn mark_consumed(&mut self, r: Range<usize>) {
        let i = self.lits.partition_point(|l| l.range.start < r.start);
        for j in i..self.lits.len() {
            if self.lits[j].range.start >= r.end {
                break;
            }
            self.consumed[j] = true;
        }
    }

    /// Statements right after `p` that append to variable `name` (`$sql .= …;`, `sql += …`):
    /// their pieces, and the end of the last one.
    fn appends(&self, name: &str, mut p: usize, pieces: &mut Vec<Piece>) -> usize {
        loop {
            let mut q = self.fwd_ws(p);
            if self.at(q) == b';' {
                q = self.fwd_ws(q + 1);
            } else if !self.spec.newline_ends {
                return p;
            }
            if !self.b[q..].starts_with(name.as_bytes()) {
                return p;
            }
            let r = self.fwd_ws(q + name.len());
            let rest = &self.b[r..];
            let op = if (self.spec.dot && rest.starts_with(b".="))
                || rest.starts_with(b"+=")
                || rest.starts_with(b"<<")
            {
                2
            } else {
                return p;
            };
            let s = self.fwd_ws(r + op);
            match self.lit_at(s).filter(|&j| self.is_str(j)) {
                Some(j) => {
                    let (more, e) = self.pieces_from(j, std::mem::take(pieces), false);
                    *pieces = more;
                    p = e;
                }
                None => {
                    let e = self.scan_operand(s);
                    if e == s {
                        return p;
                    }
                    let after = self.fwd_ws(e);
                    if self.concat_at(after) > 0 {
                        let r2 = self.fwd_ws(after + 1);
                        if let Some(j) = self.lit_at(r2).filter(|&j| self.is_str(j)) {
                            pieces.push(Piece::Dyn(s..e));
                            let (more, e2) = self.pieces_from(j, std::mem::take(pieces), false);
                            *pieces = more;
                            p = e2;
                            continue;
                        }
                    }
                    pieces.push(Piece::Dyn(s..e));
                    p = e;
                }
            }
        }
    }

    /// Later appends of string literals to variable `name` (`sql += " AND x = %s"` inside
    /// an `if`, after other statements), up to its next assignment or a use that is not
    /// an append: their literals are added to `pieces` (as if every branch ran), and
    /// their indexes returned.
    fn later_appends(&self, name: &str, p: usize, pieces: &mut Vec<Piece>) -> Vec<usize> {
        let mut out = Vec::new();
        let end = (p + 3000).min(self.b.len());
        let finder = memchr::memmem::Finder::new(name.as_bytes());
        let mut from = p;
        while let Some(at) = finder.find(&self.b[from..end]) {
            let s = from + at;
            let e = s + name.len();
            from = e;
            if (s > 0 && self.ident(self.b[s - 1])) || self.ident(self.at(e)) {
                continue;
            }
            if s > 0 && matches!(self.b[s - 1], b'.' | b'>') {
                continue;
            }
            if self.lit_before(s + 1).is_some() {
                continue;
            }
            let r = self.fwd_ws(e);
            let rest = &self.b[r..];
            let op = (self.spec.dot && rest.starts_with(b".=")) || rest.starts_with(b"+=");
            if !op {
                // Read (or assigned again): the query is complete.
                break;
            }
            let q = self.fwd_ws(r + 2);
            let Some(j) = self.lit_at(q).filter(|&j| self.is_str(j)) else {
                break;
            };
            let (more, e2) = self.pieces_from(j, std::mem::take(pieces), false);
            *pieces = more;
            let last = self.lits.partition_point(|l| l.range.start < e2);
            out.extend(j..last);
            from = e2;
        }
        out
    }

    /// The known call that variable `name` is passed to soon after `p`, if any.
    fn later_call(&self, name: &str, p: usize) -> Option<(Callee, &'static Call)> {
        let end = (p + 3000).min(self.b.len());
        let hay = &self.b[p..end];
        let finder = memchr::memmem::Finder::new(name.as_bytes());
        for at in finder.find_iter(hay) {
            let s = p + at;
            let e = s + name.len();
            if (s > 0 && self.ident(self.b[s - 1])) || self.ident(self.at(e)) {
                continue;
            }
            if self.lit_before(s + 1).is_some() {
                continue;
            }
            let after = self.fwd_ws(e);
            if self.at(after) == b'=' && self.at(after + 1) != b'=' {
                // Assigned again: what follows is another query.
                return None;
            }
            if !matches!(self.at(after), b')' | b',') {
                continue;
            }
            let ctx = self.context(s, false);
            if let Some(c) = ctx.callee {
                if let Some(k) = self.find_call(&c).filter(|k| ctx.first || k.any_arg) {
                    if matches!(
                        k.does,
                        Does::Sql | Does::BindVerbs | Does::BindSdfi | Does::HoleBinds
                    ) {
                        return Some((c, k));
                    }
                }
            }
        }
        None
    }

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

const MARK: char = '\u{1}';
const BIND: char = '\u{2}';

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

fn build(text: &str, lits: &[Lit], pieces: &[Piece], opts: &Opts) -> Option<Snippet> {
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

fn is_word(c: u8) -> bool {
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
fn push_bind(
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
fn verb_len(s: &[u8]) -> Option<usize> {
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
