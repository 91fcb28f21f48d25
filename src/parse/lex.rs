//! Lexing alone: tokens with their byte ranges, the canonical text of a statement (for
//! caches), and where its `?` placeholders are.

use super::*;
use sqlparser::dialect::MySqlDialect;
use sqlparser::tokenizer::Token;

/// A statement as sqlparser prints it back in the MySQL dialect (the form a translation is
/// compared with); None when it does not parse.
pub fn canonical(sql: &str) -> Option<String> {
    match parse_statement(sql) {
        // (Modifiers taken out before parsing would not print back.)
        Parsed::Ok(_, x) if x.dml_ignore || !x.modifiers.is_empty() => None,
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
