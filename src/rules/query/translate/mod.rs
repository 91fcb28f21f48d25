//! # Q000 query
//!
//! ## What it does
//! Translates a query or DML statement (SELECT, INSERT, UPDATE, DELETE, a view's body)
//! with the catalog's knowledge: names under the identifier policy, literals, operators
//! and functions (Q001), placeholders (Q005), `LIMIT o, n` (Q002), NULL ordering
//! (Q003), LIKE on case-insensitive columns (Q004), GROUP_CONCAT (F001), INSERT IGNORE
//! and ON DUPLICATE KEY UPDATE (Q006), multi-table DELETE and UPDATE (Q008), ORDER BY
//! and LIMIT in DELETE and UPDATE (Q009), UPDATE's left-to-right assignments (Q010),
//! `/` on exact numbers (Q011), numeric uses of boolean columns (Q012), CAST and
//! CONVERT types (Q013), aliases in HAVING (Q014), INTERVAL arithmetic (Q015),
//! DATE_FORMAT (Q016).
//! The result is re-parsed as PostgreSQL.
//!
//! ## MySQL
//! Application queries and view definitions.
//!
//! ## PostgreSQL
//! The same statement in PostgreSQL's syntax and semantics, or the original kept as a
//! comment with this error when the result would not be valid PostgreSQL (a MySQL-only
//! clause my2pg does not translate yet: STRAIGHT_JOIN, index hints, SQL_CALC_FOUND_ROWS,
//! WITH ROLLUP, user variables…).
//!
//! ## Caveats
//! Query translation covers the constructs listed above; GROUP BY on non-aggregated
//! columns, implicit string↔number conversions, integer division and boolean columns
//! compared with numbers are not rewritten yet and may fail or differ in PostgreSQL.

use crate::diagnostics::Rule;
use crate::diagnostics::Severity;
use crate::rules::expr::expression::parse_pg_expr;
use crate::rules::QueryCx;
use sqlparser::ast::{self, Expr, Ident, ObjectName, Query, Statement, Value, VisitorMut};
use std::ops::{ControlFlow, Range};

mod forms;
mod functions;
mod hooks;
mod conditions;
use conditions::non_integer_constant;
mod rewrites;
pub(crate) mod temporal;
pub mod typing;
pub(crate) use rewrites::number_prefix_text as number_prefix;
pub(crate) use temporal::{mysql_datetime, mysql_time};
pub mod statement;

crate::rule!("Q000", "query", Error, "a query or DML statement");

/// The translating walk over sqlparser's AST: shared by DDL expressions and queries.
pub struct Walk {
    policy: crate::config::IdentifierPolicy,
    style: crate::config::PlaceholderStyle,
    zero_dates: crate::config::ZeroDatePolicy,
    placeholders: usize,
    /// Where the `?` placeholders are, in text order (line, column).
    ranks: Vec<(u64, u64)>,
    /// Case-insensitive and enum columns, from the catalog.
    sets: std::sync::Arc<crate::catalog::ColumnSets>,
    unknown: Vec<String>,
    /// What to report at the end.
    pub notes: super::Notes,
}

impl Walk {
    pub fn new(cx: &QueryCx) -> Self {
        Self::with_sets(cx, cx.catalog.column_sets())
    }

    /// A walk with these column facts (a statement's own tables').
    pub fn with_sets(cx: &QueryCx, sets: std::sync::Arc<crate::catalog::ColumnSets>) -> Self {
        Walk {
            policy: cx.config.identifiers,
            style: cx.config.placeholders,
            zero_dates: cx.config.zero_dates,
            placeholders: 0,
            ranks: Vec::new(),
            sets,
            unknown: Vec::new(),
            notes: super::Notes::default(),
        }
    }

    /// Records where the statement's `?` placeholders are, so they are numbered in the
    /// order they are written whatever the walk's order.
    pub fn number_placeholders(&mut self, stmt: &Statement) {
        let mut at = Vec::new();
        let _ = sqlparser::ast::visit_expressions(stmt, |e| {
            if let Expr::Value(v) = e {
                if matches!(&v.value, Value::Placeholder(p) if p == "?") {
                    at.push((v.span.start.line, v.span.start.column));
                }
            }
            ControlFlow::<()>::Continue(())
        });
        at.sort();
        self.ranks = at;
    }

