//! # Q022 fulltext-match
//!
//! ## What it does
//! Translates `MATCH (cols) AGAINST (value)` in natural-language and boolean mode into
//! a search on the same `to_tsvector('simple', …)` expression that the schema
//! conversion indexed (D007), so the GIN index serves it.
//!
//! ## MySQL
//! In a condition, MATCH is true when the relevance is above zero. Natural-language
//! mode matches rows holding any of the words; words shorter than
//! `innodb_ft_min_token_size` (3) and InnoDB's default stopwords are ignored. Boolean
//! mode: `+word` must be present, `-word` must not, a plain word is optional (it only
//! ranks when a `+word` is present), `word*` is a prefix, `"a phrase"` a phrase. In a
//! select list MATCH is the relevance, a float.
//!
//! ## PostgreSQL
//! `to_tsvector('simple'::regconfig, coalesce(a, '') || ' ' || coalesce(b, '')) @@ q`
//! in a condition, `ts_rank(…, q)` as a value, with `q` built from a literal search
//! string by MySQL's rules: `to_tsquery('simple', 'w1 | w2')`, or `'a & b & !c'`,
//! `'pre:*'`, `'a <-> b'`.
//!
//! ## Caveats
//! Relevance values (and an order by them) differ: warning. A bound search string
//! cannot be read at translation time: natural mode ORs its words
//! (`plainto_tsquery`), boolean mode reads it with `websearch_to_tsquery` (where a
//! word without `+` is required); stopwords and short words are then not dropped:
//! warning. `WITH QUERY EXPANSION` and nested boolean groups are not translated
//! (error). Words are split as PostgreSQL's `simple` parser splits them.

use sqlparser::ast::{Expr, Value};

crate::rule!(
    "Q022",
    "fulltext-match",
    Warning,
    "MATCH … AGAINST becomes a tsvector search on the full-text index's expression"
);

/// InnoDB's default full-text stopwords (`INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD`).
const STOPWORDS: &[&str] = &[
    "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from", "how",
    "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was", "what",
    "when", "where", "who", "will", "with", "und", "www",
];

fn kept(word: &str) -> bool {
    word.chars().count() >= 3 && !STOPWORDS.contains(&word)
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// The tsquery text for a literal search string; Err(why not).
pub fn tsquery(search: &str, boolean: bool) -> Result<String, String> {
    if !boolean {
        let w: Vec<String> = words(search).into_iter().filter(|w| kept(w)).collect();
        return Ok(w.join(" | "));
    }
    if search.contains(['(', ')', '<', '>', '~']) {
        return Err("MATCH … AGAINST in boolean mode with groups or ranking operators (`( ) < > ~`) has no translation yet".into());
    }
    let (mut required, mut excluded, mut optional) = (Vec::new(), Vec::new(), Vec::new());
    let mut rest = search.trim();
    while !rest.is_empty() {
        let (sign, r) = match rest.chars().next() {
            Some(c @ ('+' | '-')) => (Some(c), &rest[1..]),
            _ => (None, rest),
        };
        let (term, r) = if let Some(r) = r.strip_prefix('"') {
            let end = r.find('"').unwrap_or(r.len());
            let w: Vec<String> = words(&r[..end]).into_iter().filter(|w| kept(w)).collect();
            (w.join(" <-> "), r.get(end + 1..).unwrap_or(""))
        } else {
            let end = r.find(char::is_whitespace).unwrap_or(r.len());
            let token = &r[..end];
            let prefix = token.ends_with('*');
            let w: Vec<String> = words(token.trim_end_matches('*'));
            let term = match w.as_slice() {
                [one] if prefix => format!("{one}:*"),
                [one] if kept(one) => one.clone(),
                [] | [_] => String::new(),
                many => many
                    .iter()
                    .filter(|w| kept(w))
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" <-> "),
            };
            (term, &r[end..])
        };
        if !term.is_empty() {
            match sign {
                Some('+') => required.push(term),
                Some('-') => excluded.push(format!("!{term}")),
                _ => optional.push(term),
            }
        }
        rest = r.trim_start();
    }
    let mut parts = required;
    if parts.is_empty() && !optional.is_empty() {
        parts.push(format!("({})", optional.join(" | ")));
    }
    if parts.is_empty() {
        return Ok(String::new());
    }
    parts.extend(excluded);
    Ok(parts.join(" & "))
}

/// `my2pg_match_against(cols…, value, mode)` (the parser's reading of MATCH … AGAINST)
/// as `ts_rank(tsvector, tsquery)`; the walk turns it into `@@` in a condition.
pub fn translate(args: &[Expr]) -> Result<(String, Option<String>), String> {
    let [cols @ .., value, mode] = args else {
        return Err("MATCH … AGAINST without columns".into());
    };
    if cols.is_empty() {
        return Err("MATCH … AGAINST without columns".into());
    }
    let mode = match mode {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(m) => m.clone(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    if mode == "expansion" {
        return Err("MATCH … AGAINST WITH QUERY EXPANSION has no translation".into());
    }
    let boolean = mode == "boolean";
    let parts: Vec<String> = cols.iter().map(|c| format!("coalesce({c}, '')")).collect();
    let tsv = format!(
        "to_tsvector('simple'::regconfig, {})",
        parts.join(" || ' ' || ")
    );
    let (query, note) = match value {
        Expr::Value(v) => match &v.value {
            Value::SingleQuotedString(s) | Value::DoubleQuotedString(s) => (
                format!("to_tsquery('simple', {})", crate::ident::literal(&tsquery(s, boolean)?)),
                "MATCH … AGAINST becomes a search on the full-text index's tsvector with MySQL's word rules; relevance values (ts_rank) differ from MySQL's".to_string(),
            ),
            Value::Placeholder(_) if boolean => (
                format!("websearch_to_tsquery('simple', {value})"),
                "MATCH … AGAINST with a bound search string in boolean mode is read by websearch_to_tsquery: a word without + is required there, optional in MySQL; stopwords and words under 3 letters are kept".to_string(),
            ),
            Value::Placeholder(_) => (
                format!("CAST(replace(CAST(plainto_tsquery('simple', {value}) AS text), ' & ', ' | ') AS tsquery)"),
                "MATCH … AGAINST with a bound search string: any of its words matches, as in MySQL, but stopwords and words under 3 letters are kept".to_string(),
            ),
            _ => return Err("MATCH … AGAINST with a search value that is not a string has no translation yet".into()),
        },
        _ => return Err("MATCH … AGAINST with a search value that is not a literal has no translation yet".into()),
    };
    Ok((format!("ts_rank({tsv}, {query})"), Some(note)))
}

#[cfg(test)]
mod tests {
    use super::tsquery;

    #[test]
    fn natural_mode_ors_the_kept_words() {
        assert_eq!(
            tsquery("The crocodile and a shark", false).unwrap(),
            "crocodile | and | shark"
        );
    }

    #[test]
    fn boolean_mode() {
        assert_eq!(
            tsquery("+astronaut -boring", true).unwrap(),
            "astronaut & !boring"
        );
        assert_eq!(tsquery("boat drama", true).unwrap(), "(boat | drama)");
        assert_eq!(tsquery("+boat drama dog*", true).unwrap(), "boat");
        assert_eq!(
            tsquery("+\"epic drama\" -cat", true).unwrap(),
            "epic <-> drama & !cat"
        );
        assert!(tsquery("+(a b)", true).is_err());
    }
}
