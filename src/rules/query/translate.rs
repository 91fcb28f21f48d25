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
use crate::rules::expr::expression::{parse_pg_expr, SAME};
use crate::rules::Cx;
use sqlparser::ast::{
    self, Expr, Ident, ObjectName, Query, Statement, Value, VisitMut, VisitorMut,
};
use std::ops::{ControlFlow, Range};

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
    pub fn new(cx: &Cx) -> Self {
        Walk {
            policy: cx.config.identifiers,
            style: cx.config.placeholders,
            zero_dates: cx.config.zero_dates,
            placeholders: 0,
            ranks: Vec::new(),
            sets: cx.catalog.column_sets(),
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
    pub fn finish(self, what: &str, span: Range<usize>, cx: &mut Cx) -> bool {
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

    fn function(&mut self, e: &mut Expr) {
        let Expr::Function(f) = e else { return };
        // Function names are not identifiers to quote.
        for part in f.name.0.iter_mut() {
            if let ast::ObjectNamePart::Identifier(i) = part {
                i.quote_style = None;
            }
        }
        let name = f.name.to_string().to_lowercase();
        let args: Vec<Expr> = match &f.args {
            ast::FunctionArguments::List(l) => l
                .args
                .iter()
                .filter_map(|a| match a {
                    ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(x)) => Some(x.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let rename =
            |f: &mut ast::Function, to: &str| f.name = ObjectName::from(vec![Ident::new(to)]);
        let replace = |e: &mut Expr, text: String| {
            if let Ok(x) = parse_pg_expr(&text) {
                *e = x;
                true
            } else {
                false
            }
        };
        if matches!(name.as_str(), "sum" | "avg")
            && args.len() == 1
            && super::xor::is_boolean(&args[0], &self.sets)
            && !matches!(
                super::division::kind(&args[0], &self.sets),
                crate::catalog::NumKind::Bool
            )
        {
            // MySQL sums a comparison as 1/0; PostgreSQL has no sum(boolean).
            if let ast::FunctionArguments::List(l) = &mut f.args {
                if let Some(ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(x))) =
                    l.args.first_mut()
                {
                    if let Ok(c) = parse_pg_expr(&format!("CAST({x} AS integer)")) {
                        *x = c;
                        self.note(
                            &super::boolean_column::RULE,
                            "a comparison summed or averaged counts as 1/0, as in MySQL",
                            Severity::Info,
                        );
                    }
                }
            }
            return;
        }
        if matches!(name.as_str(), "ifnull" | "coalesce") && args.len() >= 2 {
            // A string among the values makes MySQL's result a string: the other values
            // are shown as text (PostgreSQL would read the string as their type).
            let string = |a: &Expr| matches!(a, Expr::Value(v) if matches!(v.value, Value::SingleQuotedString(_)));
            let typed = |a: &Expr| {
                Self::column_name(a).is_some_and(|c| {
                    self.sets.numeric.contains_key(&c) && !self.sets.text.contains(&c)
                })
            };
            if args.iter().any(string) && args.iter().any(typed) {
                let parts: Vec<String> = args
                    .iter()
                    .map(|a| {
                        if typed(a) {
                            format!("CAST({a} AS text)")
                        } else {
                            a.to_string()
                        }
                    })
                    .collect();
                replace(e, format!("coalesce({})", parts.join(", ")));
                self.note(&crate::rules::expr::expression::RULE, "IFNULL/COALESCE of a column and a string is a string in MySQL: the column is shown as text", Severity::Info);
                return;
            }
        }
        match name.as_str() {
            "ifnull" => rename(f, "coalesce"),
            "lcase" => rename(f, "lower"),
            "ucase" => rename(f, "upper"),
            "length" => rename(f, "octet_length"),
            "now" | "current_timestamp" | "localtime" | "localtimestamp" | "sysdate"
                if args.is_empty() =>
            {
                replace(e, "statement_timestamp()".into());
            }
            // MySQL's AVG of exact numbers is a DECIMAL with 4 more digits of scale.
            "avg" if args.len() == 1 => {
                if let crate::catalog::NumKind::Exact(s) =
                    super::division::kind(&args[0], &self.sets)
                {
                    let text = format!("round({e}, {})", super::division::internal(s + 4));
                    if replace(e, text) {
                        self.note(
                            &super::division::RULE,
                            "AVG of exact numbers is rounded to MySQL's scale",
                            Severity::Info,
                        );
                    }
                }
            }
            "date_format" => match super::date_format::translate(&args) {
                Ok(text) => {
                    if replace(e, text) {
                        self.note(
                            &super::date_format::RULE,
                            "DATE_FORMAT becomes to_char",
                            Severity::Info,
                        );
                    }
                }
                Err(msg) => self.note(&super::date_format::RULE, msg, Severity::Error),
            },
            // FIELD(x, a, b, …): the position of x in the list, 0 when absent or NULL.
            "field" if args.len() >= 2 => {
                let whens: Vec<String> = args[1..]
                    .iter()
                    .enumerate()
                    .map(|(i, a)| format!("WHEN {a} THEN {}", i + 1))
                    .collect();
                replace(
                    e,
                    format!("CASE {} {} ELSE 0 END", args[0], whens.join(" ")),
                );
            }
            "last_insert_id" if args.is_empty() => {
                if replace(e, "lastval()".into()) {
                    self.note(&crate::rules::expr::expression::RULE, "LAST_INSERT_ID() becomes lastval(): the last value any sequence gave in this session (after a multi-row INSERT, MySQL returns the first id and lastval() the last)", Severity::Warning);
                }
            }
            "rand" if args.is_empty() => {
                replace(e, "random()".into());
            }
            "database" | "schema" if args.is_empty() => {
                if replace(e, "current_schema()".into()) {
                    self.note(&crate::rules::expr::expression::RULE, "DATABASE() becomes current_schema(): the PostgreSQL schema the database became (its name under the identifier policy, or the `schema:` of the config)", Severity::Info);
                }
            }
            "uuid" if args.is_empty() => {
                if replace(e, "CAST(gen_random_uuid() AS text)".into()) {
                    self.note(&crate::rules::expr::expression::RULE, "UUID() becomes gen_random_uuid(): a random version-4 UUID where MySQL's is version 1 (time-based, so roughly ordered)", Severity::Info);
                }
            }
            "isnull" if args.len() == 1 => {
                replace(e, format!("({} IS NULL)", args[0]));
            }
            "pow" => rename(f, "power"),
            // MySQL's one-argument LOG is the natural logarithm; PostgreSQL's is base 10.
            "log" if args.len() == 1 => rename(f, "ln"),
            "log10" if args.len() == 1 => rename(f, "log"),
            "datediff" if args.len() == 2 => {
                // Days between the dates, times ignored.
                replace(
                    e,
                    format!("(CAST({} AS date) - CAST({} AS date))", args[0], args[1]),
                );
            }
            "unix_timestamp" if args.is_empty() => {
                replace(
                    e,
                    "CAST(floor(EXTRACT(EPOCH FROM statement_timestamp())) AS bigint)".into(),
                );
            }
            // MySQL's GREATEST and LEAST are NULL when an argument is; PostgreSQL's skip NULLs.
            "greatest" | "least" if args.len() >= 2 => {
                let any_null = args
                    .iter()
                    .map(|a| format!("{a} IS NULL"))
                    .collect::<Vec<_>>()
                    .join(" OR ");
                let list = args
                    .iter()
                    .map(|a| a.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                replace(
                    e,
                    format!(
                        "CASE WHEN {any_null} THEN NULL ELSE {}({list}) END",
                        name.to_uppercase()
                    ),
                );
            }
            "curdate" | "current_date" if args.is_empty() => {
                replace(e, "CURRENT_DATE".into());
            }
            "if" if args.len() == 3 => {
                replace(
                    e,
                    format!(
                        "CASE WHEN {} THEN {} ELSE {} END",
                        args[0], args[1], args[2]
                    ),
                );
            }
            "year" | "month" | "day" | "dayofmonth" | "hour" | "minute" | "second" | "quarter"
                if args.len() == 1 =>
            {
                // MySQL returns an integer; EXTRACT returns numeric in PostgreSQL 14+.
                let field = if name == "dayofmonth" {
                    "DAY".to_string()
                } else {
                    name.to_uppercase()
                };
                let arg = match &args[0] {
                    Expr::Value(_) => format!("CAST({} AS timestamp)", args[0]),
                    other => other.to_string(),
                };
                replace(e, format!("CAST(EXTRACT({field} FROM {arg}) AS integer)"));
            }
            "concat" if !args.is_empty() => {
                // NULL in, NULL out, as in MySQL (PostgreSQL's concat() skips NULLs).
                let parts: Vec<String> =
                    args.iter().map(|a| format!("CAST({a} AS text)")).collect();
                replace(e, format!("({})", parts.join(" || ")));
            }
            "group_concat" => self.group_concat(e, &args),
            "found_rows" => self.note(&crate::rules::expr::expression::RULE, "FOUND_ROWS() has no PostgreSQL equivalent: count the rows with a separate count(*) query (or count(*) OVER () in the query itself)", Severity::Error),
            "row_count" => self.note(&crate::rules::expr::expression::RULE, "ROW_COUNT() has no SQL equivalent in PostgreSQL: use the driver's affected-row count (or GET DIAGNOSTICS in PL/pgSQL)", Severity::Error),
            "version" if args.is_empty() => self.note(&crate::rules::expr::expression::RULE, "VERSION() is kept: PostgreSQL's version() describes PostgreSQL ('PostgreSQL 15.…'), not a MySQL version", Severity::Warning),
            crate::parse::MATCH_AGAINST => {
                let result = super::fulltext_match::translate(&args);
                self.apply(e, &super::fulltext_match::RULE, result, "match");
            }
            // `VALUES(col)` in ON DUPLICATE KEY UPDATE: the row that was to be inserted.
            "values" if args.len() == 1 => {
                replace(e, format!("EXCLUDED.{}", args[0]));
            }
            n => {
                type Translate = fn(
                    &str,
                    &[Expr],
                    &crate::catalog::ColumnSets,
                ) -> super::text_functions::Rewrite;
                let families: [(&'static Rule, Translate); 3] = [
                    (
                        &super::text_functions::RULE,
                        super::text_functions::translate,
                    ),
                    (
                        &super::date_functions::RULE,
                        super::date_functions::translate,
                    ),
                    (
                        &super::json_functions::RULE,
                        super::json_functions::translate,
                    ),
                ];
                for (rule, translate) in families {
                    if let Some(result) = translate(n, &args, &self.sets) {
                        self.apply(e, rule, result, n);
                        return;
                    }
                }
                if !SAME.contains(&n) && !self.unknown.iter().any(|u| u == n) {
                    self.unknown.push(n.to_string());
                }
            }
        }
    }

    /// Bound values PostgreSQL cannot type from their place (`? IS NULL`, `? + ?`): MySQL
    /// reads them as strings or numbers; typed here so that PREPARE accepts them.
    fn bound_values(&self, e: &mut Expr) -> Option<&'static str> {
        let bound =
            |x: &Expr| matches!(x, Expr::Value(v) if matches!(v.value, Value::Placeholder(_)));
        let cast = |x: &mut Box<Expr>, ty: &str| {
            if let Ok(c) = parse_pg_expr(&format!("CAST({x} AS {ty})")) {
                **x = c;
            }
        };
        match e {
            Expr::IsNull(x) | Expr::IsNotNull(x) if bound(x) => {
                cast(x, "text");
                Some("a bound value tested for NULL is typed as text (PostgreSQL cannot infer its type)")
            }
            Expr::BinaryOp {
                left,
                op:
                    ast::BinaryOperator::Plus
                    | ast::BinaryOperator::Minus
                    | ast::BinaryOperator::Multiply,
                right,
            } if bound(left) && bound(right) => {
                cast(left, "numeric");
                cast(right, "numeric");
                Some("arithmetic between bound values is numeric, as in MySQL (PostgreSQL cannot infer their types)")
            }
            _ => None,
        }
    }

    /// A comparison with MySQL's zero date (`'0000-00-00'`), which the data conversion
    /// stored as `-infinity` or NULL (D003): compared with that instead.
    fn zero_date(&mut self, e: &mut Expr) {
        use ast::BinaryOperator as B;
        let zero = |x: &Expr| match x {
            Expr::Value(v) => match &v.value {
                Value::SingleQuotedString(s) => {
                    s.starts_with("0000-00-00")
                        && s[10..]
                            .trim_start()
                            .chars()
                            .all(|c| matches!(c, '0' | ':' | '.'))
                }
                _ => false,
            },
            _ => false,
        };
        let Expr::BinaryOp { left, op, right } = e else {
            return;
        };
        if !matches!(op, B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq) {
            return;
        }
        let (col, lit_left) = if zero(right) && !zero(left) {
            (left.clone(), false)
        } else if zero(left) && !zero(right) {
            (right.clone(), true)
        } else {
            return;
        };
        // A string column compares the text '0000-00-00' as text.
        if Self::column_name(&col).is_some_and(|c| self.sets.text.contains(&c)) {
            return;
        }
        // Under `zero_dates: null`, columns that stay NOT NULL (a primary key's, or one
        // without a zero-date default) hold '-infinity' for zero dates too.
        let never_null = Self::column_name(&col).is_some_and(|c| self.sets.never_null.contains(&c));
        let rule = &crate::rules::types::zero_date::RULE;
        match self.zero_dates {
            crate::config::ZeroDatePolicy::MinusInfinity => {
                let lit = if lit_left { left } else { right };
                **lit = Expr::Value(Value::SingleQuotedString("-infinity".into()).into());
                self.note(rule, "a comparison with the zero date compares with '-infinity', which the converted data holds instead (zero_dates: minus-infinity)", Severity::Warning);
            }
            crate::config::ZeroDatePolicy::Null if never_null => {
                let lit = if lit_left { left } else { right };
                **lit = Expr::Value(Value::SingleQuotedString("-infinity".into()).into());
                self.note(rule, "a comparison with the zero date on a NOT NULL column compares with '-infinity', which the converted data holds there (zero_dates: null puts NULL only in nullable columns)", Severity::Warning);
            }
            crate::config::ZeroDatePolicy::Null => {
                let infinity = || {
                    Box::new(Expr::Value(
                        Value::SingleQuotedString("-infinity".into()).into(),
                    ))
                };
                match op {
                    B::Eq => {
                        *e = Expr::Nested(Box::new(Expr::BinaryOp {
                            left: Box::new(Expr::IsNull(col.clone())),
                            op: B::Or,
                            right: Box::new(Expr::BinaryOp { left: col, op: B::Eq, right: infinity() }),
                        }));
                        self.note(rule, "`= '0000-00-00'` becomes `IS NULL OR = '-infinity'`: the converted data holds NULL for zero dates, or '-infinity' in NOT NULL columns (zero_dates: null)", Severity::Warning);
                    }
                    B::NotEq => {
                        *e = Expr::Nested(Box::new(Expr::BinaryOp {
                            left: Box::new(Expr::IsNotNull(col.clone())),
                            op: B::And,
                            right: Box::new(Expr::BinaryOp { left: col, op: B::NotEq, right: infinity() }),
                        }));
                        self.note(rule, "`<> '0000-00-00'` becomes `IS NOT NULL AND <> '-infinity'`: the converted data holds NULL for zero dates, or '-infinity' in NOT NULL columns (zero_dates: null)", Severity::Warning);
                    }
                    _ => self.note(rule, "an ordering comparison with the zero date has no translation under zero_dates: null (the zero dates are NULL)", Severity::Error),
                }
            }
        }
    }

    /// A string column compared with a number: MySQL converts the string to a number
    /// ('5.0' = 5, 'abc' = 0), PostgreSQL has no such comparison.
    fn string_number(&mut self, e: &Expr) {
        use ast::BinaryOperator as B;
        let Expr::BinaryOp { left, op, right } = e else {
            return;
        };
        if !matches!(op, B::Eq | B::NotEq | B::Lt | B::LtEq | B::Gt | B::GtEq) {
            return;
        }
        let number = |x: &Expr| matches!(x, Expr::Value(v) if matches!(v.value, Value::Number(..)));
        let text = |x: &Expr| {
            Self::column_name(x).is_some_and(|c| {
                self.sets.text.contains(&c)
                    && !self
                        .sets
                        .numeric
                        .get(&c)
                        .is_some_and(|k| *k != crate::catalog::NumKind::Mixed)
            })
        };
        let col = if number(right) && text(left) {
            left
        } else if number(left) && text(right) {
            right
        } else {
            return;
        };
        let msg = format!("`{col}` is a string compared with a number: MySQL compares them as numbers ('5.0' = 5, 'abc' = 0), PostgreSQL refuses the comparison; write the value as a string, or CAST the column if it only holds numbers");
        // (A name that is a number in another table is refused too: flagged, not silent.)
        self.note(&crate::rules::expr::expression::RULE, msg, Severity::Error);
    }

    /// A number where MySQL expects a truth value (`WHERE FIND_IN_SET(…)`, `a AND 1`):
    /// non-zero is true. PostgreSQL needs a boolean.
    fn truth(&mut self, x: &mut Expr) {
        let numeric = match &*x {
            Expr::Function(_) | Expr::Case { .. } => !super::xor::is_boolean(x, &self.sets),
            Expr::Value(v) => matches!(v.value, Value::Number(..)),
            Expr::Identifier(_) | Expr::CompoundIdentifier(_) => matches!(
                super::division::kind(x, &self.sets),
                crate::catalog::NumKind::Exact(_) | crate::catalog::NumKind::Float
            ),
            Expr::Nested(inner) => {
                matches!(&**inner, Expr::Case { .. }) && !super::xor::is_boolean(inner, &self.sets)
            }
            _ => false,
        };
        // MATCH … AGAINST in a condition: the search itself, which the GIN index serves.
        if let Expr::Function(f) = &*x {
            if super::function_is(f, "ts_rank") {
                if let [a, b] = super::division::function_args(f).as_slice() {
                    if let Ok(c) = parse_pg_expr(&format!("{a} @@ {b}")) {
                        *x = c;
                    }
                }
                return;
            }
        }
        if !numeric {
            return;
        }
        // A function of unknown type may return a boolean already: only the ones this
        // walk wrote or knows to return numbers are compared with zero.
        if let Expr::Function(f) = &*x {
            let n = f.name.to_string().to_ascii_lowercase();
            let known_number = matches!(
                n.as_str(),
                "strpos"
                    | "coalesce"
                    | "char_length"
                    | "octet_length"
                    | "length"
                    | "count"
                    | "sum"
                    | "abs"
                    | "mod"
                    | "sign"
                    | "round"
                    | "trunc"
                    | "floor"
                    | "ceil"
                    | "ceiling"
                    | "array_position"
            );
            if !known_number {
                return;
            }
        }
        if let Ok(c) = parse_pg_expr(&format!("({x}) <> 0")) {
            *x = c;
            self.note(
                &crate::rules::expr::expression::RULE,
                "a number used as a condition is compared with 0, as MySQL reads it",
                Severity::Info,
            );
        }
    }

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

    fn group_concat(&mut self, e: &mut Expr, args: &[Expr]) {
        let Expr::Function(f) = e else { return };
        let ast::FunctionArguments::List(list) = &mut f.args else {
            return;
        };
        let mut sep = "','".to_string();
        list.clauses.retain(|c| match c {
            ast::FunctionArgumentClause::Separator(v) => {
                sep = match &v.value {
                    Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => {
                        crate::ident::literal(s)
                    }
                    other => other.to_string(),
                };
                false
            }
            _ => true,
        });
        let distinct = matches!(
            list.duplicate_treatment,
            Some(ast::DuplicateTreatment::Distinct)
        );
        let ordered_by_other = list.clauses.iter().any(|c| matches!(c, ast::FunctionArgumentClause::OrderBy(o) if o.len() != 1 || args.len() != 1 || o[0].expr != args[0]));
        let ordered_by_itself = list.clauses.iter().any(|c| matches!(c, ast::FunctionArgumentClause::OrderBy(o) if o.len() == 1 && args.len() == 1 && o[0].expr == args[0]));
        if distinct && ordered_by_itself {
            // PostgreSQL orders a DISTINCT aggregate only by its argument itself: the
            // value is aggregated as it is (its type and collation kept) and joined.
            let order = list.clauses.iter().find_map(|c| match c {
                ast::FunctionArgumentClause::OrderBy(o) => Some(o[0].to_string()),
                _ => None,
            });
            let x = &args[0];
            let text = format!(
                "array_to_string(array_agg(DISTINCT {x} ORDER BY {}) FILTER (WHERE {x} IS NOT NULL), {sep})",
                order.unwrap_or_default()
            );
            if let Ok(v) = parse_pg_expr(&text) {
                *e = v;
                self.note(&super::group_concat::RULE, "GROUP_CONCAT(DISTINCT x ORDER BY x) becomes array_to_string(array_agg(…)): MySQL cuts the result at group_concat_max_len (1024 bytes by default), PostgreSQL does not", Severity::Warning);
            }
            return;
        }
        if distinct && ordered_by_other {
            self.note(&super::group_concat::RULE, "GROUP_CONCAT(DISTINCT … ORDER BY another expression) has no string_agg equivalent (PostgreSQL orders DISTINCT aggregates by their argument only)", Severity::Error);
            return;
        }
        let joined: Vec<String> = args.iter().map(|a| format!("CAST({a} AS text)")).collect();
        let Ok(value) = parse_pg_expr(&joined.join(" || ")) else {
            return;
        };
        let Ok(sep) = parse_pg_expr(&sep) else { return };
        list.args = vec![
            ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(value)),
            ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(sep)),
        ];
        f.name = ObjectName::from(vec![Ident::new("string_agg")]);
        let ordered = list
            .clauses
            .iter()
            .any(|c| matches!(c, ast::FunctionArgumentClause::OrderBy(_)));
        self.note(&super::group_concat::RULE, "GROUP_CONCAT becomes string_agg: MySQL cuts the result at group_concat_max_len (1024 bytes by default), PostgreSQL does not", Severity::Warning);
        if !ordered {
            self.note(&super::group_concat::RULE, "GROUP_CONCAT without ORDER BY: the order of the elements is unspecified in MySQL and differs in PostgreSQL; add ORDER BY to fix it", Severity::Warning);
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
        // whose order MySQL must keep.
        let mut straight = false;
        for t in &mut s.from {
            for j in &mut t.joins {
                if let ast::JoinOperator::StraightJoin(c) = &j.join_operator {
                    j.join_operator = ast::JoinOperator::Join(c.clone());
                    straight = true;
                }
            }
        }
        if straight {
            self.note(&RULE, "`STRAIGHT_JOIN` between tables becomes JOIN: the join order is the planner's, the rows are the same", Severity::Info);
        }
        ControlFlow::Continue(())
    }

    fn post_visit_query(&mut self, q: &mut Query) -> ControlFlow<()> {
        if let ast::SetExpr::Select(s) = &mut *q.body {
            if let ast::GroupByExpr::Expressions(g, _) = &s.group_by {
                if g.iter()
                    .any(|x| matches!(x, Expr::Function(f) if super::function_is(f, "rollup")))
                {
                    let msg = if q.order_by.is_none() {
                        "GROUP BY … WITH ROLLUP becomes GROUP BY ROLLUP (…): the same rows, but MySQL returns them sorted with each super-aggregate after its group and PostgreSQL in no set order; add ORDER BY"
                    } else {
                        "GROUP BY … WITH ROLLUP becomes GROUP BY ROLLUP (…)"
                    };
                    let sev = if q.order_by.is_none() {
                        Severity::Warning
                    } else {
                        Severity::Info
                    };
                    self.note(&super::group_by_columns::RULE, msg, sev);
                }
            }
            if let Some(w) = &mut s.selection {
                self.truth(w);
            }
            if let Some(h) = &mut s.having {
                self.truth(h);
            }
        }
        // Names are translated by now, so the added GROUP BY terms are PostgreSQL's.
        if super::group_by_columns::apply(q, &self.sets) {
            self.note(&super::group_by_columns::RULE, "GROUP BY gets the columns the query selects outside aggregates: the same groups when they depend on the grouped key, as ONLY_FULL_GROUP_BY requires", Severity::Warning);
        }
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
            let name = match e {
                Expr::Identifier(i) => &i.value,
                Expr::CompoundIdentifier(parts) => match parts.last() {
                    Some(i) => &i.value,
                    None => return false,
                },
                _ => return false,
            };
            let name = name.to_lowercase();
            !outer && !aliases.contains(&name) && self.sets.never_null.contains(&name)
        };
        if let Some(ob) = &mut q.order_by {
            if let ast::OrderByKind::Expressions(exprs) = &mut ob.kind {
                let mut changed = false;
                for o in exprs.iter_mut() {
                    if o.options.nulls_first.is_none() {
                        let desc = matches!(o.options.sort, Some(ast::OrderBySort::Desc));
                        // Ordering by a constant (`ORDER BY NULL`) orders nothing, and a
                        // NOT NULL column has no NULL to place.
                        if !matches!(o.expr, Expr::Value(_)) && !never_null(&o.expr) {
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
            }
        }
        ControlFlow::Continue(())
    }

    fn pre_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
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
        if let Some(msg) = super::boolean_column::rewrite(e, &self.sets) {
            self.note(&super::boolean_column::RULE, msg, Severity::Info);
        }
        if let Some(msg) = super::cast_type::rewrite(e) {
            self.note(&super::cast_type::RULE, msg, Severity::Info);
        }
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
        self.zero_date(e);
        self.string_number(e);
        if let Some(msg) = self.bound_values(e) {
            self.note(&super::placeholder::RULE, msg, Severity::Info);
        }
        match e {
            Expr::Identifier(i) => self.ident(i),
            Expr::CompoundIdentifier(v) => v.iter_mut().for_each(|i| self.ident(i)),
            Expr::Prefixed { prefix, value } if prefix.value.starts_with('_') => {
                // `_utf8mb4'x'`: the introducer only names the character set.
                *e = (**value).clone();
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
                let target = Self::column_name(expr).or_else(|| {
                    super::text_functions::mentions_ci(expr, &self.sets).then(|| expr.to_string())
                });
                if let Some(col) = target {
                    if self.sets.ci.contains(&col) || Self::column_name(expr).is_none() {
                        if self.sets.cs.contains(&col) {
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
                if let Some(labels) = Self::column_name(expr)
                    .and_then(|c| self.sets.enums.get(&c))
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
            } if Self::column_name(left).is_some_and(|c| self.sets.enums.contains_key(&c)) => {
                let labels = self.sets.enums[&Self::column_name(left).expect("checked")].clone();
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
                        // MySQL's DIV is an integer.
                        if let Ok(x) =
                            parse_pg_expr(&format!("CAST(div({left}, {right}) AS bigint)"))
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
                let (text, note) = super::regexp::rewrite(*negated, expr, pattern, &self.sets);
                self.apply(e, &super::regexp::RULE, Ok((text, Some(note))), "regexp");
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
            Expr::SimilarTo { .. } => {
                self.note(
                    &crate::rules::expr::expression::RULE,
                    "`SIMILAR TO` is not MySQL",
                    Severity::Error,
                );
            }
            _ => {}
        }
        ControlFlow::Continue(())
    }
}

/// Translates a DDL expression (a default, CHECK, generated column, partition key) `e`; reports unknown functions and unparsable results at `span`.
/// Returns None when the result is not valid PostgreSQL.
pub fn expression(e: &Expr, what: &str, span: Range<usize>, cx: &mut Cx) -> Option<String> {
    let mut e = e.clone();
    let mut w = Walk::new(cx);
    let _ = e.visit(&mut w);
    let text = e.to_string();
    if !w.finish(what, span.clone(), cx) {
        return None;
    }
    if !crate::rules::expr::expression::is_pg_expr(&text) {
        cx.report(
            &crate::rules::expr::expression::RULE,
            span,
            format!("{what} `{text}` is not valid PostgreSQL"),
        )
        .severity = Severity::Error;
        return None;
    }
    Some(text)
}

/// Translates a whole statement; None (reported) when it has no faithful translation.
pub fn statement(stmt: Statement, what: &str, span: Range<usize>, cx: &mut Cx) -> Option<String> {
    let mut stmt = stmt;
    let mut w = Walk::new(cx);
    // Checked as PostgreSQL with `$n` markers; written in the configured style after.
    let style = std::mem::replace(&mut w.style, crate::config::PlaceholderStyle::Dollar);
    if stmt_has_placeholder(&stmt) {
        w.number_placeholders(&stmt);
    }
    let multi =
        matches!(&stmt, Statement::Update(u) if !u.table.joins.is_empty() || u.from.is_some());
    super::multi_table::rewrite(&mut stmt, &mut w.notes);
    super::update_order::rewrite(&mut stmt, multi, &mut w.notes);
    super::dml_limit::rewrite(&mut stmt, &mut w.notes);
    let sets = w.sets.clone();
    super::having_alias::rewrite(&mut stmt, &sets, &mut w.notes);
    let _ = stmt.visit(&mut w);
    if let Statement::Query(q) = &mut stmt {
        if finish_columns(&mut q.body, &w.sets) {
            w.note(&super::division::RULE, "AVG inside arithmetic: MySQL computes it with an inner precision my2pg does not reproduce, so the last digits can differ", Severity::Warning);
        }
    }
    match &mut stmt {
        Statement::Update(u) => {
            if let Some(s) = &mut u.selection {
                w.truth(s);
            }
            // An enum column given a computed string: PostgreSQL needs the enum type.
            let sets = w.sets.clone();
            for a in &mut u.assignments {
                let ast::AssignmentTarget::ColumnName(name) = &a.target else {
                    continue;
                };
                let Some(col) = name.0.last().and_then(|p| p.as_ident()) else {
                    continue;
                };
                let Some(ty) = sets.enum_types.get(&col.value.to_lowercase()) else {
                    continue;
                };
                if matches!(
                    &a.value,
                    Expr::Case { .. } | Expr::Function(_) | Expr::Nested(_)
                ) {
                    if let Ok(x) =
                        parse_pg_expr(&format!("CAST(CAST({} AS text) AS {ty})", a.value))
                    {
                        a.value = x;
                    }
                }
            }
            // A truth value stored in a column that is not boolean: 1 or 0, as in MySQL.
            for a in &mut u.assignments {
                let ast::AssignmentTarget::ColumnName(name) = &a.target else {
                    continue;
                };
                let Some(col) = name.0.last().and_then(|p| p.as_ident()) else {
                    continue;
                };
                let kind = sets.numeric.get(&col.value.to_lowercase()).copied();
                if kind.is_some_and(|k| k != crate::catalog::NumKind::Bool) {
                    one_or_zero(&mut a.value, &sets);
                }
            }
        }
        Statement::Delete(d) => {
            if let Some(s) = &mut d.selection {
                w.truth(s);
            }
        }
        _ => {}
    }
    if let Some(msg) = super::boolean_column::assignments(&mut stmt, &w.sets) {
        w.note(&super::boolean_column::RULE, msg, Severity::Info);
    }
    if let Statement::Insert(ins) = &mut stmt {
        if let Some(p) = ins.priority.take() {
            w.note(
                &crate::rules::expr::expression::RULE,
                format!(
                    "INSERT {p} (a lock-queue priority) dropped: no effect on the rows written"
                ),
                Severity::Info,
            );
        }
        super::insert_ignore::rewrite(ins, &mut w.notes, cx);
    }
    let text = stmt.to_string();
    if !w.finish(what, span.clone(), cx) {
        return None;
    }
    let d = sqlparser::dialect::PostgreSqlDialect {};
    if let Err(e) = sqlparser::parser::Parser::parse_sql(&d, &text) {
        cx.report(
            &RULE,
            span,
            format!(
                "{what} has MySQL-only parts my2pg does not translate yet: kept as a comment ({e})"
            ),
        );
        return None;
    }
    if style == crate::config::PlaceholderStyle::Dollar {
        return Some(text);
    }
    // Positional markers bind by place: a rewrite that moved a value (LIMIT o, n) would
    // bind the application's values to the wrong places.
    let mut order = Vec::new();
    let _ = sqlparser::ast::visit_expressions_mut(&mut stmt, |e| {
        if let Expr::Value(v) = e {
            if let Value::Placeholder(p) = &v.value {
                if let Some(n) = p.strip_prefix('$').and_then(|n| n.parse::<usize>().ok()) {
                    order.push(n);
                    v.value = Value::Placeholder(super::placeholder::marker(n, style));
                }
            }
        }
        ControlFlow::<()>::Continue(())
    });
    let mut seen = order.clone();
    seen.sort_unstable();
    seen.dedup();
    if seen.len() != order.len() {
        // A translation that reads a value twice (FIND_IN_SET's NULL test, LOCATE's
        // start, GREATEST's NULL rule) would need the application to bind it twice.
        cx.report(&super::placeholder::RULE, span, format!("{what} reads a `?` value more than once in its PostgreSQL form: with positional placeholders the application would have to bind it twice; use `--placeholders dollar`")).severity = Severity::Error;
        return None;
    }
    if order.windows(2).any(|w| w[0] > w[1]) {
        cx.report(&super::placeholder::RULE, span, format!("{what} moves its `?` values (LIMIT offset, count): with positional placeholders the application's values would bind to other places; use `--placeholders dollar` or reorder the bound values")).severity = Severity::Error;
        return None;
    }
    Some(stmt.to_string())
}

/// Whether `f` is called `name` (ASCII case-insensitive), without allocating: the query
/// rules ask this of every function call.

/// The relations a statement reads, by their PostgreSQL name (last part, lower case).
pub fn relations(stmt: &Statement) -> Vec<String> {
    let mut out = Vec::new();
    let _ = sqlparser::ast::visit_relations(stmt, |r| {
        if let Some(i) = r.0.last().and_then(|p| p.as_ident()) {
            let n = i.value.to_lowercase();
            if !out.contains(&n) {
                out.push(n);
            }
        }
        ControlFlow::<()>::Continue(())
    });
    out
}

/// Whether a statement has a `?` placeholder (cheaper than walking it when it has none).
fn stmt_has_placeholder(stmt: &Statement) -> bool {
    sqlparser::ast::visit_expressions(stmt, |e| match e {
        Expr::Value(v) if matches!(&v.value, Value::Placeholder(_)) => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

/// The outermost SELECT's columns get the scale MySQL shows (Q011).
/// A comparison (or other truth value) shown or stored as a value: MySQL's is the
/// integer 1 or 0, PostgreSQL's a boolean (`t`/`f`, or 'true' in a string column).
/// A boolean column itself stays a boolean (the schema made it one).
fn one_or_zero(e: &mut Expr, sets: &crate::catalog::ColumnSets) {
    if matches!(e, Expr::Identifier(_) | Expr::CompoundIdentifier(_))
        || !super::xor::is_boolean(e, sets)
    {
        return;
    }
    if let Ok(x) = parse_pg_expr(&format!("CAST({e} AS integer)")) {
        *e = x;
    }
}

fn finish_columns(body: &mut ast::SetExpr, sets: &crate::catalog::ColumnSets) -> bool {
    let mut avg_inside = false;
    match body {
        ast::SetExpr::Select(s) => {
            // MySQL's `FROM DUAL` names no table: PostgreSQL's SELECT needs no FROM.
            if s.from.len() == 1
                && s.from[0].joins.is_empty()
                && matches!(&s.from[0].relation, ast::TableFactor::Table { name, alias: None, .. }
                    if name.to_string().eq_ignore_ascii_case("dual"))
            {
                s.from.clear();
            }
            for item in &mut s.projection {
                match item {
                    ast::SelectItem::UnnamedExpr(e)
                    | ast::SelectItem::ExprWithAlias { expr: e, .. } => {
                        avg_inside |= super::division::finish(e, sets);
                        one_or_zero(e, sets);
                    }
                    _ => {}
                }
            }
        }
        ast::SetExpr::SetOperation { left, right, .. } => {
            avg_inside |= finish_columns(left, sets);
            avg_inside |= finish_columns(right, sets);
        }
        ast::SetExpr::Query(q) => avg_inside |= finish_columns(&mut q.body, sets),
        _ => {}
    }
    avg_inside
}
