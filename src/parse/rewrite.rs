//! Token rewrites before sqlparser sees a statement: MySQL forms it does not parse
//! (`INSERT … SET`, `MATCH … AGAINST`, index hints, `WITH ROLLUP`, the comma form of a
//! multi-table UPDATE, compound INTERVAL and EXTRACT units, `XOR` operands, prefix `!`,
//! double-quoted comments, the `BINARY` attribute, `LOCK IN SHARE MODE`), rewritten to
//! forms it does, each recorded in `Extras` where a rule must know.

use super::*;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithSpan};

/// `SELECT … LOCK IN SHARE MODE` (MySQL's older spelling of `FOR SHARE`): sqlparser would
/// read `LOCK` as a table alias. The four words are taken out and recorded.
pub(super) fn lock_in_share_mode(
    mut tokens: Vec<TokenWithSpan>,
    x: &mut Extras,
) -> Vec<TokenWithSpan> {
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

/// `INSERT [IGNORE] [INTO] t SET a = 1, b = 2 [ON DUPLICATE KEY UPDATE …]`, which
/// sqlparser does not read, as the same statement in its VALUES form:
/// `INSERT … t (a, b) VALUES (1, 2) …`.
pub(super) fn insert_set(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
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

/// `MATCH (a, b) AGAINST (v IN BOOLEAN MODE)` as `my2pg_match_against(a, b, v,
/// 'boolean')` (`'natural'`, `'expansion'`).
pub(super) fn match_against(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
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

/// Index hints (`USE|FORCE|IGNORE INDEX|KEY [FOR …] (…)`) are removed: PostgreSQL's
/// planner takes none, and they do not change results.
pub(super) fn index_hints(tokens: Vec<TokenWithSpan>, x: &mut Extras) -> Vec<TokenWithSpan> {
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
pub(super) fn with_rollup(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
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

/// `UPDATE [LOW_PRIORITY] [IGNORE] …` and `DELETE [LOW_PRIORITY] [QUICK] [IGNORE] …`:
/// the modifiers are taken out (sqlparser would read the first as the table's name and
/// the table as its alias) and recorded.
pub(super) fn dml_modifiers(tokens: Vec<TokenWithSpan>, x: &mut Extras) -> Vec<TokenWithSpan> {
    let first = skip_space(&tokens, 0);
    if first >= tokens.len()
        || !(is_kw(&tokens[first], "UPDATE") || is_kw(&tokens[first], "DELETE"))
    {
        return tokens;
    }
    let mut next = first + 1;
    loop {
        let j = skip_space(&tokens, next);
        let Some(t) = tokens.get(j) else { break };
        if is_kw(t, "IGNORE") {
            x.dml_ignore = true;
        } else if is_kw(t, "LOW_PRIORITY") || is_kw(t, "QUICK") {
            x.modifiers.push(t.token.to_string().to_uppercase());
        } else {
            break;
        }
        next = j + 1;
    }
    if next == first + 1 {
        return tokens;
    }
    let mut out = tokens[..=first].to_vec();
    out.extend_from_slice(&tokens[next..]);
    out
}

/// `UPDATE a, b SET …` (the comma form of a multi-table UPDATE) as `UPDATE a CROSS
/// JOIN b SET …`, which Q008 makes `UPDATE … FROM`.
pub(super) fn update_comma(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
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
pub(super) fn compound_intervals(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
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
pub(super) fn compound_extract(mut tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
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
pub(super) fn xor_operands(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
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

/// MySQL's prefix `!` (logical NOT, binding tighter than any operator), which
/// sqlparser does not read: `!x` and `!(…)` become `(NOT x)` and `(NOT (…))`.
pub(super) fn bang_not(tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
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
pub(super) fn double_quoted_comments(mut tokens: Vec<TokenWithSpan>) -> Vec<TokenWithSpan> {
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

/// The column attribute `BINARY` (`varchar(40) BINARY`) means the character set's
/// `_bin` collation; sqlparser does not know it. The token is taken out and the column
/// recorded in [`Extras::binary_columns`].
pub(super) fn binary_attribute(
    mut tokens: Vec<TokenWithSpan>,
    x: &mut Extras,
) -> Vec<TokenWithSpan> {
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
