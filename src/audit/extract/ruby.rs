//! Ruby: '…', "…" with `#{…}` holes, `%q()`/`%Q()`/`%()`, heredocs (`<<~SQL`,
//! `<<-SQL`, `<<SQL`, quoted identifiers), adjacency and `+`; calls with or
//! without parentheses: `execute`, `exec_query`, `find_by_sql`, `select_all`,
//! `select_value(s)`, `select_rows`, `select_one`, mysql2's `query`;
//! `format`/`"…" % x` verbs are run-time text.

use super::engine::{call, run, Does, Spec, Verbs, Via};
use super::lex::{collect, decode_c_escape, Kind, Role};
use super::Extracted;
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/host_ruby.pest"]
struct RubyLexer;

const SPEC: Spec = Spec {
    plus: true,
    dot: false,
    adjacent: true,
    percent: true,
    calls: &[
        call("execute", Via::Func, Does::Sql),
        call("exec_query", Via::Func, Does::Sql),
        call("exec_update", Via::Func, Does::Sql),
        call("exec_insert", Via::Func, Does::Sql),
        call("exec_delete", Via::Func, Does::Sql),
        call("find_by_sql", Via::Func, Does::Sql),
        call("select_all", Via::Func, Does::Sql),
        call("select_value", Via::Func, Does::Sql),
        call("select_values", Via::Func, Does::Sql),
        call("select_rows", Via::Func, Does::Sql),
        call("select_one", Via::Func, Does::Sql),
        call("query", Via::Method, Does::Sql),
        call("format", Via::Func, Does::Format),
        call("sprintf", Via::Func, Does::Format),
    ],
    verbs: Verbs::Text,
    at_binds: false,
    mybatis: false,
    generics: false,
    newline_ends: true,
    dollar_ident: false,
    bare_calls: true,
};

fn role(r: Rule) -> Role {
    match r {
        Rule::sq | Rule::dq | Rule::pq | Rule::pQ | Rule::heredoc | Rule::heredoc_raw => {
            Role::Lit(Kind::Str)
        }
        Rule::comment | Rule::doc_comment => Role::Lit(Kind::Comment),
        Rule::unterminated => Role::Lit(Kind::Opaque),
        Rule::sq_raw
        | Rule::dq_raw
        | Rule::lone
        | Rule::pq_raw
        | Rule::pqb_raw
        | Rule::pqc_raw
        | Rule::pQ_raw
        | Rule::pQb_raw
        | Rule::hd_raw
        | Rule::nd_raw
        | Rule::hd_nl => Role::Raw,
        Rule::sq_esc | Rule::esc => Role::Esc,
        Rule::hole => Role::Hole,
        _ => Role::Skip,
    }
}

fn decode(esc: &str) -> String {
    if esc.starts_with("\\\n") {
        String::new()
    } else {
        decode_c_escape(esc)
    }
}

pub(crate) fn extract(text: &str) -> Extracted {
    match RubyLexer::parse(Rule::file, text) {
        Ok(pairs) => run(text, &collect(pairs, role, decode), &SPEC),
        Err(_) => Extracted::default(),
    }
}
