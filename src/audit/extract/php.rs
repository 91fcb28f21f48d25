//! PHP: `'…'`, `"…"` with `$var`/`{$expr}` holes, heredoc and nowdoc, inside
//! `<?php … ?>`; `.` concatenation; `sprintf` verbs are run-time text but
//! `$wpdb->prepare`'s `%s %d %f` are bound values.

use super::engine::{call, call_any_arg, call_on, run, Does, Spec, Verbs, Via};
use super::lex::{collect, decode_c_escape, Kind, Role};
use super::Extracted;
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/host_php.pest"]
struct PhpLexer;

const SPEC: Spec = Spec {
    plus: false,
    dot: true,
    adjacent: false,
    percent: false,
    calls: &[
        call_on("prepare", Via::Method, "$wpdb", Does::BindVerbs),
        call_on("prepare", Via::Method, "wpdb", Does::BindVerbs),
        call("query", Via::Method, Does::Sql),
        call("prepare", Via::Method, Does::BindSdfi),
        call("prepare", Via::Static, Does::BindSdfi),
        call("exec", Via::Method, Does::Sql),
        call("real_query", Via::Method, Does::Sql),
        call("multi_query", Via::Method, Does::Sql),
        call("get_results", Via::Method, Does::Sql),
        call("get_var", Via::Method, Does::Sql),
        call("get_row", Via::Method, Does::Sql),
        call("get_col", Via::Method, Does::Sql),
        call("whereRaw", Via::Method, Does::Sql),
        call("orWhereRaw", Via::Method, Does::Sql),
        call("havingRaw", Via::Method, Does::Sql),
        call("orHavingRaw", Via::Method, Does::Sql),
        call("orderByRaw", Via::Method, Does::Sql),
        call("selectRaw", Via::Method, Does::Sql),
        call("groupByRaw", Via::Method, Does::Sql),
        call("fromRaw", Via::Method, Does::Sql),
        call_on("select", Via::Static, "DB", Does::Sql),
        call_on("selectOne", Via::Static, "DB", Does::Sql),
        call_on("insert", Via::Static, "DB", Does::Sql),
        call_on("update", Via::Static, "DB", Does::Sql),
        call_on("delete", Via::Static, "DB", Does::Sql),
        call_on("statement", Via::Static, "DB", Does::Sql),
        call_on("unprepared", Via::Static, "DB", Does::Sql),
        call_on("raw", Via::Static, "DB", Does::Sql),
        call_any_arg("mysqli_query", Via::Func, Does::Sql),
        call_any_arg("mysqli_prepare", Via::Func, Does::Sql),
        call_any_arg("mysqli_real_query", Via::Func, Does::Sql),
        call_any_arg("mysqli_multi_query", Via::Func, Does::Sql),
        call("mysql_query", Via::Func, Does::Sql),
        call("mysql_unbuffered_query", Via::Func, Does::Sql),
        call("sprintf", Via::Func, Does::Format),
        call("vsprintf", Via::Func, Does::Format),
    ],
    verbs: Verbs::Text,
    at_binds: false,
    mybatis: false,
    generics: false,
    newline_ends: false,
    dollar_ident: true,
    bare_calls: false,
};

fn role(r: Rule) -> Role {
    match r {
        Rule::sq | Rule::dq | Rule::heredoc | Rule::nowdoc => Role::Lit(Kind::Str),
        Rule::line_comment | Rule::block_comment => Role::Lit(Kind::Comment),
        Rule::bt | Rule::unterminated => Role::Lit(Kind::Opaque),
        Rule::sq_raw
        | Rule::dq_raw
        | Rule::lone
        | Rule::hd_raw
        | Rule::nd_raw
        | Rule::hd_nl
        | Rule::nd_nl => Role::Raw,
        Rule::sq_esc | Rule::esc => Role::Esc,
        Rule::hole => Role::Hole,
        _ => Role::Skip,
    }
}

fn decode(esc: &str) -> String {
    match esc {
        "\\'" => "'".into(),
        "\\$" => "$".into(),
        "\\\"" => "\"".into(),
        _ => decode_c_escape(esc),
    }
}

pub(crate) fn extract(text: &str) -> Extracted {
    match PhpLexer::parse(Rule::file, text) {
        Ok(pairs) => run(text, &collect(pairs, role, decode), &SPEC),
        Err(_) => Extracted::default(),
    }
}
