//! JavaScript and TypeScript: quoted strings, template literals (`${…}` holes
//! are markers, but in a tagged template such as sql`…` or `$queryRaw`…`` they
//! are bound values), `+` concatenation. Calls: `.query`, `.execute`,
//! `knex.raw`, Prisma's `$queryRaw`/`$executeRaw` (and `…Unsafe`).
//!
//! Known limit: regular-expression literals are not told from division, so a
//! quote inside a regex can make the lexer misread the rest of the file.

use super::engine::{call, run, Does, Spec, Verbs, Via};
use super::lex::{collect, decode_c_escape, Kind, Role};
use super::{Extracted, Lang};
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/host_js.pest"]
struct JsLexer;

const SPEC: Spec = Spec {
    plus: true,
    dot: false,
    adjacent: false,
    percent: false,
    calls: &[
        call("query", Via::Method, Does::Sql),
        call("execute", Via::Method, Does::Sql),
        call("raw", Via::Method, Does::Sql),
        call("$queryRaw", Via::Method, Does::Sql),
        call("$executeRaw", Via::Method, Does::Sql),
        call("$queryRawUnsafe", Via::Method, Does::Sql),
        call("$executeRawUnsafe", Via::Method, Does::Sql),
        call("sql", Via::Tag, Does::HoleBinds),
        call("SQL", Via::Tag, Does::HoleBinds),
        call("$queryRaw", Via::Tag, Does::HoleBinds),
        call("$executeRaw", Via::Tag, Does::HoleBinds),
    ],
    verbs: Verbs::Text,
    at_binds: false,
    mybatis: false,
    generics: true,
    newline_ends: true,
    dollar_ident: true,
    bare_calls: false,
};

fn role(r: Rule) -> Role {
    match r {
        Rule::dq | Rule::sq => Role::Lit(Kind::Str),
        Rule::tpl => Role::Lit(Kind::Template),
        Rule::line_comment | Rule::block_comment => Role::Lit(Kind::Comment),
        Rule::unterminated => Role::Lit(Kind::Opaque),
        Rule::dq_raw | Rule::sq_raw | Rule::tpl_raw | Rule::lone => Role::Raw,
        Rule::esc => Role::Esc,
        Rule::hole => Role::Hole,
        _ => Role::Skip,
    }
}

fn decode(esc: &str) -> String {
    if esc.starts_with("\\\n") || esc.starts_with("\\\r") {
        String::new()
    } else {
        decode_c_escape(esc)
    }
}

pub(crate) fn extract(text: &str, _lang: Lang) -> Extracted {
    match JsLexer::parse(Rule::file, text) {
        Ok(pairs) => run(text, &collect(pairs, role, decode), &SPEC),
        Err(_) => Extracted::default(),
    }
}
