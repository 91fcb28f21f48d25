//! Statements recognised by their leading tokens rather than parsed: triggers (read
//! into `ir::Trigger`) and the views, routines and events kept for a later stage.

use super::*;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithSpan};

/// `CREATE [DEFINER = …] TRIGGER [IF NOT EXISTS] name {BEFORE|AFTER} {INSERT|UPDATE|DELETE}
/// ON table FOR EACH ROW [{FOLLOWS|PRECEDES} other] body` and `DROP TRIGGER [IF EXISTS]
/// name`. None when the statement is not one, or not in this form (then it is deferred).
pub(super) fn trigger(tokens: &[TokenWithSpan], sql: &str) -> Option<crate::ir::Stmt> {
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
pub(super) fn deferred_kind(tokens: &[TokenWithSpan]) -> Option<crate::ir::Deferred> {
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
