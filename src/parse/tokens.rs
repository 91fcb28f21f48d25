//! Token helpers shared by the rewrites and the recognisers.

use sqlparser::tokenizer::{Token, TokenWithSpan};

pub(super) fn plain(token: Token) -> TokenWithSpan {
    TokenWithSpan::wrap(token)
}

pub(super) fn word(w: &str) -> Token {
    Token::make_keyword(w)
}

pub(super) fn is_kw(t: &TokenWithSpan, w: &str) -> bool {
    matches!(&t.token, Token::Word(x) if x.quote_style.is_none() && x.value.eq_ignore_ascii_case(w))
}

/// The next token after `j` that is not whitespace.
pub(super) fn skip_space(tokens: &[TokenWithSpan], mut j: usize) -> usize {
    while j < tokens.len() && matches!(tokens[j].token, Token::Whitespace(_)) {
        j += 1;
    }
    j
}

/// The index after the parenthesised group that opens at `j`.
pub(super) fn group_end(tokens: &[TokenWithSpan], mut j: usize) -> usize {
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

pub(super) fn word_at(tokens: &[TokenWithSpan], i: usize) -> Option<&str> {
    match tokens.get(i).map(|t| &t.token) {
        Some(Token::Word(w)) => Some(w.value.as_str()),
        _ => None,
    }
}
