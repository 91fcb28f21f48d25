//! Go: interpreted `"…"` and raw `` `…` `` strings, `+` concatenation;
//! database/sql's `Query`/`QueryRow`/`Exec`/`Prepare` and their `…Context`
//! forms, sqlx's `Select`/`Get`/`NamedExec`…, gorm's `Raw` (the SQL may follow
//! a context or a destination); `fmt.Sprintf` verbs are run-time text.

use super::engine::{call_any_arg, call_on, run, Does, Spec, Verbs, Via};
use super::lex::{collect, decode_c_escape, Kind, Role};
use super::Extracted;
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/host_go.pest"]
struct GoLexer;

const SPEC: Spec = Spec {
    plus: true,
    dot: false,
    adjacent: false,
    percent: false,
    calls: &[
        call_any_arg("Query", Via::Method, Does::Sql),
        call_any_arg("QueryRow", Via::Method, Does::Sql),
        call_any_arg("Exec", Via::Method, Does::Sql),
        call_any_arg("Prepare", Via::Method, Does::Sql),
        call_any_arg("QueryContext", Via::Method, Does::Sql),
        call_any_arg("QueryRowContext", Via::Method, Does::Sql),
        call_any_arg("ExecContext", Via::Method, Does::Sql),
        call_any_arg("PrepareContext", Via::Method, Does::Sql),
        call_any_arg("Queryx", Via::Method, Does::Sql),
        call_any_arg("QueryRowx", Via::Method, Does::Sql),
        call_any_arg("Select", Via::Method, Does::Sql),
        call_any_arg("Get", Via::Method, Does::Sql),
        call_any_arg("SelectContext", Via::Method, Does::Sql),
        call_any_arg("GetContext", Via::Method, Does::Sql),
        call_any_arg("NamedExec", Via::Method, Does::Sql),
        call_any_arg("NamedQuery", Via::Method, Does::Sql),
        call_any_arg("NamedExecContext", Via::Method, Does::Sql),
        call_any_arg("MustExec", Via::Method, Does::Sql),
        call_any_arg("Preparex", Via::Method, Does::Sql),
        call_any_arg("Raw", Via::Method, Does::Sql),
        call_on("Sprintf", Via::Method, "fmt", Does::Format),
    ],
    verbs: Verbs::Text,
    at_binds: false,
    mybatis: false,
    generics: false,
    newline_ends: true,
    dollar_ident: false,
    bare_calls: false,
};

fn role(r: Rule) -> Role {
    match r {
        Rule::raw | Rule::str => Role::Lit(Kind::Str),
        Rule::line_comment | Rule::block_comment => Role::Lit(Kind::Comment),
        Rule::rune | Rule::unterminated => Role::Lit(Kind::Opaque),
        Rule::raw_raw | Rule::str_raw => Role::Raw,
        Rule::esc => Role::Esc,
        _ => Role::Skip,
    }
}

pub(crate) fn extract(text: &str) -> Extracted {
    match GoLexer::parse(Rule::file, text) {
        Ok(pairs) => run(text, &collect(pairs, role, decode_c_escape), &SPEC),
        Err(_) => Extracted::default(),
    }
}
