//! The only caller of sqlparser's parser.
//!
//! Each statement from the splitter is parsed on its own with the MySQL
//! dialect. sqlparser lacks a few MySQL forms that schemas and dumps use;
//! we add them here by driving sqlparser's public `Parser` API, exactly as a
//! `Dialect::parse_statement` hook would:
//!
//! - `CREATE TABLE … PARTITION BY …` (the partition clause),
//! - `ALTER TABLE … ENGINE=…` and other table options, `DISABLE/ENABLE KEYS`,
//! - `CREATE FULLTEXT|SPATIAL INDEX`.
//!
//! Why not a wrapper `Dialect`: sqlparser gates about twenty MySQL forms
//! (`AUTO_INCREMENT`, `ON UPDATE`, `INSERT IGNORE`, …) on the concrete type
//! `MySqlDialect` (`dialect_of!`), so a dialect of our own would lose them.
//! The extension points below are the ones a hook would have used.

use crate::ir::{Partition, PartitionDef};
use sqlparser::ast::{Ident, ObjectName, SqlOption, Statement};
use sqlparser::dialect::MySqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Token, TokenWithSpan};

/// The MySQL clauses sqlparser has no AST for, parsed by us.
#[derive(Debug, Clone, Default)]
pub struct Extras {
    /// `PARTITION BY …` of a CREATE TABLE.
    pub partition: Option<Partition>,
    /// Table options of an ALTER TABLE (`ENGINE=InnoDB`, `AUTO_INCREMENT=5`, …), or the
    /// options of a CREATE TABLE that sqlparser did not take.
    pub alter_options: Vec<SqlOption>,
    /// `ALTER TABLE … DISABLE KEYS` (false) / `ENABLE KEYS` (true).
    pub alter_keys: Option<bool>,
    /// `SELECT … LOCK IN SHARE MODE` (taken out of the tokens).
    pub lock_in_share_mode: bool,
    /// Columns declared with the `BINARY` attribute (`varchar(40) BINARY`).
    pub binary_columns: Vec<String>,
    /// `CREATE FULLTEXT INDEX` / `CREATE SPATIAL INDEX`.
    pub index_kind: Option<&'static str>,
    /// Index hints the statement had (`USE INDEX`, …), taken out of the tokens (P007).
    pub hints: Vec<String>,
}

/// What parsing one statement gave.
pub enum Parsed {
    Ok(Box<Statement>, Box<Extras>),
    /// A view, trigger, routine or event definition, recognised by its leading
    /// keywords and not parsed (its body is for a later stage).
    Deferred(crate::ir::Deferred),
    /// `CREATE TRIGGER` / `DROP TRIGGER`, read from the tokens (sqlparser has no MySQL
    /// trigger bodies): a `Stmt::CreateTrigger` or `Stmt::DropTrigger`.
    Trigger(Box<crate::ir::Stmt>),
    /// A `mysql` client command (`source file`, `\\.`), not SQL.
    Client(String),
    /// sqlparser's message and the 1-based line and column it names, if any.
    Err(String, Option<(u64, u64)>),
}

/// Parses one statement (the text may hold only one).
pub fn parse_statement(sql: &str) -> Parsed {
    let dialect = MySqlDialect {};
    let mut extras = Extras::default();
    let first = sql.split_whitespace().next().unwrap_or("").to_lowercase();
    if CLIENT_COMMANDS.contains(&first.as_str()) || first.starts_with('\\') {
        return Parsed::Client(first);
    }
    let tokens = match sqlparser::tokenizer::Tokenizer::new(&dialect, sql).tokenize_with_location()
    {
        Ok(t) => t,
        Err(e) => return error(ParserError::from(e)),
    };
    if let Some(t) = trigger(&tokens, sql) {
        return Parsed::Trigger(Box::new(t));
    }
    if let Some(kind) = deferred_kind(&tokens) {
        return Parsed::Deferred(kind);
    }
    let ops = operator_count(&tokens);
    if ops > MAX_OPERATORS {
        return Parsed::Err(
            format!("statement has {ops} operators, more than my2pg's limit of {MAX_OPERATORS}"),
            None,
        );
    }
    let tokens = lock_in_share_mode(
        double_quoted_comments(binary_attribute(tokens, &mut extras)),
        &mut extras,
    );
    let tokens = update_comma(with_rollup(index_hints(
        match_against(bang_not(insert_set(tokens))),
        &mut extras,
    )));
    let tokens = xor_operands(compound_intervals(compound_extract(tokens)));
    let mut p = Parser::new(&dialect)
        .with_recursion_limit(200)
        .with_tokens_with_locations(tokens);
    let result = parse_mysql_statement(&mut p, &mut extras).and_then(|stmt| {
        // Allow trailing semicolons, then demand the end.
        while p.consume_token(&Token::SemiColon) {}
        if p.peek_token().token != Token::EOF {
            return p.expected("end of statement", p.peek_token());
        }
        Ok(stmt)
    });
    match result {
        Ok(stmt) => Parsed::Ok(Box::new(stmt), Box::new(extras)),
        Err(e) => error(e),
    }
}

