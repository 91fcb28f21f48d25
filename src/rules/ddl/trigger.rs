//! # D021 trigger
//!
//! ## What it does
//! Turns a MySQL `CREATE TRIGGER` into a PL/pgSQL trigger function and a `CREATE TRIGGER
//! … FOR EACH ROW EXECUTE FUNCTION`, written where the MySQL trigger stood (so a dump's
//! rows, loaded before it, do not fire it, and a script's later rows do). `DROP TRIGGER`
//! becomes `DROP TRIGGER … ON table` and drops the function.
//!
//! The body is translated statement by statement with the query rules:
//! - `SET NEW.col = expr` → `NEW.col := expr;` (the value translated as the column's
//!   assignment, so booleans, enums and dates follow the column's converted type);
//! - `INSERT`, `UPDATE`, `DELETE`, `REPLACE` → the translated statement;
//! - `IF … THEN … ELSEIF … ELSE … END IF` → PL/pgSQL's `IF … ELSIF …`;
//! - `BEGIN … END` blocks;
//! - `SIGNAL SQLSTATE 'xxxxx' SET MESSAGE_TEXT = …` → `RAISE EXCEPTION USING ERRCODE,
//!   MESSAGE`.
//!
//! Anything else in a body (local variables, loops, cursors, `CALL`, user variables, a
//! `SELECT … INTO`) keeps the whole trigger as a commented original with an error: a
//! half-translated trigger would run with another meaning.
//!
//! ## MySQL
//! Row triggers only: `BEFORE|AFTER INSERT|UPDATE|DELETE … FOR EACH ROW`. A BEFORE
//! trigger changes the row through `SET NEW.col`. Triggers of one table and event fire in
//! creation order, or as `FOLLOWS`/`PRECEDES` say. A trigger runs with its DEFINER's
//! privileges.
//!
//! ## PostgreSQL
//! A trigger calls a function `RETURNS trigger`; a BEFORE trigger returns the row to
//! write (`NEW`, or `OLD` for DELETE), an AFTER trigger's result is ignored (`NULL`).
//! The function is named after the trigger with `_fn`. Triggers of one table and event
//! fire in name order.
//!
//! ## Caveats
//! - Firing order: when a table already has a trigger for the same timing and event
//!   whose name sorts after this one (or the trigger says FOLLOWS/PRECEDES), the order
//!   differs from MySQL's: a warning says so.
//! - DEFINER is dropped: the function runs with the privileges of the user whose
//!   statement fires it (a note).
//! - In a BEFORE INSERT trigger, MySQL shows an AUTO_INCREMENT column as 0; PostgreSQL's
//!   identity default is already drawn, so `NEW.id` has the new id.
//! - A body statement's own caveats are reported by its rules (Q…), at its place.

use crate::diagnostics::Severity;
use crate::ir::{QName, Trigger};
use crate::parse::{lex, parse_statement, Parsed};
use crate::rules::Cx;
use sqlparser::tokenizer::Token;
use std::ops::Range;

crate::rule!(
    "D021",
    "trigger",
    Info,
    "triggers become a PL/pgSQL trigger function and a trigger"
);