    fn note(&mut self, rule: &'static Rule, msg: impl Into<String>, severity: Severity) {
        self.notes.note(rule, msg, severity);
    }

    /// The catalog's column facts.
    pub fn sets(&self) -> std::sync::Arc<crate::catalog::ColumnSets> {
        self.sets.clone()
    }

    /// Reports what the walk found; false when something has no translation.
    pub fn finish(self, what: &str, span: Range<usize>, cx: &mut QueryCx) -> bool {
        let expr_rule = &crate::rules::expr::expression::RULE;
        for f in &self.unknown {
            cx.report(expr_rule, span.clone(), format!("function `{f}` in {what} kept as written: check that PostgreSQL's `{f}` means the same"));
        }
        let mut ok = true;
        for (rule, msg, severity) in self.notes.0 {
            ok &= severity != Severity::Error;
            cx.report(rule, span.clone(), format!("{msg}, in {what}"))
                .severity = severity;
        }
        ok
    }

    fn ident(&self, i: &mut Ident) {
        // `SET x = DEFAULT`, `VALUES (DEFAULT)`: the keyword, which sqlparser reads as a
        // name (a column named so is quoted in MySQL).
        if i.quote_style.is_none() && i.value.eq_ignore_ascii_case("default") {
            i.value = "DEFAULT".into();
            return;
        }
        let pg = crate::ident::pg_name(&i.value, self.policy);
        let quoted = crate::ident::quote(&pg, self.policy);
        i.quote_style = if quoted.starts_with('"') {
            Some('"')
        } else {
            None
        };
        i.value = pg;
    }

    /// A string compared with an enum column: MySQL matches labels case-insensitively and
    /// finds nothing for other strings; PostgreSQL wants the exact label and rejects
    /// others. The literal becomes its label; false when no label matches.
    fn enum_literal(v: &mut Expr, labels: &[String]) -> bool {
        let Expr::Value(val) = v else { return true };
        let Value::SingleQuotedString(s) = &val.value else {
            return true;
        };
        match labels.iter().find(|l| l.eq_ignore_ascii_case(s)).cloned() {
            Some(l) => {
                val.value = Value::SingleQuotedString(l);
                true
            }
            None => false,
        }
    }

    /// `CAST(col AS text)`: compares an enum column with strings that are not labels.
    fn as_text(e: &mut Expr) {
        if let Ok(x) = parse_pg_expr(&format!("CAST({e} AS text)")) {
            *e = x;
        }
    }

    fn column_name(e: &Expr) -> Option<String> {
        match e {
            Expr::Identifier(i) => Some(i.value.clone()),
            Expr::CompoundIdentifier(v) => v.last().map(|i| i.value.clone()),
            _ => None,
        }
    }

    /// A number where MySQL expects a truth value (`WHERE FIND_IN_SET(…)`, `a AND 1`):
    /// non-zero is true. PostgreSQL needs a boolean.
    /// Puts a rule's translation of `e` in place and reports it.
    fn apply(
        &mut self,
        e: &mut Expr,
        rule: &'static Rule,
        result: Result<(String, Option<String>), String>,
        what: &str,
    ) {
        match result {
            Ok((text, note)) => match parse_pg_expr(&text) {
                Ok(x) => {
                    *e = x;
                    match note {
                        Some(n) => self.note(rule, n, Severity::Warning),
                        None => self.note(
                            rule,
                            if what.eq_ignore_ascii_case("my2pg_extract") {
                                "EXTRACT with a compound unit is rewritten as the fields side by side".to_string()
                            } else {
                                format!("{} is rewritten", what.to_uppercase())
                            },
                            Severity::Info,
                        ),
                    }
                }
                Err(err) => self.note(
                    rule,
                    format!(
                        "{} has no valid translation here ({err})",
                        what.to_uppercase()
                    ),
                    Severity::Error,
                ),
            },
            Err(msg) => self.note(rule, msg, Severity::Error),
        }
    }
}

impl VisitorMut for Walk {
    type Break = ();

