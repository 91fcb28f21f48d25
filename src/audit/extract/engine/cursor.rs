//! Cursor primitives of the driver: bytes, literals and comments around a position,
//! whitespace, identifiers and balanced brackets, forwards and backwards.

use super::*;
use std::ops::Range;

impl Driver<'_> {
    pub(super) fn ident(&self, c: u8) -> bool {
        is_ident(c) || (c == b'$' && self.spec.dollar_ident)
    }

    pub(super) fn at(&self, p: usize) -> u8 {
        self.b.get(p).copied().unwrap_or(0)
    }

    /// The literal whose range holds byte `p - 1`, if any.
    pub(super) fn lit_before(&self, p: usize) -> Option<usize> {
        let i = self.lits.partition_point(|l| l.range.start < p);
        let i = i.checked_sub(1)?;
        (self.lits[i].range.end >= p).then_some(i)
    }

    /// `lit_before` for a walk backwards (`p` never grows between calls):
    /// `li` counts the literals starting before `p`, no binary search per byte.
    pub(super) fn lit_before_from(&self, p: usize, li: &mut usize) -> Option<usize> {
        while *li > 0 && self.lits[*li - 1].range.start >= p {
            *li -= 1;
        }
        let i = li.checked_sub(1)?;
        (self.lits[i].range.end >= p).then_some(i)
    }

    /// The comment holding byte `p - 1`, if any.
    pub(super) fn comment_before(&self, p: usize) -> Option<&Range<usize>> {
        let i = self
            .comments
            .partition_point(|r| r.start < p)
            .checked_sub(1)?;
        let r = &self.comments[i];
        (r.end >= p).then_some(r)
    }

    /// The comment starting at `p`, if any.
    pub(super) fn comment_at(&self, p: usize) -> Option<&Range<usize>> {
        let i = self.comments.partition_point(|r| r.start < p);
        self.comments.get(i).filter(|r| r.start == p)
    }

    /// The literal starting at `p`, if any.
    pub(super) fn lit_at(&self, p: usize) -> Option<usize> {
        let i = self.lits.partition_point(|l| l.range.start < p);
        (self.lits.get(i)?.range.start == p).then_some(i)
    }

    pub(super) fn is_str(&self, i: usize) -> bool {
        matches!(self.lits[i].kind, Kind::Str | Kind::Template)
    }

    /// Back over whitespace and comments.
    pub(super) fn back_ws(&self, mut p: usize) -> usize {
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
    pub(super) fn fwd_ws(&self, mut p: usize) -> usize {
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

    pub(super) fn ident_back(&self, mut p: usize) -> usize {
        while p > 0 && self.ident(self.b[p - 1]) {
            p -= 1;
        }
        p
    }

    pub(super) fn ident_fwd(&self, mut p: usize) -> usize {
        while p < self.b.len() && self.ident(self.b[p]) {
            p += 1;
        }
        p
    }

    /// From an opening bracket at `p`, the position after its match (or the end).
    pub(super) fn skip_balanced(&self, mut p: usize) -> usize {
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
    pub(super) fn skip_balanced_back(&self, mut p: usize) -> Option<usize> {
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
    pub(super) fn enclosing_open(&self, mut p: usize) -> Option<(usize, bool)> {
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
}
