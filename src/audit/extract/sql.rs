//! `.sql` files: the whole file is one High snippet with the identity map
//! (the caller splits it into statements); comments give suppressions.

use super::engine::parse_suppression;
use super::{Confidence, Extracted, Snippet};
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/host_sql.pest"]
struct SqlLexer;

pub(crate) fn extract(text: &str) -> Extracted {
    let mut out = Extracted::default();
    if let Ok(pairs) = SqlLexer::parse(Rule::file, text) {
        for p in pairs.flatten() {
            if matches!(p.as_rule(), Rule::comment | Rule::block) {
                let span = p.as_span();
                if let Some(s) = parse_suppression(text, p.as_str(), span.start()..span.end()) {
                    out.suppressions.push(s);
                }
            }
        }
    }
    if !text.trim().is_empty() {
        out.snippets.push(Snippet {
            sql: text.to_string(),
            map: vec![(0, 0)],
            dynamic: false,
            confidence: Confidence::High,
            binds: Vec::new(),
        });
    }
    out
}
