//! MySQL forms built on sqlparser's public Parser API, as a `Dialect::parse_statement`
//! hook would: ALTER TABLE table options and DISABLE/ENABLE KEYS, CREATE FULLTEXT|SPATIAL
//! INDEX, PARTITION BY.

use super::*;
use crate::ir::{Partition, PartitionDef};
use sqlparser::ast::{Ident, ObjectName, SqlOption, Statement};
use sqlparser::keywords::Keyword;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::Token;

pub(super) fn kw(p: &Parser, n: usize) -> Keyword {
    match &p.peek_nth_token_ref(n).token {
        Token::Word(w) => w.keyword,
        _ => Keyword::NoKeyword,
    }
}

/// Consumes the next token when it is the word `w` (for words sqlparser has no keyword for).
pub(super) fn parse_word(p: &mut Parser, w: &str) -> bool {
    match &p.peek_token_ref().token {
        Token::Word(word) if word.value.eq_ignore_ascii_case(w) => {
            p.next_token();
            true
        }
        _ => false,
    }
}

pub(super) fn parse_mysql_statement(
    p: &mut Parser,
    x: &mut Extras,
) -> Result<Statement, ParserError> {
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

pub(super) const TABLE_OPTIONS: &[Keyword] = &[
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

pub(super) fn parse_alter_table(p: &mut Parser, x: &mut Extras) -> Result<Statement, ParserError> {
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

pub(super) fn mysql_alter_table(p: &mut Parser, x: &mut Extras) -> Result<Statement, ParserError> {
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
pub(super) fn parse_table_option(p: &mut Parser) -> Result<Option<SqlOption>, ParserError> {
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

pub(super) fn parse_partition(p: &mut Parser) -> Result<Partition, ParserError> {
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
