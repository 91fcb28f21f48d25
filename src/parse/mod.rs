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
//! The extension points (`mysql.rs`, and the token rewrites in `rewrite.rs`) are the
//! ones a hook would have used.

use crate::ir::Partition;
use sqlparser::ast::{Ident, ObjectName, SqlOption, Statement};
use sqlparser::dialect::MySqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Token, TokenWithSpan};

mod lex;
mod mysql;
mod recognize;
mod rewrite;
mod tokens;

pub use lex::{canonical, lex, question_marks};
use mysql::*;
use recognize::*;
use rewrite::*;
use tokens::*;

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
    /// `UPDATE`/`DELETE` modifiers that do not change results (`LOW_PRIORITY`,
    /// `QUICK`), taken out of the tokens (sqlparser would read them as the table).
    pub modifiers: Vec<String>,
    /// `UPDATE IGNORE` / `DELETE IGNORE`, taken out of the tokens likewise.
    pub dml_ignore: bool,
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
    let tokens = dml_modifiers(tokens, &mut extras);
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

/// The function name `MATCH (cols) AGAINST (value [modifier])` is read as, which the
/// query walk translates (Q022): sqlparser reads `MATCH (…)` as a function call and
/// stops at AGAINST.
pub const MATCH_AGAINST: &str = "my2pg_match_against";

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

/// An object name from its parts, for callers that build names.
pub fn object_name(parts: &[&str]) -> ObjectName {
    ObjectName::from(parts.iter().map(|s| Ident::new(*s)).collect::<Vec<_>>())
}