    fn pre_visit_select(&mut self, s: &mut ast::Select) -> ControlFlow<()> {
        if let Some(m) = s.select_modifiers.take() {
            if m.sql_calc_found_rows {
                self.note(&RULE, "SQL_CALC_FOUND_ROWS has no translation yet: FOUND_ROWS() needs a separate count(*) query (or count(*) OVER ())", Severity::Error);
            }
            if m.straight_join {
                self.note(&RULE, "STRAIGHT_JOIN (a join-order hint) dropped: PostgreSQL's planner chooses the order", Severity::Info);
            }
            if m.high_priority
                || m.sql_small_result
                || m.sql_big_result
                || m.sql_buffer_result
                || m.sql_no_cache
            {
                self.note(&RULE, "MySQL optimizer modifiers (HIGH_PRIORITY, SQL_*_RESULT, SQL_NO_CACHE) dropped: no effect on results", Severity::Info);
            }
        }
        // `a STRAIGHT_JOIN b ON …` (the join operator, not the SELECT modifier): an inner join
        // whose order MySQL must keep. Also inside parenthesised joins.
        fn plain_joins(t: &mut ast::TableWithJoins) -> bool {
            let mut straight = nested(&mut t.relation);
            for j in &mut t.joins {
                if let ast::JoinOperator::StraightJoin(c) = &j.join_operator {
                    j.join_operator = ast::JoinOperator::Join(c.clone());
                    straight = true;
                }
                // MySQL's JOIN without ON or USING is a cross join; PostgreSQL wants one.
                use ast::{JoinConstraint as C, JoinOperator as J};
                if let J::Join(C::None) | J::Inner(C::None) = &j.join_operator {
                    j.join_operator = J::CrossJoin(C::None);
                }
                straight |= nested(&mut j.relation);
            }
            straight
        }
        fn nested(f: &mut ast::TableFactor) -> bool {
            match f {
                ast::TableFactor::NestedJoin {
                    table_with_joins, ..
                } => plain_joins(table_with_joins),
                _ => false,
            }
        }
        let mut straight = false;
        for t in &mut s.from {
            straight |= plain_joins(t);
        }
        if straight {
            self.note(&RULE, "`STRAIGHT_JOIN` between tables becomes JOIN: the join order is the planner's, the rows are the same", Severity::Info);
        }
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, q: &mut Query) -> ControlFlow<()> {
        if let Some((msg, sev)) = super::group_by_columns::rollup_note(q) {
            self.note(&super::group_by_columns::RULE, msg, sev);
        }
        if let ast::SetExpr::Select(s) = &mut *q.body {
            if let Some(m) = super::join_using_types::check(&s.from, &self.sets) {
                self.note(&super::join_using_types::RULE, m, Severity::Error);
            }
            if let Some(w) = &mut s.selection {
                self.truth(w);
            }
            if let Some(h) = &mut s.having {
                self.truth(h);
            }
            for t in &mut s.from {
                for j in &mut t.joins {
                    use ast::JoinOperator as J;
                    if let J::Join(c) | J::Inner(c) | J::Left(c) | J::LeftOuter(c) | J::Right(c)
                    | J::RightOuter(c) | J::FullOuter(c) | J::StraightJoin(c) = &mut j.join_operator
                    {
                        if let ast::JoinConstraint::On(on) = c {
                            self.truth(on);
                        }
                    }
                }
            }
        }
        self.set_ordering(q);
        self.union_types(q);
        ControlFlow::Continue(())
    }

    fn post_visit_ident(&mut self, i: &mut Ident) -> ControlFlow<()> {
        if i.quote_style.is_none() && i.value.starts_with('@') {
            let v = i.value.clone();
            self.note(&RULE, format!("MySQL variable `{v}` has no translation yet (session state in PostgreSQL is `current_setting()` or a temporary table)"), Severity::Error);
            return ControlFlow::Continue(());
        }
        // Every name: columns, tables, aliases, CTEs (function names are reset below).
        self.ident(i);
        ControlFlow::Continue(())
    }