/// The function and trigger statements; None (reported as an error) when the body has a
/// statement with no translation.
pub fn create(t: &Trigger, cx: &mut Cx) -> Option<Vec<String>> {
    let whole = cx.stmt.clone();
    let (schema, pg_table) = cx.table_names(&t.table);
    let table = cx.qualified(&schema, &pg_table);
    let fn_base = crate::ident::truncate(&format!("{}_fn", cx.pg_name(&t.name.name)));
    let func = cx.qualified(&schema, &fn_base);
    let toks = match lex(&t.body) {
        Some(toks) => toks,
        None => {
            cx.report(
                &RULE,
                whole,
                format!(
                    "the body of trigger `{}` does not tokenize: kept as a comment",
                    t.name.name
                ),
            )
            .severity = Severity::Error;
            return None;
        }
    };
    let mut body = Body {
        text: &t.body,
        toks,
        pos: 0,
        base: cx.stmt.start + t.body_offset,
        trigger: &t.name.name,
        table: &t.table,
        lines: Vec::new(),
        ok: true,
    };
    // A body of one BEGIN … END block is the function's own block.
    let mut last = body.toks.len();
    while last > 0 && body.toks[last - 1].0 == Token::SemiColon {
        last -= 1;
    }
    let single_block = body.is(0, "BEGIN") && body.block_end(0) == Some(last);
    if single_block {
        body.pos = 1;
        body.block(1, &["END"], cx);
        body.pos += 1;
    } else {
        body.statement(1, cx);
    }
    while body.pos < body.toks.len() && body.toks[body.pos].0 == Token::SemiColon {
        body.pos += 1;
    }
    if body.ok && body.pos < body.toks.len() {
        let at = body.span(body.pos, body.toks.len());
        body.unsupported(at, "text after the trigger's body", cx);
    }
    if !body.ok {
        return None;
    }
    if let Some(d) = &t.definer {
        let who = d
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .trim_start_matches([' ', '='])
            .trim();
        cx.report(&RULE, whole.clone(), format!("the DEFINER ({who}) of trigger `{}` is dropped: the function runs with the privileges of the user whose statement fires it", t.name.name));
    }
    let key = cx.catalog.key_of(&t.table);
    let order_differs = t.order.is_some()
        || cx.catalog.triggers.values().any(|o| {
            o.table == key && o.timing == t.timing && o.event == t.event && o.pg_function > func
        });
    if order_differs {
        cx.report(&RULE, whole.clone(), format!("trigger `{}` shares its table and event with another trigger: PostgreSQL fires them in name order, MySQL in creation order (or as FOLLOWS/PRECEDES say)", t.name.name)).severity = Severity::Warning;
    }
    cx.report(
        &RULE,
        whole,
        format!(
            "trigger `{}` becomes function {func}() and a trigger",
            t.name.name
        ),
    );
    let trigger_db = t
        .name
        .schema
        .clone()
        .or_else(|| cx.catalog.database.clone())
        .unwrap_or_default();
    cx.catalog.touch();
    cx.catalog.triggers.insert(
        (trigger_db, t.name.name.clone()),
        crate::catalog::TriggerInfo {
            table: key,
            timing: t.timing.clone(),
            event: t.event.clone(),
            pg_table: table.clone(),
            pg_function: func.clone(),
        },
    );
    let ret = match (t.timing.as_str(), t.event.as_str()) {
        ("BEFORE", "DELETE") => "OLD",
        ("BEFORE", _) => "NEW",
        _ => "NULL",
    };
    // MySQL resolves the body's table names in the trigger's database, whoever fires it.
    let path = match &schema {
        Some(s) if cx.config.schema.is_none() => {
            format!("\n    SET search_path = {}, public", cx.quote(s))
        }
        _ => String::new(),
    };
    let code = body.lines.join("\n");
    let tag = if code.contains("$$") { "$my2pg$" } else { "$$" };
    Some(vec![
        format!(
            "CREATE FUNCTION {func}() RETURNS trigger\n    LANGUAGE plpgsql{path}\n    AS {tag}\nBEGIN\n{code}\n    RETURN {ret};\nEND;\n{tag};"
        ),
        format!(
            "CREATE TRIGGER {} {} {} ON {table} FOR EACH ROW EXECUTE FUNCTION {func}();",
            cx.ident(&t.name.name),
            t.timing,
            t.event
        ),
    ])
}

