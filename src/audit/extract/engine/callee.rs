//! Which call a string is an argument of: the callee's name and receiver, the call
//! table entry that says what the call does, and the context the string is in.

use super::*;

impl Driver<'_> {
    /// The callee whose argument list opens at `open`.
    pub(super) fn callee_at(&self, open: usize) -> Option<Callee> {
        self.callee_before(self.back_ws(open), open)
    }

    /// The callee whose name ends at `q` (arguments from `open`).
    pub(super) fn callee_before(&self, mut q: usize, open: usize) -> Option<Callee> {
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
    pub(super) fn is_i18n(&self, callee: &Callee) -> bool {
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

    pub(super) fn find_call(&self, callee: &Callee) -> Option<&'static Call> {
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
    pub(super) fn context(&self, s: usize, template: bool) -> Ctx {
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
}