fn error(e: ParserError) -> Parsed {
    let msg = match e {
        ParserError::TokenizerError(m) | ParserError::ParserError(m) => m,
        ParserError::RecursionLimitExceeded => "statement nested too deeply".to_string(),
    };
    let loc = location_of(&msg);
    let msg = match msg.find(" at Line: ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    };
    Parsed::Err(msg, loc)
}

/// `SELECT … LOCK IN SHARE MODE` (MySQL's older spelling of `FOR SHARE`): sqlparser would
/// read `LOCK` as a table alias. The four words are taken out and recorded.
fn lock_in_share_mode(mut tokens: Vec<TokenWithSpan>, x: &mut Extras) -> Vec<TokenWithSpan> {
    let significant: Vec<usize> = (0..tokens.len())
        .filter(|&i| !matches!(tokens[i].token, Token::Whitespace(_)))
        .collect();
    let words = ["LOCK", "IN", "SHARE", "MODE"];
    let mut remove = Vec::new();
    for k in 0..significant.len().saturating_sub(3) {
        let hit = words.iter().enumerate().all(|(n, w)| matches!(&tokens[significant[k + n]].token, Token::Word(word) if word.quote_style.is_none() && word.value.eq_ignore_ascii_case(w)));
        if hit {
            remove.extend((0..4).map(|n| significant[k + n]));
            x.lock_in_share_mode = true;
        }
    }
    for i in remove.into_iter().rev() {
        tokens.remove(i);
    }
    tokens
}

fn plain(token: Token) -> TokenWithSpan {
    TokenWithSpan::wrap(token)
}

fn word(w: &str) -> Token {
    Token::make_keyword(w)
}

/// `INSERT [IGNORE] [INTO] t SET a = 1, b = 2 [ON DUPLICATE KEY UPDATE …]`, which
/// sqlparser does not read, as the same statement in its VALUES form:
/// `INSERT … t (a, b) VALUES (1, 2) …`.
fn insert_set(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    let sig: Vec<usize> = (0..tokens.len())
        .filter(|&i| !matches!(tokens[i].token, Token::Whitespace(_)))
        .collect();
    let is = |i: usize, k: Keyword| matches!(&tokens[i].token, Token::Word(w) if w.keyword == k && w.quote_style.is_none());
    if sig
        .first()
        .is_none_or(|&i| !is(i, Keyword::INSERT) && !is(i, Keyword::REPLACE))
    {
        return tokens;
    }
    // The SET right after the table name (INSERT [modifiers] [INTO] name SET).
    let Some(set_at) = sig.iter().position(|&i| is(i, Keyword::SET)) else {
        return tokens;
    };
    if sig[..set_at]
        .iter()
        .any(|&i| matches!(tokens[i].token, Token::LParen))
    {
        return tokens;
    }
    let mut cols: Vec<Vec<TokenWithSpan>> = Vec::new();
    let mut vals: Vec<Vec<TokenWithSpan>> = Vec::new();
    let (mut depth, mut k, mut in_value) = (0i32, set_at + 1, false);
    let mut end = tokens.len();
    while k < sig.len() {
        let i = sig[k];
        let t = &tokens[i].token;
        match t {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            _ => {}
        }
        if depth == 0 && matches!(t, Token::SemiColon) {
            end = i;
            break;
        }
        if depth == 0 && is(i, Keyword::ON) {
            end = i;
            break;
        }
        if depth == 0 && matches!(t, Token::Comma) {
            in_value = false;
            k += 1;
            continue;
        }
        if depth == 0 && !in_value && matches!(t, Token::Eq) {
            in_value = true;
            vals.push(Vec::new());
            k += 1;
            continue;
        }
        if in_value {
            // Keep the whitespace between the value's tokens.
            let next = sig.get(k + 1).copied().unwrap_or(tokens.len());
            let stop = if depth == 0
                && next < tokens.len()
                && (matches!(tokens[next].token, Token::Comma | Token::SemiColon)
                    || is(next, Keyword::ON))
            {
                i + 1
            } else {
                next.min(end)
            };
            if let Some(v) = vals.last_mut() {
                v.extend(tokens[i..stop.max(i + 1)].iter().cloned());
            }
        } else {
            if cols.len() == vals.len() {
                cols.push(Vec::new());
            }
            if let Some(c) = cols.last_mut() {
                c.push(tokens[i].clone());
            }
        }
        k += 1;
    }
    if cols.is_empty() || cols.len() != vals.len() || vals.iter().any(|v| v.is_empty()) {
        return tokens;
    }
    let mut out: Vec<TokenWithSpan> = tokens[..sig[set_at]].to_vec();
    out.push(plain(Token::LParen));
    for (n, c) in cols.into_iter().enumerate() {
        if n > 0 {
            out.push(plain(Token::Comma));
        }
        out.extend(c);
    }
    out.push(plain(Token::RParen));
    out.push(plain(Token::Whitespace(
        sqlparser::tokenizer::Whitespace::Space,
    )));
    out.push(plain(word("VALUES")));
    out.push(plain(Token::LParen));
    for (n, v) in vals.into_iter().enumerate() {
        if n > 0 {
            out.push(plain(Token::Comma));
        }
        out.extend(v);
    }
    out.push(plain(Token::RParen));
    out.push(plain(Token::Whitespace(
        sqlparser::tokenizer::Whitespace::Space,
    )));
    out.extend(tokens[end..].iter().cloned());
    out
}

/// The function name `MATCH (cols) AGAINST (value [modifier])` is read as, which the
/// query walk translates (Q022): sqlparser reads `MATCH (…)` as a function call and
/// stops at AGAINST.
pub const MATCH_AGAINST: &str = "my2pg_match_against";

/// `MATCH (a, b) AGAINST (v IN BOOLEAN MODE)` as `my2pg_match_against(a, b, v,
/// 'boolean')` (`'natural'`, `'expansion'`).
fn match_against(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    let is_word = |t: &TokenWithSpan, w: &str| matches!(&t.token, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w));
    if !tokens.iter().any(|t| is_word(t, "AGAINST")) {
        return tokens;
    }
    let next_sig = |tokens: &[TokenWithSpan], mut j: usize| {
        while j < tokens.len() && matches!(tokens[j].token, Token::Whitespace(_)) {
            j += 1;
        }
        j
    };
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let open = next_sig(&tokens, i + 1);
        if !is_word(&tokens[i], "MATCH")
            || !matches!(tokens.get(open).map(|t| &t.token), Some(Token::LParen))
        {
            out.push(tokens[i].clone());
            i += 1;
            continue;
        }
        let cols_end = group_end(&tokens, open);
        let against = next_sig(&tokens, cols_end);
        let open2 = next_sig(&tokens, against + 1);
        if against >= tokens.len()
            || !is_word(&tokens[against], "AGAINST")
            || !matches!(tokens.get(open2).map(|t| &t.token), Some(Token::LParen))
        {
            out.push(tokens[i].clone());
            i += 1;
            continue;
        }
        let end = group_end(&tokens, open2);
        // The value runs to the modifier (IN … MODE, WITH QUERY EXPANSION) at depth 1.
        let inner = &tokens[open2 + 1..end.saturating_sub(1)];
        let mut depth = 0;
        let mut value_end = inner.len();
        for (k, t) in inner.iter().enumerate() {
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                _ => {}
            }
            if depth == 0 && (is_word(t, "IN") || is_word(t, "WITH")) {
                value_end = k;
                break;
            }
        }
        let modifier: String = inner[value_end..]
            .iter()
            .filter_map(|t| match &t.token {
                Token::Word(w) => Some(w.value.to_ascii_lowercase()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ");
        let mode = if modifier.contains("boolean") {
            "boolean"
        } else if modifier.contains("expansion") {
            "expansion"
        } else {
            "natural"
        };
        out.push(plain(Token::make_word(MATCH_AGAINST, None)));
        out.extend(tokens[open..cols_end - 1].iter().cloned());
        out.push(plain(Token::Comma));
        out.extend(inner[..value_end].iter().cloned());
        out.push(plain(Token::Comma));
        out.push(plain(Token::SingleQuotedString(mode.to_string())));
        out.push(plain(Token::RParen));
        i = end;
    }
    out
}

fn is_kw(t: &TokenWithSpan, w: &str) -> bool {
    matches!(&t.token, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w))
}