/// `DROP TRIGGER`: the trigger (on the table the catalog knows) and its function.
pub fn drop(name: &QName, if_exists: bool, cx: &mut Cx) -> Option<Vec<String>> {
    let db = name
        .schema
        .clone()
        .or_else(|| cx.catalog.database.clone())
        .unwrap_or_default();
    let whole = cx.stmt.clone();
    cx.catalog.touch();
    match cx.catalog.triggers.remove(&(db, name.name.clone())) {
        Some(info) => {
            cx.report(
                &RULE,
                whole,
                format!(
                    "DROP TRIGGER `{}` also drops its function {}()",
                    name.name, info.pg_function
                ),
            );
            let ie = if if_exists { "IF EXISTS " } else { "" };
            Some(vec![
                format!(
                    "DROP TRIGGER {ie}{} ON {};",
                    cx.ident(&name.name),
                    info.pg_table
                ),
                format!("DROP FUNCTION {ie}{}();", info.pg_function),
            ])
        }
        None if if_exists => {
            cx.report(&RULE, whole, format!("DROP TRIGGER IF EXISTS `{}`: no such trigger earlier in the input, so nothing to drop (PostgreSQL needs the trigger's table)", name.name));
            Some(Vec::new())
        }
        None => {
            cx.report(&RULE, whole, format!("DROP TRIGGER `{}`: the trigger is not defined earlier in the input, and PostgreSQL needs its table: kept as a comment", name.name)).severity = Severity::Error;
            None
        }
    }
}

/// A trigger body being translated: its tokens (byte ranges in `text`) and the PL/pgSQL
/// lines written so far.
struct Body<'a> {
    text: &'a str,
    toks: Vec<(Token, Range<usize>)>,
    pos: usize,
    /// The body's offset in the input file.
    base: usize,
    trigger: &'a str,
    table: &'a QName,
    lines: Vec<String>,
    ok: bool,
}

