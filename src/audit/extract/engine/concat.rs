//! Strings joined into one statement: concatenation operators, interpolation,
//! appends to a variable (`.=`, `+=`, later appends) and format calls.

use super::*;
use std::ops::Range;

impl Driver<'_> {
    /// A concatenation operator at `p`: its length.
    pub(super) fn concat_at(&self, p: usize) -> usize {
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
    pub(super) fn concat_before(&self, p: usize) -> usize {
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
    pub(super) fn scan_operand(&self, mut p: usize) -> usize {
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
    pub(super) fn scan_operand_back(&self, e: usize) -> usize {
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
    pub(super) fn pieces_from(
        &self,
        i: usize,
        mut pieces: Vec<Piece>,
        array: bool,
    ) -> (Vec<Piece>, usize) {
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
    pub(super) fn postfix_format(&self, p: usize) -> Option<(Does, usize)> {
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
    pub(super) fn starts_like_statement(&self, pieces: &[Piece]) -> bool {
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
    pub(super) fn string_between(&self, a: usize, b: usize) -> bool {
        let i = self.lits.partition_point(|l| l.range.start <= a);
        self.lits[i..]
            .iter()
            .take_while(|l| l.range.start < b)
            .any(|l| matches!(l.kind, Kind::Str | Kind::Template))
    }

    pub(super) fn mark_consumed(&mut self, r: Range<usize>) {
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
    pub(super) fn appends(&self, name: &str, mut p: usize, pieces: &mut Vec<Piece>) -> usize {
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
    pub(super) fn later_appends(
        &self,
        name: &str,
        p: usize,
        pieces: &mut Vec<Piece>,
    ) -> Vec<usize> {
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
    pub(super) fn later_call(&self, name: &str, p: usize) -> Option<(Callee, &'static Call)> {
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
}