/// The next token after `j` that is not whitespace.
fn skip_space(tokens: &[TokenWithSpan], mut j: usize) -> usize {
    while j < tokens.len() && matches!(tokens[j].token, Token::Whitespace(_)) {
        j += 1;
    }
    j
}

/// Index hints (`USE|FORCE|IGNORE INDEX|KEY [FOR …] (…)`) are removed: PostgreSQL's
/// planner takes none, and they do not change results.
fn index_hints(tokens: Vec<TokenWithSpan>, x: &mut Extras) -> Vec<TokenWithSpan> {
    if !tokens.iter().any(|t| is_kw(t, "INDEX") || is_kw(t, "KEY")) {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if is_kw(&tokens[i], "USE") || is_kw(&tokens[i], "FORCE") || is_kw(&tokens[i], "IGNORE") {
            let k = skip_space(&tokens, i + 1);
            if k < tokens.len() && (is_kw(&tokens[k], "INDEX") || is_kw(&tokens[k], "KEY")) {
                let mut j = skip_space(&tokens, k + 1);
                if j < tokens.len() && is_kw(&tokens[j], "FOR") {
                    // FOR JOIN | FOR ORDER BY | FOR GROUP BY
                    j = skip_space(&tokens, j + 1);
                    if j < tokens.len()
                        && (is_kw(&tokens[j], "ORDER") || is_kw(&tokens[j], "GROUP"))
                    {
                        j = skip_space(&tokens, j + 1);
                    }
                    j = skip_space(&tokens, j + 1);
                }
                if matches!(tokens.get(j).map(|t| &t.token), Some(Token::LParen)) {
                    if let Token::Word(w) = &tokens[i].token {
                        x.hints.push(format!("{} INDEX", w.value.to_uppercase()));
                    }
                    i = group_end(&tokens, j);
                    continue;
                }
            }
        }
        out.push(tokens[i].clone());
        i += 1;
    }
    out
}

/// `GROUP BY a, b WITH ROLLUP` as `GROUP BY ROLLUP (a, b)`.
fn with_rollup(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    let Some(with) = (0..tokens.len()).find(|&i| {
        is_kw(&tokens[i], "WITH") && {
            let k = skip_space(&tokens, i + 1);
            k < tokens.len() && is_kw(&tokens[k], "ROLLUP")
        }
    }) else {
        return tokens;
    };
    let rollup = skip_space(&tokens, with + 1);
    // Back to the GROUP BY at the same depth.
    let mut depth = 0;
    let mut by = None;
    for i in (0..with).rev() {
        match tokens[i].token {
            Token::RParen => depth += 1,
            Token::LParen if depth == 0 => break,
            Token::LParen => depth -= 1,
            _ => {}
        }
        if depth == 0 && is_kw(&tokens[i], "BY") {
            by = Some(i);
            break;
        }
    }
    let Some(by) = by else { return tokens };
    let mut out: Vec<TokenWithSpan> = tokens[..=by].to_vec();
    out.push(plain(Token::Whitespace(
        sqlparser::tokenizer::Whitespace::Space,
    )));
    out.push(plain(word("ROLLUP")));
    out.push(plain(Token::LParen));
    out.extend(tokens[by + 1..with].iter().cloned());
    out.push(plain(Token::RParen));
    out.extend(tokens[rollup + 1..].iter().cloned());
    with_rollup(out)
}

/// `UPDATE a, b SET …` (the comma form of a multi-table UPDATE) as `UPDATE a CROSS
/// JOIN b SET …`, which Q008 makes `UPDATE … FROM`.
fn update_comma(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    let first = skip_space(&tokens, 0);
    if first >= tokens.len() || !is_kw(&tokens[first], "UPDATE") {
        return tokens;
    }
    let Some(set) = tokens.iter().position(|t| is_kw(t, "SET")) else {
        return tokens;
    };
    let mut depth = 0;
    let mut out = Vec::with_capacity(tokens.len() + 4);
    for (i, t) in tokens.iter().enumerate() {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => depth -= 1,
            Token::Comma if depth == 0 && i < set => {
                out.push(plain(Token::Whitespace(
                    sqlparser::tokenizer::Whitespace::Space,
                )));
                out.push(plain(word("CROSS")));
                out.push(plain(Token::Whitespace(
                    sqlparser::tokenizer::Whitespace::Space,
                )));
                out.push(plain(word("JOIN")));
                continue;
            }
            _ => {}
        }
        out.push(t.clone());
    }
    out
}