    fn post_visit_relation(&mut self, name: &mut ObjectName) -> ControlFlow<()> {
        for part in name.0.iter_mut() {
            if let ast::ObjectNamePart::Identifier(i) = part {
                self.ident(i);
            }
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_query(&mut self, q: &mut Query) -> ControlFlow<()> {
        if let Some(ast::LimitClause::OffsetCommaLimit { offset, limit }) = q.limit_clause.clone() {
            q.limit_clause = Some(ast::LimitClause::LimitOffset {
                limit: Some(limit),
                offset: Some(ast::Offset {
                    value: offset,
                    rows: ast::OffsetRows::None,
                }),
                limit_by: Vec::new(),
            });
            self.note(
                &super::limit_comma::RULE,
                "`LIMIT offset, count` becomes `LIMIT count OFFSET offset`",
                Severity::Info,
            );
        }
        // JSON values order by MySQL's JSON comparison rules, not jsonb's.
        if super::json_functions::orders_by_json(q, &self.sets) {
            self.note(&super::json_functions::RULE, super::json_functions::JSON_ORDER, Severity::Warning);
        }
        // Columns that cannot be NULL here: NOT NULL in the schema, read through no outer
        // join, and not a select alias.
        let (outer, aliases) = match &*q.body {
            ast::SetExpr::Select(s) => (
                s.from.iter().any(|t| {
                    t.joins.iter().any(|j| {
                        !matches!(
                            j.join_operator,
                            ast::JoinOperator::Join(_)
                                | ast::JoinOperator::Inner(_)
                                | ast::JoinOperator::CrossJoin(_)
                        )
                    })
                }) || s.from.len() != 1,
                s.projection
                    .iter()
                    .filter_map(|p| match p {
                        ast::SelectItem::ExprWithAlias { alias, .. } => {
                            Some(alias.value.to_lowercase())
                        }
                        _ => None,
                    })
                    .collect::<Vec<_>>(),
            ),
            _ => (true, Vec::new()),
        };
        let never_null = |e: &Expr| {
            let Some((facts, name)) = crate::semantic::facts::column_facts(e, &self.sets) else {
                return false;
            };
            let name = name.to_lowercase();
            !outer && !aliases.contains(&name) && facts.never_null.contains(&name)
        };
        let mut dropped = false;
        if let Some(ob) = &mut q.order_by {
            if let ast::OrderByKind::Expressions(exprs) = &mut ob.kind {
                // Ordering by a constant other than a position (`ORDER BY NULL`, `'a'`,
                // TRUE) orders nothing in MySQL; PostgreSQL refuses it.
                // TRUE is MySQL's integer 1, so a position (the first select item).
                for o in exprs.iter_mut() {
                    if let Expr::Value(v) = &mut o.expr {
                        if v.value == Value::Boolean(true) {
                            v.value = Value::Number("1".into(), false);
                        }
                    }
                }
                let before = exprs.len();
                exprs.retain(|o| !non_integer_constant(&o.expr));
                dropped = exprs.len() < before;
                let mut changed = false;
                for o in exprs.iter_mut() {
                    if o.options.nulls_first.is_none() {
                        let desc = matches!(o.options.sort, Some(ast::OrderBySort::Desc));
                        // A NOT NULL column has no NULL to place; a position orders by
                        // its select item.
                        let position = matches!(&o.expr, Expr::Value(v) if matches!(v.value, Value::Number(..)));
                        if (position || !matches!(o.expr, Expr::Value(_))) && !never_null(&o.expr) {
                            o.options.nulls_first = Some(!desc);
                            changed = true;
                        }
                    }
                }
                if changed {
                    self.note(
                        &super::null_ordering::RULE,
                        "ORDER BY gets NULLS FIRST/LAST: MySQL sorts NULL before every value",
                        Severity::Info,
                    );
                }
                if exprs.is_empty() {
                    q.order_by = None;
                }
            }
        }
        if dropped {
            self.note(
                &super::null_ordering::RULE,
                "ORDER BY a constant orders nothing: dropped",
                Severity::Info,
            );
        }
        // GROUP BY a constant other than a position: one group in MySQL; PostgreSQL
        // refuses a bare constant but groups by a cast one the same way.
        if let ast::SetExpr::Select(s) = &mut *q.body {
            if let ast::GroupByExpr::Expressions(g, _) = &mut s.group_by {
                for x in g.iter_mut() {
                    if non_integer_constant(x) {
                        if let Ok(c) = parse_pg_expr(&format!("CAST({x} AS text)")) {
                            *x = c;
                        }
                    }
                }
            }
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        // Parent first: a hex or bit literal next to a number is a number in MySQL.
        conditions::numeric_literals(e, &self.sets);
        if let Some(msg) = super::xor::misparsed(e) {
            self.note(&super::xor::RULE, msg, Severity::Error);
        }
        // Parent first: DATE_ADD and `d + INTERVAL …` need the MySQL INTERVAL whole.
        match super::interval::rewrite(e, &self.sets) {
            Some(Ok((msg, warn))) => self.note(
                &super::interval::RULE,
                msg,
                if warn {
                    Severity::Warning
                } else {
                    Severity::Info
                },
            ),
            Some(Err(msg)) => self.note(&super::interval::RULE, msg, Severity::Error),
            None => {}
        }
        ControlFlow::Continue(())
    }

    fn post_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        for (rule, hook) in hooks::AFTER_EXPR {
            if let Some((msg, severity)) = hook(e, &self.sets) {
                self.note(rule, msg, severity);
            }
        }
        // Strings, hex and truth values as numbers first: the division rule needs them.
        self.string_literal_number(e);
        if matches!(
            e,
            Expr::BinaryOp {
                op: ast::BinaryOperator::Divide,
                ..
            }
        ) {
            if let Some((msg, severity)) = super::division::rewrite(e, &self.sets) {
                self.note(&super::division::RULE, msg, severity);
            }
            return ControlFlow::Continue(());
        }
        self.temporal_literals(e);
        self.zero_date(e);
        self.string_number(e);
        if let Some(msg) = self.bound_values(e) {
            self.note(&super::placeholder::RULE, msg, Severity::Info);
        }
        if let Expr::Case {
            operand: None,
            conditions,
            ..
        } = e
        {
            for c in conditions.iter_mut() {
                self.truth(&mut c.condition);
            }
        }
        let function = matches!(e, Expr::Function(_));
        match e {
            Expr::Identifier(i) => self.ident(i),
            Expr::CompoundIdentifier(v) => v.iter_mut().for_each(|i| self.ident(i)),
            Expr::Prefixed { prefix, value } if prefix.value.starts_with('_') => {
                // `_utf8mb4'x'`: the introducer only names the character set.
                *e = (**value).clone();
            }
            Expr::Value(v) if conditions::literal_bytes(&v.value).is_some() => {
                // X'41', 0x41, b'101' elsewhere: a binary string.
                let bytes = conditions::literal_bytes(&v.value).expect("checked");
                let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                if let Ok(x) = parse_pg_expr(&format!("CAST('\\x{hex}' AS bytea)")) {
                    *e = x;
                }
            }
            Expr::Value(v) => match &v.value {
                Value::DoubleQuotedString(s) => v.value = Value::SingleQuotedString(s.clone()),
                Value::Placeholder(p) if p == "?" => {
                    // Numbered by place in the text (LIMIT o, n swaps its two).
                    let at = (v.span.start.line, v.span.start.column);
                    let n = match self.ranks.iter().position(|r| *r == at) {
                        Some(i) => i + 1,
                        None => {
                            self.placeholders += 1;
                            self.ranks.len() + self.placeholders
                        }
                    };
                    v.value = Value::Placeholder(super::placeholder::marker(n, self.style));
                }
                _ => {}
            },
            Expr::Like {
                expr,
                negated,
                pattern,
                escape_char,
                any: false,
            } => {
                // LIKE on a number matches its text, as in MySQL.
                for side in [&mut **expr, &mut **pattern] {
                    if typing::type_of(side, &self.sets).is_number() {
                        if let Ok(x) = parse_pg_expr(&format!("CAST({side} AS text)")) {
                            *side = x;
                        }
                    }
                }
                // A column, an expression over a case-insensitive column, or a string
                // literal (compared under the connection's collation, case-insensitive
                // by default).
                let literal = matches!(&**expr, Expr::Value(v) if matches!(v.value, Value::SingleQuotedString(_)));
                let facts = crate::semantic::facts::column_facts(expr, &self.sets).map(|(f, _)| f);
                let target = Self::column_name(expr).or_else(|| {
                    (literal || super::text_functions::mentions_ci(expr, &self.sets))
                        .then(|| expr.to_string())
                });
                if let Some(col) = target {
                    let f = facts.unwrap_or(&self.sets);
                    if f.ci.contains(&col) || facts.is_none() {
                        if f.cs.contains(&col) {
                            self.note(&super::like_collation::RULE, format!("`{col}` is case-insensitive in one table and not in another: LIKE kept as written"), Severity::Warning);
                        } else {
                            let text = format!(
                                "({} COLLATE \"und-x-icu\") {}ILIKE {}{}",
                                expr,
                                if *negated { "NOT " } else { "" },
                                pattern,
                                escape_char
                                    .as_ref()
                                    .map(|c| format!(" ESCAPE {c}"))
                                    .unwrap_or_default()
                            );
                            if let Ok(x) = parse_pg_expr(&text) {
                                *e = x;
                                self.note(&super::like_collation::RULE, format!("LIKE on case-insensitive `{col}` becomes ILIKE: accents still compare as written"), Severity::Warning);
                            }
                        }
                    }
                }
            }
            Expr::Function(_) => self.function(e),
            Expr::In {
                expr,
                target: ast::InTarget::List(list),
                ..
            } => {
                if let Some(labels) = crate::semantic::facts::column_facts(expr, &self.sets)
                    .and_then(|(f, c)| f.enums.get(c))
                    .cloned()
                {
                    let all = list
                        .iter_mut()
                        .fold(true, |ok, v| Self::enum_literal(v, &labels) & ok);
                    if !all {
                        Self::as_text(expr);
                    }
                }
            }
            Expr::BinaryOp {
                left,
                op: ast::BinaryOperator::Eq | ast::BinaryOperator::NotEq,
                right,
            } if crate::semantic::facts::column_facts(left, &self.sets).is_some_and(|(f, c)| f.enums.contains_key(c)) => {
                let labels = crate::semantic::facts::column_facts(left, &self.sets)
                    .and_then(|(f, c)| f.enums.get(c).cloned())
                    .unwrap_or_default();
                if matches!(&**right, Expr::Value(v) if matches!(v.value, Value::Placeholder(_))) {
                    // The bound string may differ from the label in case (MySQL's enums
                    // compare case-insensitively); PostgreSQL's enum input is exact.
                    if let (Ok(l), Ok(r)) = (
                        parse_pg_expr(&format!("lower(CAST({left} AS text))")),
                        parse_pg_expr(&format!("lower(CAST({right} AS text))")),
                    ) {
                        **left = l;
                        **right = r;
                    }
                } else if !Self::enum_literal(right, &labels) {
                    Self::as_text(left);
                }
            }
            Expr::BinaryOp {
                left,
                op: ast::BinaryOperator::And | ast::BinaryOperator::Or,
                right,
            } => {
                self.truth(left);
                self.truth(right);
            }
            Expr::UnaryOp {
                op: ast::UnaryOperator::Not,
                expr,
            } => self.truth(expr),
            Expr::BinaryOp { left, op, right } => {
                use ast::BinaryOperator as B;
                match op {
                    B::StringConcat => {
                        // MySQL's default sql_mode reads `||` as logical OR.
                        *op = B::Or;
                        self.note(
                            &crate::rules::expr::expression::RULE,
                            "`||` is logical OR in MySQL: it becomes OR",
                            Severity::Warning,
                        );
                    }
                    B::BitwiseXor => *op = B::PGBitwiseXor,
                    B::Spaceship => *e = Expr::IsNotDistinctFrom(left.clone(), right.clone()),
                    B::MyIntegerDivide => {
                        // MySQL's DIV is an integer, NULL when dividing by zero.
                        if let Ok(x) =
                            parse_pg_expr(&format!("CAST(div({left}, NULLIF({right}, 0)) AS bigint)"))
                        {
                            *e = x;
                        }
                    }
                    B::Xor => {
                        let text = super::xor::rewrite(left, right, &self.sets);
                        self.apply(e, &super::xor::RULE, Ok((text, None)), "xor");
                    }
                    B::Arrow | B::LongArrow => {
                        let result = super::json_functions::arrow(
                            left,
                            right,
                            *op == B::LongArrow,
                            &self.sets,
                        );
                        let shown = op.to_string();
                        self.apply(e, &super::json_functions::RULE, result, &shown);
                    }
                    B::Modulo => {
                        let text = super::text_functions::modulo(left, right, &self.sets);
                        self.apply(e, &super::text_functions::RULE, Ok((text, None)), "%");
                    }
                    B::Regexp => {
                        self.note(
                            &super::regexp::RULE,
                            "operator `REGEXP` in this form has no translation yet",
                            Severity::Error,
                        );
                    }
                    _ => {}
                }
            }
            Expr::RLike {
                negated,
                expr,
                pattern,
                ..
            } => {
                let done = super::regexp::rewrite(*negated, expr, pattern, &self.sets);
                self.apply(e, &super::regexp::RULE, done.map(|(t, n)| (t, Some(n))), "regexp");
            }
            Expr::Position { expr, r#in } => {
                let args = [(**expr).clone(), (**r#in).clone()];
                if let Some(result) = super::text_functions::translate("locate", &args, &self.sets)
                {
                    self.apply(e, &super::text_functions::RULE, result, "position");
                }
            }
            Expr::Substring {
                expr,
                substring_from: Some(from),
                substring_for,
                ..
            } => {
                if let Some(text) =
                    super::text_functions::substring(expr, from, substring_for.as_deref())
                {
                    self.apply(
                        e,
                        &super::text_functions::RULE,
                        Ok((text, None)),
                        "substring",
                    );
                }
            }
            // A MySQL collation named in a query: a binary one is PostgreSQL's "C".
            Expr::Collate { .. } => self.collate(e),
            // TRIM of a string longer than one character: MySQL removes whole
            // occurrences of it, PostgreSQL any of its characters.
            Expr::Trim {
                trim_what: Some(_), ..
            } => self.trim_string(e),
            // EXTRACT(WEEK …) is MySQL's week mode 0, not ISO's.
            Expr::Extract {
                field: ast::DateTimeField::Week(_),
                ..
            } => {
                self.note(&super::date_functions::RULE, "EXTRACT(WEEK …) counts weeks from Sunday in MySQL (WEEK mode 0), from Monday in ISO: not translated yet", Severity::Error);
            }
            // EXTRACT from a string: MySQL reads it as a date and time.
            Expr::Extract { expr, .. }
                if matches!(&**expr, Expr::Value(v) if matches!(v.value, Value::SingleQuotedString(_))) =>
            {
                let time = matches!(&**expr, Expr::Value(v) if matches!(&v.value, Value::SingleQuotedString(s) if temporal::time_like(s)));
                let ty = if time { "time" } else { "timestamp" };
                if let Ok(mut x) = parse_pg_expr(&format!("CAST({expr} AS {ty})")) {
                    self.temporal_literals(&mut x);
                    **expr = x;
                }
            }
            Expr::SimilarTo { .. } => {
                self.note(
                    &crate::rules::expr::expression::RULE,
                    "`SIMILAR TO` is not MySQL",
                    Severity::Error,
                );
            }
            _ => {}
        }
        // A function's translation may cast its string arguments to dates (DATEDIFF,
        // DATE, TIME, …): those strings are read as MySQL reads dates.
        if function {
            let sets = self.sets.clone();
            let mut found = Vec::new();
            let _ = ast::visit_expressions_mut(e, |x| {
                if let Some(n) = temporal::cast_literal(x, &sets) {
                    found.push(n);
                }
                ControlFlow::<()>::Continue(())
            });
            for (msg, severity) in found {
                self.note(&super::date_functions::RULE, msg, severity);
            }
        }
        // On the translated form (IFNULL is coalesce, IF and ELT are CASE by now).
        self.mixed_branches(e);
        self.function_operands(e);
        self.unsigned_bits(e);
        // EXTRACT(SECOND …) is a whole number in MySQL, EXTRACT(MICROSECOND …) the
        // fraction alone.
        if matches!(e, Expr::Extract { field: ast::DateTimeField::Second, .. }) {
            if let Ok(x) = parse_pg_expr(&format!("CAST(floor({e}) AS integer)")) {
                *e = x;
            }
        }
        if matches!(
            e,
            Expr::Extract {
                field: ast::DateTimeField::Microsecond | ast::DateTimeField::Microseconds,
                ..
            }
        ) {
            if let Ok(x) = parse_pg_expr(&format!("(CAST({e} AS bigint) % 1000000)")) {
                *e = x;
            }
        }
        ControlFlow::Continue(())
    }
}