impl Body<'_> {
    fn is(&self, i: usize, word: &str) -> bool {
        matches!(self.toks.get(i), Some((Token::Word(w), _)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(word))
    }

    /// The input span of tokens `a..b`.
    fn span(&self, a: usize, b: usize) -> Range<usize> {
        let start = self
            .toks
            .get(a)
            .map(|t| t.1.start)
            .unwrap_or(self.text.len());
        let end = b
            .checked_sub(1)
            .and_then(|k| self.toks.get(k))
            .map(|t| t.1.end)
            .unwrap_or(start)
            .max(start);
        self.base + start..self.base + end
    }

    /// The MySQL text of tokens `a..b`, with `NEW.`/`OLD.` written in lower case (PL/pgSQL
    /// knows the records by those names; a quoted `"NEW"` would not be them).
    fn text_of(&self, a: usize, b: usize) -> String {
        if a >= b {
            return String::new();
        }
        let start = self.toks[a].1.start;
        let mut s = self.text[start..self.toks[b - 1].1.end].to_string();
        for k in a..b {
            if (self.is(k, "NEW") || self.is(k, "OLD"))
                && matches!(self.toks.get(k + 1), Some((Token::Period, _)))
            {
                let r = &self.toks[k].1;
                let lower = self.text[r.clone()].to_ascii_lowercase();
                s.replace_range(r.start - start..r.end - start, &lower);
            }
        }
        s
    }

    fn unsupported(&mut self, span: Range<usize>, what: &str, cx: &mut Cx) {
        if self.ok {
            cx.report(&RULE, span, format!("{what} in trigger `{}` has no translation yet: the trigger is kept as a comment", self.trigger)).severity = Severity::Error;
        }
        self.ok = false;
    }

    /// Whether token `k` starts a statement (after `;`, `BEGIN`, `THEN`, `ELSE`, `DO`).
    fn starts_statement(&self, k: usize) -> bool {
        k == 0
            || self.toks[k - 1].0 == Token::SemiColon
            || ["BEGIN", "THEN", "ELSE", "DO", "LOOP", "REPEAT"]
                .iter()
                .any(|w| self.is(k - 1, w))
    }

    /// The index of the token after the `END` closing the block that starts at `i`
    /// (`BEGIN`, `IF`, `CASE`, `LOOP`, …), counting nested blocks.
    fn block_end(&self, i: usize) -> Option<usize> {
        let mut depth = 0i32;
        let mut k = i;
        while k < self.toks.len() {
            let after_end = k > 0 && self.is(k - 1, "END");
            let opens = !after_end
                && (self.is(k, "BEGIN")
                    || self.is(k, "CASE")
                    || (["IF", "LOOP", "REPEAT", "WHILE"]
                        .iter()
                        .any(|w| self.is(k, w))
                        && self.starts_statement(k)));
            if opens {
                depth += 1;
            } else if self.is(k, "END") {
                depth -= 1;
                // `END IF`, `END CASE`, `END LOOP`, … close with their word.
                if ["IF", "CASE", "LOOP", "REPEAT", "WHILE"]
                    .iter()
                    .any(|w| self.is(k + 1, w))
                {
                    k += 1;
                }
                if depth == 0 {
                    return Some(k + 1);
                }
            }
            k += 1;
        }
        None
    }

    /// Statements until one of `stops` (not consumed) or the end.
    fn block(&mut self, indent: usize, stops: &[&str], cx: &mut Cx) {
        while self.ok && self.pos < self.toks.len() {
            if stops.iter().any(|s| self.is(self.pos, s)) {
                return;
            }
            if self.toks[self.pos].0 == Token::SemiColon {
                self.pos += 1;
                continue;
            }
            self.statement(indent, cx);
        }
    }

    /// The end of the statement at `pos`: its `;` (not included) or the end of the body.
    fn statement_end(&self) -> usize {
        (self.pos..self.toks.len())
            .find(|&k| self.toks[k].0 == Token::SemiColon)
            .unwrap_or(self.toks.len())
    }

    fn statement(&mut self, indent: usize, cx: &mut Cx) {
        let pad = "    ".repeat(indent);
        let start = self.pos;
        if self.is(start, "BEGIN") {
            self.pos += 1;
            self.lines.push(format!("{pad}BEGIN"));
            self.block(indent + 1, &["END"], cx);
            if !self.ok {
                return;
            }
            if !self.is(self.pos, "END") {
                let at = self.span(start, self.pos);
                return self.unsupported(at, "a BEGIN without its END", cx);
            }
            self.pos += 1;
            self.lines.push(format!("{pad}END;"));
        } else if self.is(start, "IF") {
            self.if_statement(indent, cx);
        } else if self.is(start, "SET") {
            self.set_statement(indent, cx);
        } else if self.is(start, "SIGNAL") {
            self.signal(indent, cx);
        } else if ["INSERT", "UPDATE", "DELETE", "REPLACE"]
            .iter()
            .any(|w| self.is(start, w))
        {
            let end = self.statement_end();
            let sql = self.text_of(start, end);
            let span = self.span(start, end);
            self.pos = end;
            if let Some(pg) = self.translate(&sql, span, cx) {
                self.lines
                    .push(format!("{pad}{};", pg.replace('\n', &format!("\n{pad}"))));
            }
        } else {
            let end = self.statement_end();
            let at = self.span(start, end);
            let first = match &self.toks.get(start) {
                Some((Token::Word(w), _)) => w.value.to_uppercase(),
                Some((t, _)) => t.to_string(),
                None => String::new(),
            };
            self.unsupported(at, &format!("`{first}`"), cx);
        }
    }

    /// `IF cond THEN … [ELSEIF cond THEN …]… [ELSE …] END IF`.
    fn if_statement(&mut self, indent: usize, cx: &mut Cx) {
        let pad = "    ".repeat(indent);
        let start = self.pos;
        let mut keyword = "IF";
        loop {
            self.pos += 1;
            // The condition: up to THEN, outside parentheses and CASE … END.
            let (mut depth, mut cases) = (0i32, 0i32);
            let cond_start = self.pos;
            while self.pos < self.toks.len() {
                match &self.toks[self.pos].0 {
                    Token::LParen => depth += 1,
                    Token::RParen => depth -= 1,
                    _ if self.is(self.pos, "CASE") => cases += 1,
                    _ if self.is(self.pos, "END") && cases > 0 => cases -= 1,
                    _ if depth == 0 && cases == 0 && self.is(self.pos, "THEN") => break,
                    _ => {}
                }
                self.pos += 1;
            }
            if self.pos >= self.toks.len() {
                let at = self.span(start, self.pos);
                return self.unsupported(at, "an IF without THEN", cx);
            }
            let Some(cond) = self.condition(cond_start, self.pos, cx) else {
                self.ok = false;
                return;
            };
            self.lines.push(format!("{pad}{keyword} {cond} THEN"));
            self.pos += 1;
            self.block(indent + 1, &["ELSEIF", "ELSE", "END"], cx);
            if !self.ok {
                return;
            }
            if self.is(self.pos, "ELSEIF") {
                keyword = "ELSIF";
                continue;
            }
            if self.is(self.pos, "ELSE") {
                self.pos += 1;
                self.lines.push(format!("{pad}ELSE"));
                self.block(indent + 1, &["END"], cx);
                if !self.ok {
                    return;
                }
            }
            break;
        }
        if !(self.is(self.pos, "END") && self.is(self.pos + 1, "IF")) {
            let at = self.span(start, self.pos);
            return self.unsupported(at, "an IF without END IF", cx);
        }
        self.pos += 2;
        self.lines.push(format!("{pad}END IF;"));
    }

    /// `SET NEW.col = expr [, NEW.col = expr]…`.
    fn set_statement(&mut self, indent: usize, cx: &mut Cx) {
        let pad = "    ".repeat(indent);
        let start = self.pos;
        let end = self.statement_end();
        self.pos = end;
        // Assignments split at top-level commas.
        let mut parts = Vec::new();
        let (mut depth, mut from) = (0i32, start + 1);
        for k in start + 1..end {
            match self.toks[k].0 {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                Token::Comma if depth == 0 => {
                    parts.push(from..k);
                    from = k + 1;
                }
                _ => {}
            }
        }
        parts.push(from..end);
        for p in parts {
            let i = p.start;
            let is_new = self.is(i, "NEW")
                && matches!(self.toks.get(i + 1), Some((Token::Period, _)))
                && matches!(
                    self.toks.get(i + 3),
                    Some((Token::Eq | Token::Assignment, _))
                )
                && i + 4 < p.end;
            let col = match self.toks.get(i + 2) {
                Some((Token::Word(w), _)) if is_new => w.value.clone(),
                _ => {
                    let at = self.span(p.start, p.end);
                    let what = if self.is(i, "OLD") {
                        "`SET OLD.…`"
                    } else {
                        "a `SET` of a variable (not `NEW.column`)"
                    };
                    return self.unsupported(at, what, cx);
                }
            };
            let expr = self.text_of(i + 4, p.end);
            let span = self.span(p.start, p.end);
            let sql = format!(
                "UPDATE {} SET {} = {expr}",
                backquoted(self.table),
                backquote(&col)
            );
            let Some(pg) = self.translate(&sql, span.clone(), cx) else {
                return;
            };
            let d = sqlparser::dialect::PostgreSqlDialect {};
            let value = match sqlparser::parser::Parser::parse_sql(&d, &pg)
                .ok()
                .as_deref()
            {
                Some([sqlparser::ast::Statement::Update(u)]) if u.assignments.len() == 1 => {
                    u.assignments[0].value.to_string()
                }
                _ => return self.unsupported(span, "this assignment", cx),
            };
            self.lines
                .push(format!("{pad}NEW.{} := {value};", cx.ident(&col)));
        }
    }

    /// `SIGNAL SQLSTATE [VALUE] 'xxxxx' [SET MESSAGE_TEXT = expr]`.
    fn signal(&mut self, indent: usize, cx: &mut Cx) {
        let pad = "    ".repeat(indent);
        let start = self.pos;
        let end = self.statement_end();
        self.pos = end;
        let mut i = start + 1;
        let at = self.span(start, end);
        if !self.is(i, "SQLSTATE") {
            return self.unsupported(at, "`SIGNAL` of a named condition", cx);
        }
        i += 1;
        if self.is(i, "VALUE") {
            i += 1;
        }
        let state = match self.toks.get(i) {
            Some((Token::SingleQuotedString(s), _)) => s.clone(),
            _ => return self.unsupported(at, "this `SIGNAL`", cx),
        };
        // Class 01 is a warning and 02 "no data" in MySQL, not an error.
        let valid = state.len() == 5
            && state
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            && !state.starts_with("00")
            && !state.starts_with("01")
            && !state.starts_with("02");
        if !valid {
            return self.unsupported(at, &format!("`SIGNAL SQLSTATE '{state}'`"), cx);
        }
        i += 1;
        let mut message = None;
        if i < end {
            let item = self.is(i, "SET")
                && self.is(i + 1, "MESSAGE_TEXT")
                && matches!(self.toks.get(i + 2), Some((Token::Eq, _)));
            let one_item = !(i + 3..end).any(|k| self.toks[k].0 == Token::Comma);
            if !item || !one_item {
                return self.unsupported(at, "a `SIGNAL` setting other than MESSAGE_TEXT", cx);
            }
            let expr = self.text_of(i + 3, end);
            let span = self.span(i + 3, end);
            let Some(pg) = self.translate(&format!("SELECT {expr}"), span.clone(), cx) else {
                return;
            };
            match pg.strip_prefix("SELECT ") {
                Some(v) => message = Some(v.to_string()),
                None => return self.unsupported(span, "this message", cx),
            }
        }
        let message =
            message.unwrap_or_else(|| "'Unhandled user-defined exception condition'".into());
        self.lines.push(format!(
            "{pad}RAISE EXCEPTION USING ERRCODE = '{state}', MESSAGE = {message};"
        ));
    }

    /// An IF condition, translated as a WHERE clause (numbers used as conditions become
    /// truth values, as there).
    fn condition(&mut self, a: usize, b: usize, cx: &mut Cx) -> Option<String> {
        let cond = self.text_of(a, b);
        let span = self.span(a, b);
        let pg = self.translate(
            &format!("SELECT 1 FROM DUAL WHERE {cond}"),
            span.clone(),
            cx,
        )?;
        let d = sqlparser::dialect::PostgreSqlDialect {};
        match sqlparser::parser::Parser::parse_sql(&d, &pg)
            .ok()
            .as_deref()
        {
            Some([sqlparser::ast::Statement::Query(q)]) => match q.body.as_ref() {
                sqlparser::ast::SetExpr::Select(s) if s.selection.is_some() => {
                    s.selection.as_ref().map(|e| e.to_string())
                }
                _ => {
                    self.unsupported(span, "this condition", cx);
                    None
                }
            },
            _ => {
                self.unsupported(span, "this condition", cx);
                None
            }
        }
    }

    /// One MySQL statement through the query rules; None (reported) when not translated.
    fn translate(&mut self, sql: &str, span: Range<usize>, cx: &mut Cx) -> Option<String> {
        let what = format!("the statement in trigger `{}`", self.trigger);
        match parse_statement(sql) {
            Parsed::Ok(_, extras) if extras.dml_ignore => {
                cx.report(
                    &crate::rules::query::insert_ignore::RULE,
                    span,
                    format!("UPDATE IGNORE and DELETE IGNORE in {what} have no PostgreSQL form: MySQL skips the rows whose change fails"),
                )
                .severity = Severity::Error;
                self.ok = false;
                None
            }
            Parsed::Ok(stmt, _) => {
                let out =
                    crate::rules::query::translate::statement::statement(*stmt, &what, span, &mut cx.query());
                if out.is_none() {
                    self.ok = false;
                }
                out
            }
            Parsed::Err(msg, _) => {
                cx.report(
                    &crate::rules::parse::unparsed::RULE,
                    span,
                    format!("cannot parse {what}: {msg}"),
                )
                .severity = Severity::Error;
                self.ok = false;
                None
            }
            _ => {
                self.unsupported(span, "this statement", cx);
                None
            }
        }
    }
}

fn backquote(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

fn backquoted(q: &QName) -> String {
    match &q.schema {
        Some(s) => format!("{}.{}", backquote(s), backquote(&q.name)),
        None => backquote(&q.name),
    }
}