/// `INTERVAL '1-2' YEAR_MONTH` and the other compound units, which sqlparser does not
/// read, as the same length in their smallest unit (`INTERVAL 14 MONTH`), so the
/// INTERVAL rule (Q015) handles them. Parts are right-aligned as MySQL reads them
/// (`'1:30' DAY_SECOND` is 1 minute 30 seconds).
fn compound_intervals(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    // (unit, multipliers from the largest field to the smallest, smallest unit)
    const UNITS: &[(&str, &[i64], &str)] = &[
        ("YEAR_MONTH", &[12, 1], "MONTH"),
        ("DAY_HOUR", &[24, 1], "HOUR"),
        ("DAY_MINUTE", &[1440, 60, 1], "MINUTE"),
        ("DAY_SECOND", &[86400, 3600, 60, 1], "SECOND"),
        ("HOUR_MINUTE", &[60, 1], "MINUTE"),
        ("HOUR_SECOND", &[3600, 60, 1], "SECOND"),
        ("MINUTE_SECOND", &[60, 1], "SECOND"),
    ];
    if !tokens.iter().any(|t| is_kw(t, "INTERVAL")) {
        return tokens;
    }
    let mut out = tokens;
    let mut i = 0;
    while i < out.len() {
        if !is_kw(&out[i], "INTERVAL") {
            i += 1;
            continue;
        }
        let v = skip_space(&out, i + 1);
        let u = skip_space(&out, v + 1);
        let (Some(Token::SingleQuotedString(text)), Some(unit)) =
            (out.get(v).map(|t| &t.token), out.get(u))
        else {
            i += 1;
            continue;
        };
        let Some((_, mult, smallest)) = UNITS.iter().find(|(n, _, _)| is_kw(unit, n)) else {
            i += 1;
            continue;
        };
        let parts: Vec<i64> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.parse().ok())
            .collect();
        if parts.is_empty() || parts.len() > mult.len() {
            i += 1;
            continue;
        }
        let offset = mult.len() - parts.len();
        let mut total: i64 = parts.iter().zip(&mult[offset..]).map(|(p, m)| p * m).sum();
        if text.trim_start().starts_with('-') {
            total = -total;
        }
        out[v] = plain(Token::Number(total.to_string(), false));
        out[u] = plain(word(smallest));
        i = u + 1;
    }
    out
}

/// `EXTRACT(YEAR_MONTH FROM x)` and the other compound units, which sqlparser does not
/// read, as a marker call `my2pg_extract('YEAR_MONTH', x)` that the date rules translate.
fn compound_extract(mut tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    const UNITS: &[&str] = &[
        "YEAR_MONTH",
        "DAY_HOUR",
        "DAY_MINUTE",
        "DAY_SECOND",
        "DAY_MICROSECOND",
        "HOUR_MINUTE",
        "HOUR_SECOND",
        "HOUR_MICROSECOND",
        "MINUTE_SECOND",
        "MINUTE_MICROSECOND",
        "SECOND_MICROSECOND",
    ];
    if !tokens.iter().any(|t| is_kw(t, "EXTRACT")) {
        return tokens;
    }
    for i in 0..tokens.len() {
        if !is_kw(&tokens[i], "EXTRACT") {
            continue;
        }
        let p = skip_space(&tokens, i + 1);
        let u = skip_space(&tokens, p + 1);
        let f = skip_space(&tokens, u + 1);
        let (Some(paren), Some(unit), Some(from)) = (tokens.get(p), tokens.get(u), tokens.get(f))
        else {
            continue;
        };
        if paren.token != Token::LParen || !is_kw(from, "FROM") {
            continue;
        }
        let Some(name) = UNITS.iter().find(|n| is_kw(unit, n)) else {
            continue;
        };
        let keep = |t: &TokenWithSpan, token: Token| TokenWithSpan::new(token, t.span);
        tokens[i] = keep(&tokens[i], Token::make_word("my2pg_extract", None));
        tokens[u] = keep(&tokens[u], Token::SingleQuotedString(name.to_string()));
        tokens[f] = keep(&tokens[f], Token::Comma);
    }
    tokens
}

/// MySQL binds XOR looser than AND and NOT and tighter than OR; sqlparser binds it
/// tighter than comparisons. Each XOR's operands are parenthesised as MySQL reads them
/// (`a = 1 XOR b AND c` is `(a = 1) XOR (b AND c)`) in conditions and select lists;
/// elsewhere the query walk refuses a misread XOR (Q020).
fn xor_operands(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    if !tokens.iter().any(|t| is_kw(t, "XOR")) {
        return tokens;
    }
    let left_stop = |t: &TokenWithSpan| {
        matches!(t.token, Token::LParen | Token::Comma | Token::StringConcat)
            || [
                "WHERE", "ON", "HAVING", "WHEN", "SELECT", "OR", "XOR", "THEN", "ELSE", "BY",
            ]
            .iter()
            .any(|w| is_kw(t, w))
    };
    let right_stop = |t: &TokenWithSpan| {
        matches!(
            t.token,
            Token::RParen | Token::Comma | Token::SemiColon | Token::StringConcat
        ) || [
            "OR",
            "XOR",
            "FROM",
            "WHERE",
            "GROUP",
            "ORDER",
            "LIMIT",
            "HAVING",
            "THEN",
            "ELSE",
            "END",
            "AS",
            "UNION",
            "WHEN",
            "JOIN",
            "INNER",
            "LEFT",
            "RIGHT",
            "CROSS",
            "STRAIGHT_JOIN",
            "INTO",
            "FOR",
            "WINDOW",
        ]
        .iter()
        .any(|w| is_kw(t, w))
    };
    let mut out = tokens;
    let mut i = 0;
    while i < out.len() {
        if !is_kw(&out[i], "XOR") {
            i += 1;
            continue;
        }
        // Left operand: back to a stop at the same depth.
        let (mut depth, mut l) = (0i32, i);
        while l > 0 {
            let t = &out[l - 1];
            match t.token {
                Token::RParen => depth += 1,
                Token::LParen if depth > 0 => depth -= 1,
                _ if depth == 0 && left_stop(t) => break,
                _ => {}
            }
            l -= 1;
        }
        // The boundary must be a condition or a select list (not SET x = …).
        if l == 0 || !(left_stop(&out[l - 1])) {
            i += 1;
            continue;
        }
        let (mut depth, mut r) = (0i32, i + 1);
        while r < out.len() {
            let t = &out[r];
            match t.token {
                Token::LParen => depth += 1,
                Token::RParen if depth > 0 => depth -= 1,
                _ if depth == 0 && right_stop(t) => break,
                _ => {}
            }
            r += 1;
        }
        let mut next: Vec<TokenWithSpan> = Vec::with_capacity(out.len() + 4);
        next.extend(out[..l].iter().cloned());
        next.push(plain(Token::LParen));
        next.extend(out[l..i].iter().cloned());
        next.push(plain(Token::RParen));
        next.push(out[i].clone());
        next.push(plain(Token::LParen));
        next.extend(out[i + 1..r].iter().cloned());
        next.push(plain(Token::RParen));
        next.extend(out[r..].iter().cloned());
        out = next;
        i += 3;
    }
    out
}

