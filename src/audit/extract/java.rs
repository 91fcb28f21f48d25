//! Java and Kotlin: strings, Java text blocks, Kotlin raw strings and `$x` /
//! `${…}` templates, `+` concatenation. JDBC, Spring's JdbcTemplate, JPA's
//! `createNativeQuery` and `@Query(…, nativeQuery = true)`, MyBatis
//! annotations (`#{x}` binds, `${x}` markers; an array of strings is joined
//! with spaces). JPQL (`createQuery`, `@Query` without nativeQuery) is skipped.

use super::engine::{call, call_on, run, Does, Spec, Verbs, Via};
use super::lex::{collect, decode_c_escape, Kind, Role};
use super::Extracted;
use pest::Parser as _;

mod java_lexer {
    #[derive(pest_derive::Parser)]
    #[grammar = "../grammar/host_java.pest"]
    pub struct JavaLexer;
}

mod kotlin_lexer {
    #[derive(pest_derive::Parser)]
    #[grammar = "../grammar/host_kotlin.pest"]
    pub struct KotlinLexer;
}

const CALLS: &[super::engine::Call] = &[
    call("prepareStatement", Via::Method, Does::Sql),
    call("prepareCall", Via::Method, Does::Sql),
    call("executeQuery", Via::Method, Does::Sql),
    call("executeUpdate", Via::Method, Does::Sql),
    call("executeLargeUpdate", Via::Method, Does::Sql),
    call("execute", Via::Method, Does::Sql),
    call("addBatch", Via::Method, Does::Sql),
    call("createNativeQuery", Via::Method, Does::Sql),
    call("createQuery", Via::Method, Does::Jpql),
    call("createNamedQuery", Via::Method, Does::Jpql),
    call("query", Via::Method, Does::Sql),
    call("queryForObject", Via::Method, Does::Sql),
    call("queryForList", Via::Method, Does::Sql),
    call("queryForMap", Via::Method, Does::Sql),
    call("queryForRowSet", Via::Method, Does::Sql),
    call("queryForStream", Via::Method, Does::Sql),
    call("update", Via::Method, Does::Sql),
    call("batchUpdate", Via::Method, Does::Sql),
    call("Query", Via::Annot, Does::NativeFlag),
    call("NamedQuery", Via::Annot, Does::Jpql),
    call("NamedNativeQuery", Via::Annot, Does::Sql),
    call("Select", Via::Annot, Does::Sql),
    call("Insert", Via::Annot, Does::Sql),
    call("Update", Via::Annot, Does::Sql),
    call("Delete", Via::Annot, Does::Sql),
    call_on("format", Via::Method, "String", Does::Format),
];

const SPEC: Spec = Spec {
    plus: true,
    dot: false,
    adjacent: false,
    percent: false,
    calls: CALLS,
    verbs: Verbs::Text,
    at_binds: false,
    mybatis: true,
    generics: true,
    newline_ends: false,
    dollar_ident: false,
    bare_calls: false,
};

const KOTLIN: Spec = Spec {
    newline_ends: true,
    ..SPEC
};

pub(crate) fn extract(text: &str, kotlin: bool) -> Extracted {
    if kotlin {
        use kotlin_lexer::{KotlinLexer, Rule};
        let role = |r: Rule| match r {
            Rule::raw | Rule::str => Role::Lit(Kind::Str),
            Rule::line_comment | Rule::block_comment => Role::Lit(Kind::Comment),
            Rule::chr | Rule::unterminated => Role::Lit(Kind::Opaque),
            Rule::raw_raw | Rule::str_raw | Rule::lone => Role::Raw,
            Rule::esc => Role::Esc,
            Rule::hole => Role::Hole,
            _ => Role::Skip,
        };
        match KotlinLexer::parse(Rule::file, text) {
            Ok(pairs) => run(text, &collect(pairs, role, decode_c_escape), &KOTLIN),
            Err(_) => Extracted::default(),
        }
    } else {
        use java_lexer::{JavaLexer, Rule};
        let role = |r: Rule| match r {
            Rule::block | Rule::str => Role::Lit(Kind::Str),
            Rule::line_comment | Rule::block_comment => Role::Lit(Kind::Comment),
            Rule::chr | Rule::unterminated => Role::Lit(Kind::Opaque),
            Rule::block_raw | Rule::str_raw => Role::Raw,
            Rule::esc => Role::Esc,
            _ => Role::Skip,
        };
        let decode = |e: &str| {
            // `\<newline>` in a text block joins the lines.
            if e.starts_with("\\\n") || e.starts_with("\\\r") {
                String::new()
            } else {
                decode_c_escape(&e.replacen("\\uu", "\\u", 1))
            }
        };
        match JavaLexer::parse(Rule::file, text) {
            Ok(pairs) => run(text, &collect(pairs, role, decode), &SPEC),
            Err(_) => Extracted::default(),
        }
    }
}
