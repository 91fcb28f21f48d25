//! Minimisation: a silent or pg-error statement is reduced, one step at a time, while it
//! keeps its verdict: WHERE and HAVING dropped, select items dropped, any expression
//! replaced by one of its operands or by a plain literal. sqlparser reads the MySQL
//! statement and prints each candidate back (the generator's and MariaDB's statements
//! all print back as MySQL).

use super::{Case, Runner, Shape, Verdict};
use sqlparser::ast::{Expr, SetExpr, Statement, VisitMut, VisitorMut};
use sqlparser::dialect::MySqlDialect;
use sqlparser::parser::Parser;
use std::ops::ControlFlow;

/// Runs spent on one statement at most.
const BUDGET: usize = 150;

fn parse(sql: &str) -> Option<Statement> {
    let mut v = Parser::parse_sql(&MySqlDialect {}, sql).ok()?;
    (v.len() == 1).then(|| v.remove(0))
}

/// Counts expressions (pre-order) or replaces the `target`-th one.
struct Nodes {
    seen: usize,
    target: usize,
    with: Option<Expr>,
    /// The direct operands of the target, when collecting.
    depth: Option<usize>,
    children: Vec<Expr>,
}

impl VisitorMut for Nodes {
    type Break = ();
    fn pre_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        if let Some(d) = self.depth.as_mut() {
            *d += 1;
            if *d == 2 {
                self.children.push(e.clone());
            }
            return ControlFlow::Continue(());
        }
        if self.seen == self.target {
            match self.with.take() {
                Some(w) => {
                    *e = w;
                    return ControlFlow::Break(());
                }
                None => self.depth = Some(1),
            }
        }
        self.seen += 1;
        ControlFlow::Continue(())
    }
    fn post_visit_expr(&mut self, _e: &mut Expr) -> ControlFlow<()> {
        if let Some(d) = self.depth.as_mut() {
            *d -= 1;
            if *d == 0 {
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    }
}

fn count(stmt: &Statement) -> usize {
    let mut s = stmt.clone();
    let mut n = Nodes {
        seen: 0,
        target: usize::MAX,
        with: None,
        depth: None,
        children: Vec::new(),
    };
    let _ = s.visit(&mut n);
    n.seen
}

fn children(stmt: &Statement, k: usize) -> Vec<Expr> {
    let mut s = stmt.clone();
    let mut n = Nodes {
        seen: 0,
        target: k,
        with: None,
        depth: None,
        children: Vec::new(),
    };
    let _ = s.visit(&mut n);
    n.children
}

fn replaced(stmt: &Statement, k: usize, with: Expr) -> Statement {
    let mut s = stmt.clone();
    let mut n = Nodes {
        seen: 0,
        target: k,
        with: Some(with),
        depth: None,
        children: Vec::new(),
    };
    let _ = s.visit(&mut n);
    s
}

/// Candidates one step smaller than `stmt`, largest cuts first.
fn candidates(stmt: &Statement) -> Vec<Statement> {
    let mut out = Vec::new();
    if let Statement::Query(q) = stmt {
        if let SetExpr::Select(sel) = &*q.body {
            if sel.selection.is_some() {
                let mut c = q.clone();
                if let SetExpr::Select(s) = &mut *c.body {
                    s.selection = None;
                }
                out.push(Statement::Query(c));
            }
            if sel.having.is_some() {
                let mut c = q.clone();
                if let SetExpr::Select(s) = &mut *c.body {
                    s.having = None;
                }
                out.push(Statement::Query(c));
            }
            for i in 0..sel.projection.len() {
                if sel.projection.len() > 1 {
                    let mut c = q.clone();
                    if let SetExpr::Select(s) = &mut *c.body {
                        s.projection.remove(i);
                    }
                    out.push(Statement::Query(c));
                }
            }
        }
    }
    let n = count(stmt);
    let literals = ["NULL", "0", "1", "'a'"];
    for k in 0..n {
        for child in children(stmt, k) {
            out.push(replaced(stmt, k, child));
        }
        for lit in literals {
            if let Ok(e) = Parser::new(&MySqlDialect {})
                .try_with_sql(lit)
                .and_then(|mut p| p.parse_expr())
            {
                out.push(replaced(stmt, k, e));
            }
        }
    }
    out
}

/// The smallest statement found that keeps `case`'s verdict.
pub fn shrink(runner: &mut Runner, case: Case, shape: Shape) -> Case {
    let Some(mut stmt) = parse(&case.sql) else {
        return case;
    };
    let mut best = case;
    let mut spent = 0;
    'outer: loop {
        for c in candidates(&stmt) {
            if spent >= BUDGET {
                break 'outer;
            }
            let text = c.to_string();
            if text.len() >= best.sql.len() {
                continue;
            }
            spent += 1;
            let tried = runner.run(&text, shape);
            if tried.verdict == best.verdict
                && matches!(tried.verdict, Verdict::Silent | Verdict::PgError)
            {
                let original = best.original.take().unwrap_or_else(|| best.sql.clone());
                best = tried;
                best.original = Some(original);
                stmt = c;
                continue 'outer;
            }
        }
        break;
    }
    best
}