/// The index after the parenthesised group that opens at `j`.
fn group_end(tokens: &[TokenWithSpan], mut j: usize) -> usize {
    let mut depth = 0;
    while j < tokens.len() {
        match tokens[j].token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    j
}

/// MySQL's prefix `!` (logical NOT, binding tighter than any operator), which
/// sqlparser does not read: `!x` and `!(…)` become `(NOT x)` and `(NOT (…))`.
fn bang_not(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    if !tokens
        .iter()
        .any(|t| matches!(t.token, Token::ExclamationMark))
    {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len() + 8);
    let mut i = 0;
    while i < tokens.len() {
        if !matches!(tokens[i].token, Token::ExclamationMark) {
            out.push(tokens[i].clone());
            i += 1;
            continue;
        }
        // The operand: a parenthesised group, or a (qualified) name with an optional
        // argument list.
        let mut j = i + 1;
        let start = j;
        match tokens.get(j).map(|t| &t.token) {
            Some(Token::LParen) => j = group_end(&tokens, j),
            Some(Token::Word(_)) => {
                j += 1;
                while j + 1 < tokens.len()
                    && matches!(tokens[j].token, Token::Period)
                    && matches!(tokens[j + 1].token, Token::Word(_))
                {
                    j += 2;
                }
                if matches!(tokens.get(j).map(|t| &t.token), Some(Token::LParen)) {
                    j = group_end(&tokens, j);
                }
            }
            _ => {
                out.push(tokens[i].clone());
                i += 1;
                continue;
            }
        }
        out.push(plain(Token::LParen));
        out.push(plain(word("NOT")));
        out.push(plain(Token::Whitespace(
            sqlparser::tokenizer::Whitespace::Space,
        )));
        out.extend(tokens[start..j].iter().cloned());
        out.push(plain(Token::RParen));
        i = j;
    }
    out
}

/// MySQL reads `COMMENT "text"` as a string; sqlparser expects single quotes there.
fn double_quoted_comments(mut tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
    let mut after_comment = false;
    for t in tokens.iter_mut() {
        match &t.token {
            Token::Whitespace(_) => continue,
            Token::Eq if after_comment => continue,
            Token::DoubleQuotedString(s) if after_comment => {
                t.token = Token::SingleQuotedString(s.clone())
            }
            _ => {}
        }
        after_comment = matches!(&t.token, Token::Word(w) if w.keyword == Keyword::COMMENT && w.quote_style.is_none());
    }
    tokens
}

/// `mysql` client commands that may appear in scripts.
const CLIENT_COMMANDS: &[&str] = &[
    "source",
    "tee",
    "notee",
    "prompt",
    "pager",
    "nopager",
    "warnings",
    "nowarnings",
    "rehash",
    "system",
    "connect",
    "status",
];

fn word_at(tokens: &[TokenWithSpan], i: usize) -> Option<&str> {
    match tokens.get(i).map(|t| &t.token) {
        Some(Token::Word(w)) => Some(w.value.as_str()),
        _ => None,
    }
}

/// Operators allowed in one statement. An expression tree can be as deep as its operator
/// chain is long; this bound keeps every walk of it within the conversion thread's stack.
pub const MAX_OPERATORS: usize = 20_000;

fn operator_count(tokens: &[TokenWithSpan]) -> usize {
    use Token as T;
    tokens
        .iter()
        .filter(|t| match &t.token {
            T::Plus
            | T::Minus
            | T::Mul
            | T::Div
            | T::Mod
            | T::Eq
            | T::DoubleEq
            | T::Neq
            | T::Lt
            | T::Gt
            | T::LtEq
            | T::GtEq
            | T::Spaceship
            | T::StringConcat
            | T::Ampersand
            | T::Pipe
            | T::Caret
            | T::Tilde
            | T::ExclamationMark
            | T::DoubleColon
            | T::Arrow
            | T::LongArrow
            | T::ShiftLeft
            | T::ShiftRight => true,
            T::Word(w) if w.quote_style.is_none() => matches!(
                w.keyword,
                Keyword::AND
                    | Keyword::OR
                    | Keyword::XOR
                    | Keyword::NOT
                    | Keyword::IS
                    | Keyword::DIV
                    | Keyword::MOD
                    | Keyword::COLLATE
                    | Keyword::LIKE
                    | Keyword::REGEXP
                    | Keyword::RLIKE
                    | Keyword::BETWEEN
            ),
            _ => false,
        })
        .count()
}

/// A statement as sqlparser prints it back in the MySQL dialect (the form a translation is
/// compared with); None when it does not parse.
pub fn canonical(sql: &str) -> Option<String> {
    match parse_statement(sql) {
        Parsed::Ok(stmt, _) => Some(stmt.to_string()),
        _ => None,
    }
}

/// The byte ranges of the `?` placeholders of a MySQL statement, in order.
pub fn question_marks(sql: &str) -> Vec<std::ops::Range<usize>> {
    lex(sql)
        .unwrap_or_default()
        .into_iter()
        .filter(|(t, _)| matches!(t, Token::Placeholder(p) if p == "?"))
        .map(|(_, r)| r)
        .collect()
}

/// A statement's tokens without whitespace and comments, each with its byte range in the
/// text. None when the text does not tokenize.
pub fn lex(sql: &str) -> Option<Vec<(Token, std::ops::Range<usize>)>> {
    let dialect = MySqlDialect {};
    let tokens = sqlparser::tokenizer::Tokenizer::new(&dialect, sql)
        .tokenize_with_location()
        .ok()?;
    let mut lines = vec![0usize];
    lines.extend(sql.match_indices('\n').map(|(i, _)| i + 1));
    // sqlparser's locations are 1-based lines and columns in characters.
    let at = |l: u64, c: u64| -> usize {
        let Some(&start) = lines.get((l as usize).saturating_sub(1)) else {
            return sql.len();
        };
        sql[start..]
            .char_indices()
            .nth((c as usize).saturating_sub(1))
            .map(|(i, _)| start + i)
            .unwrap_or(sql.len())
    };
    Some(
        tokens
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_)))
            .map(|t| {
                let start = at(t.span.start.line, t.span.start.column);
                let end = at(t.span.end.line, t.span.end.column).max(start);
                (t.token, start..end)
            })
            .collect(),
    )
}

/// `CREATE [DEFINER = …] TRIGGER [IF NOT EXISTS] name {BEFORE|AFTER} {INSERT|UPDATE|DELETE}
/// ON table FOR EACH ROW [{FOLLOWS|PRECEDES} other] body` and `DROP TRIGGER [IF EXISTS]
/// name`. None when the statement is not one, or not in this form (then it is deferred).
fn trigger(tokens: &[TokenWithSpan], sql: &str) -> Option<crate::ir::Stmt> {
    let starts_trigger = tokens
        .iter()
        .filter(|t| !matches!(t.token, Token::Whitespace(_)))
        .take(12)
        .any(|t| matches!(&t.token, Token::Word(w) if w.quote_style.is_none() && w.keyword == Keyword::TRIGGER));
    if !starts_trigger {
        return None;
    }
    let toks = lex(sql)?;
    let kw = |i: usize, k: &str| matches!(toks.get(i), Some((Token::Word(w), _)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(k));
    let name_at = |i: usize| -> Option<(crate::ir::QName, usize)> {
        let part = |j: usize| match toks.get(j) {
            Some((Token::Word(w), _)) => Some(w.value.clone()),
            _ => None,
        };
        let first = part(i)?;
        if matches!(toks.get(i + 1), Some((Token::Period, _))) {
            let second = part(i + 2)?;
            Some((
                crate::ir::QName {
                    schema: Some(first),
                    name: second,
                },
                i + 3,
            ))
        } else {
            Some((
                crate::ir::QName {
                    schema: None,
                    name: first,
                },
                i + 1,
            ))
        }
    };
    if kw(0, "DROP") && kw(1, "TRIGGER") {
        let if_exists = kw(2, "IF") && kw(3, "EXISTS");
        let (name, next) = name_at(if if_exists { 4 } else { 2 })?;
        let rest = toks.get(next..)?;
        if !rest.iter().all(|(t, _)| *t == Token::SemiColon) {
            return None;
        }
        return Some(crate::ir::Stmt::DropTrigger { name, if_exists });
    }
    if !kw(0, "CREATE") {
        return None;
    }
    let at = (1..toks.len().min(16)).find(|&i| kw(i, "TRIGGER"))?;
    let definer = (at > 1).then(|| sql[toks[1].1.start..toks[at - 1].1.end].to_string());
    if definer
        .as_deref()
        .is_some_and(|d| !d.to_uppercase().starts_with("DEFINER"))
    {
        return None;
    }
    let mut i = at + 1;
    if kw(i, "IF") && kw(i + 1, "NOT") && kw(i + 2, "EXISTS") {
        i += 3;
    }
    let (name, next) = name_at(i)?;
    i = next;
    let timing = ["BEFORE", "AFTER"].into_iter().find(|k| kw(i, k))?;
    let event = ["INSERT", "UPDATE", "DELETE"]
        .into_iter()
        .find(|k| kw(i + 1, k))?;
    if !kw(i + 2, "ON") {
        return None;
    }
    let (table, next) = name_at(i + 3)?;
    i = next;
    if !(kw(i, "FOR") && kw(i + 1, "EACH") && kw(i + 2, "ROW")) {
        return None;
    }
    i += 3;
    let mut order = None;
    if let Some(k) = ["FOLLOWS", "PRECEDES"].into_iter().find(|k| kw(i, k)) {
        let (other, next) = name_at(i + 1)?;
        order = Some((k.to_string(), other.name));
        i = next;
    }
    let body_offset = toks.get(i)?.1.start;
    Some(crate::ir::Stmt::CreateTrigger(Box::new(
        crate::ir::Trigger {
            name,
            timing: timing.into(),
            event: event.into(),
            table,
            order,
            definer,
            body: sql[body_offset..].to_string(),
            body_offset,
        },
    )))
}

/// `CREATE [OR REPLACE] [ALGORITHM=…] [DEFINER=…] [SQL SECURITY …] {VIEW|TRIGGER|
/// PROCEDURE|FUNCTION|EVENT}` (and their DROP/ALTER forms): what kind of definition it is.
fn deferred_kind(tokens: &[TokenWithSpan]) -> Option<crate::ir::Deferred> {
    use crate::ir::Deferred::*;
    let words: Vec<(usize, &Token)> = tokens
        .iter()
        .map(|t| &t.token)
        .enumerate()
        .filter(|(_, t)| !matches!(t, Token::Whitespace(_)))
        .take(24)
        .collect();
    let first = match words.first() {
        Some((_, Token::Word(w))) => w.value.to_uppercase(),
        _ => return None,
    };
    if !matches!(first.as_str(), "CREATE" | "DROP" | "ALTER") {
        return None;
    }
    for (_, t) in words.iter().skip(1) {
        if let Token::Word(w) = t {
            if w.quote_style.is_some() {
                continue;
            }
            match w.value.to_uppercase().as_str() {
                // CREATE VIEW is parsed and translated; ALTER VIEW waits.
                "VIEW" => return if first == "ALTER" { Some(View) } else { None },
                "TRIGGER" => return Some(Trigger),
                "PROCEDURE" | "FUNCTION" => return Some(Routine),
                "EVENT" => return Some(Event),
                "TABLE" | "INDEX" | "DATABASE" | "SCHEMA" | "USER" | "TEMPORARY" | "UNIQUE"
                | "FULLTEXT" | "SPATIAL" => return None,
                _ => {}
            }
        }
    }
    None
}

/// The column attribute `BINARY` (`varchar(40) BINARY`) means the character set's
/// `_bin` collation; sqlparser does not know it. The token is taken out and the column
/// recorded in [`Extras::binary_columns`].
fn binary_attribute(mut tokens: Vec<TokenWithSpan>, x: &mut Extras) -> Vec<TokenWithSpan> {
    const TEXT: &[&str] = &[
        "CHAR",
        "VARCHAR",
        "TINYTEXT",
        "TEXT",
        "MEDIUMTEXT",
        "LONGTEXT",
        "ENUM",
        "SET",
        "CHARACTER",
        "NCHAR",
        "NVARCHAR",
    ];
    let significant: Vec<usize> = (0..tokens.len())
        .filter(|&i| !matches!(tokens[i].token, Token::Whitespace(_)))
        .collect();
    let mut remove = Vec::new();
    for (k, &i) in significant.iter().enumerate() {
        let Token::Word(w) = &tokens[i].token else {
            continue;
        };
        if w.quote_style.is_some() || !w.value.eq_ignore_ascii_case("BINARY") || k < 2 {
            continue;
        }
        // Walk back over `(…)` to the type word, then the column name before it.
        let mut j = k - 1;
        if tokens[significant[j]].token == Token::RParen {
            while j > 0 && tokens[significant[j]].token != Token::LParen {
                j -= 1;
            }
            if j == 0 {
                continue;
            }
            j -= 1;
        }
        let is_text = word_at(&tokens, significant[j])
            .is_some_and(|t| TEXT.iter().any(|x| x.eq_ignore_ascii_case(t)));
        let next_is_paren = significant
            .get(k + 1)
            .is_some_and(|&n| tokens[n].token == Token::LParen);
        if is_text && !next_is_paren && j > 0 {
            if let Token::Word(name) = &tokens[significant[j - 1]].token {
                // `CHARACTER SET binary` is a character set, not the attribute.
                if name.quote_style.is_none()
                    && ["CHARACTER", "CHARSET", "DEFAULT", "COLLATE"]
                        .iter()
                        .any(|k| name.value.eq_ignore_ascii_case(k))
                {
                    continue;
                }
                x.binary_columns.push(name.value.clone());
                remove.push(i);
            }
        }
    }
    for i in remove.into_iter().rev() {
        tokens.remove(i);
    }
    tokens
}

fn location_of(msg: &str) -> Option<(u64, u64)> {
    let i = msg.find("Line: ")?;
    let rest = &msg[i + 6..];
    let line: u64 = rest
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    let j = rest.find("Column: ")?;
    let col: u64 = rest[j + 8..]
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    Some((line, col))
}

fn kw(p: &Parser, n: usize) -> Keyword {
    match &p.peek_nth_token_ref(n).token {
        Token::Word(w) => w.keyword,
        _ => Keyword::NoKeyword,
    }
}

/// Consumes the next token when it is the word `w` (for words sqlparser has no keyword for).
fn parse_word(p: &mut Parser, w: &str) -> bool {
    match &p.peek_token_ref().token {
        Token::Word(word) if word.value.eq_ignore_ascii_case(w) => {
            p.next_token();
            true
        }
        _ => false,
    }
}

fn parse_mysql_statement(p: &mut Parser, x: &mut Extras) -> Result<Statement, ParserError> {
    match (kw(p, 0), kw(p, 1), kw(p, 2)) {
        (Keyword::CREATE, Keyword::TABLE, _)
        | (Keyword::CREATE, Keyword::TEMPORARY, Keyword::TABLE) => {
            p.expect_keyword(Keyword::CREATE)?;
            let stmt = p.parse_create()?;
            // Table options sqlparser stops at (`DEFAULT ENCRYPTION='N'`, options after a
            // versioned comment), then the partition clause.
            while let Some(opt) = parse_table_option(p)? {
                x.alter_options.push(opt);
                let _ = p.consume_token(&Token::Comma);
            }
            if p.parse_keywords(&[Keyword::PARTITION, Keyword::BY]) {
                x.partition = Some(parse_partition(p)?);
            }
            Ok(stmt)
        }
        (Keyword::CREATE, Keyword::FULLTEXT | Keyword::SPATIAL, Keyword::INDEX) => {
            p.expect_keyword(Keyword::CREATE)?;
            x.index_kind = Some(if p.parse_keyword(Keyword::FULLTEXT) {
                "FULLTEXT"
            } else {
                "SPATIAL"
            });
            let _ = p.parse_keyword(Keyword::SPATIAL);
            p.expect_keyword(Keyword::INDEX)?;
            Ok(Statement::CreateIndex(p.parse_create_index(false)?))
        }
        (Keyword::ALTER, Keyword::TABLE, _) => parse_alter_table(p, x),
        _ => p.parse_statement(),
    }
}

const TABLE_OPTIONS: &[Keyword] = &[
    Keyword::ENGINE,
    Keyword::AUTO_INCREMENT,
    Keyword::CHARSET,
    Keyword::COLLATE,
    Keyword::COMMENT,
    Keyword::ROW_FORMAT,
    Keyword::KEY_BLOCK_SIZE,
    Keyword::STATS_PERSISTENT,
    Keyword::STATS_AUTO_RECALC,
    Keyword::STATS_SAMPLE_PAGES,
    Keyword::PACK_KEYS,
    Keyword::CHECKSUM,
    Keyword::DELAY_KEY_WRITE,
    Keyword::AVG_ROW_LENGTH,
    Keyword::MAX_ROWS,
    Keyword::MIN_ROWS,
    Keyword::COMPRESSION,
    Keyword::ENCRYPTION,
    Keyword::INSERT_METHOD,
    Keyword::TABLESPACE,
];

fn parse_alter_table(p: &mut Parser, x: &mut Extras) -> Result<Statement, ParserError> {
    // Take over only when a MySQL-only operation is present; otherwise (or on any error)
    // sqlparser parses the statement itself from the start.
    let mut mine = Extras::default();
    match p.try_parse(|p| mysql_alter_table(p, &mut mine)) {
        Ok(stmt) => {
            x.alter_options = mine.alter_options;
            x.alter_keys = mine.alter_keys;
            Ok(stmt)
        }
        Err(_) => p.parse_statement(),
    }
}

fn mysql_alter_table(p: &mut Parser, x: &mut Extras) -> Result<Statement, ParserError> {
    p.expect_keywords(&[Keyword::ALTER, Keyword::TABLE])?;
    let if_exists = p.parse_keywords(&[Keyword::IF, Keyword::EXISTS]);
    let name = p.parse_object_name(false)?;
    let mut ops = Vec::new();
    let mut custom = false;
    loop {
        if p.peek_token().token == Token::EOF || p.peek_token().token == Token::SemiColon {
            break;
        }
        let k0 = kw(p, 0);
        if (k0 == Keyword::DISABLE || k0 == Keyword::ENABLE) && kw(p, 1) == Keyword::KEYS {
            p.next_token();
            p.next_token();
            x.alter_keys = Some(k0 == Keyword::ENABLE);
            custom = true;
        } else if let Some(opt) = parse_table_option(p)? {
            x.alter_options.push(opt);
            custom = true;
        } else {
            ops.push(p.parse_alter_table_operation()?);
        }
        if !p.consume_token(&Token::Comma) {
            break;
        }
    }
    if !custom {
        return p.expected("a MySQL-only ALTER TABLE operation", p.peek_token());
    }
    Ok(Statement::AlterTable(sqlparser::ast::AlterTable {
        name,
        if_exists,
        only: false,
        operations: ops,
        location: None,
        on_cluster: None,
        table_type: None,
        end_token: sqlparser::ast::helpers::attached_token::AttachedToken::empty(),
    }))
}

/// `[DEFAULT] {CHARSET|CHARACTER SET|COLLATE|ENGINE|…} [=] value`, or None (nothing consumed).
fn parse_table_option(p: &mut Parser) -> Result<Option<SqlOption>, ParserError> {
    let name = p.maybe_parse(|p| {
        let _ = p.parse_keyword(Keyword::DEFAULT);
        if p.parse_keywords(&[Keyword::CHARACTER, Keyword::SET]) {
            Ok("CHARACTER SET".to_string())
        } else if let Some(k) = p.parse_one_of_keywords(TABLE_OPTIONS) {
            Ok(format!("{k:?}"))
        } else {
            p.expected("a table option", p.peek_token())
        }
    })?;
    let Some(name) = name else { return Ok(None) };
    let _ = p.consume_token(&Token::Eq);
    let value = p.parse_expr()?;
    Ok(Some(SqlOption::KeyValue {
        key: ObjectName::from(vec![Ident::new(name)]),
        value,
    }))
}

fn parse_partition(p: &mut Parser) -> Result<Partition, ParserError> {
    parse_word(p, "LINEAR");
    let method = match p.parse_one_of_keywords(&[
        Keyword::RANGE,
        Keyword::LIST,
        Keyword::HASH,
        Keyword::KEY,
    ]) {
        Some(k) => format!("{k:?}"),
        None => return p.expected("RANGE, LIST, HASH or KEY", p.peek_token()),
    };
    if method == "KEY" && p.parse_keyword(Keyword::ALGORITHM) {
        p.expect_token(&Token::Eq)?;
        p.parse_literal_uint()?;
    }
    let columns_form = p.parse_keyword(Keyword::COLUMNS);
    p.expect_token(&Token::LParen)?;
    let exprs = if p.peek_token().token == Token::RParen {
        Vec::new()
    } else {
        p.parse_comma_separated(Parser::parse_expr)?
    };
    p.expect_token(&Token::RParen)?;
    let mut count = None;
    if p.parse_keyword(Keyword::PARTITIONS) {
        count = Some(p.parse_literal_uint()?);
    }
    let mut subpartitioned = false;
    if parse_word(p, "SUBPARTITION") {
        subpartitioned = true;
        // Skip the subpartition clause up to the partition list.
        while !matches!(p.peek_token().token, Token::LParen | Token::EOF) {
            if let Token::LParen = p.next_token().token {
                break;
            }
        }
        let mut depth = 0;
        while !(depth == 0 && matches!(p.peek_token().token, Token::LParen | Token::EOF)) {
            match p.next_token().token {
                Token::LParen => depth += 1,
                Token::RParen => depth -= 1,
                _ => {}
            }
        }
    }
    let mut parts = Vec::new();
    if p.consume_token(&Token::LParen) {
        loop {
            p.expect_keyword(Keyword::PARTITION)?;
            let name = p.parse_identifier()?;
            let mut def = PartitionDef {
                name,
                less_than: None,
                values_in: Vec::new(),
            };
            if p.parse_keyword(Keyword::VALUES) {
                if parse_word(p, "LESS") && parse_word(p, "THAN") {
                    if p.parse_keyword(Keyword::MAXVALUE) {
                        def.less_than = None;
                    } else {
                        p.expect_token(&Token::LParen)?;
                        def.less_than = Some(p.parse_comma_separated(Parser::parse_expr)?);
                        p.expect_token(&Token::RParen)?;
                    }
                } else {
                    p.expect_keyword(Keyword::IN)?;
                    p.expect_token(&Token::LParen)?;
                    def.values_in = p.parse_comma_separated(Parser::parse_expr)?;
                    p.expect_token(&Token::RParen)?;
                }
            }
            // Partition options (ENGINE, COMMENT, DATA DIRECTORY, subpartitions…) are skipped up to `,` or `)`.
            let mut depth = 0;
            loop {
                match &p.peek_token().token {
                    Token::EOF => break,
                    Token::Comma | Token::RParen if depth == 0 => break,
                    Token::LParen => depth += 1,
                    Token::RParen => depth -= 1,
                    _ => {}
                }
                p.next_token();
            }
            parts.push(def);
            if !p.consume_token(&Token::Comma) {
                break;
            }
        }
        p.expect_token(&Token::RParen)?;
    }
    Ok(Partition {
        method,
        columns_form,
        exprs,
        count,
        subpartitioned,
        parts,
    })
}

/// An object name from its parts, for callers that build names.
pub fn object_name(parts: &[&str]) -> ObjectName {
    ObjectName::from(parts.iter().map(|s| Ident::new(*s)).collect::<Vec<_>>())
}
