//! C#: regular, verbatim `@"…"`, interpolated `$"…{x}…"` (and `$@`/`@$`),
//! raw `"""…"""` strings, `+` concatenation. ADO.NET commands (`new
//! SqlCommand(…)`, `CommandText = …`), EF Core's `FromSqlRaw`/`ExecuteSqlRaw`
//! and the interpolated forms (whose holes are bound values), Dapper's
//! `Query…`/`Execute…`; `@name` is a bound value; `string.Format` fields are
//! run-time text.

use super::engine::{call, run, Does, Spec, Verbs, Via};
use super::lex::{collect, decode_c_escape, Kind, Role};
use super::Extracted;
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/host_csharp.pest"]
struct CSharpLexer;

const SPEC: Spec = Spec {
    plus: true,
    dot: false,
    adjacent: false,
    percent: false,
    calls: &[
        call("SqlCommand", Via::New, Does::Sql),
        call("MySqlCommand", Via::New, Does::Sql),
        call("SqliteCommand", Via::New, Does::Sql),
        call("NpgsqlCommand", Via::New, Does::Sql),
        call("OleDbCommand", Via::New, Does::Sql),
        call("OdbcCommand", Via::New, Does::Sql),
        call("CommandText", Via::Assign, Does::Sql),
        call("ExecuteSqlRaw", Via::Method, Does::BraceBinds),
        call("ExecuteSqlRawAsync", Via::Method, Does::BraceBinds),
        call("FromSqlRaw", Via::Method, Does::BraceBinds),
        call("SqlQueryRaw", Via::Method, Does::BraceBinds),
        call("FromSqlInterpolated", Via::Method, Does::HoleBinds),
        call("ExecuteSqlInterpolated", Via::Method, Does::HoleBinds),
        call("ExecuteSqlInterpolatedAsync", Via::Method, Does::HoleBinds),
        call("FromSql", Via::Method, Does::HoleBinds),
        call("SqlQuery", Via::Method, Does::HoleBinds),
        call("ExecuteSql", Via::Method, Does::HoleBinds),
        call("ExecuteSqlAsync", Via::Method, Does::HoleBinds),
        call("Query", Via::Method, Does::Sql),
        call("QueryAsync", Via::Method, Does::Sql),
        call("QueryFirst", Via::Method, Does::Sql),
        call("QueryFirstAsync", Via::Method, Does::Sql),
        call("QueryFirstOrDefault", Via::Method, Does::Sql),
        call("QueryFirstOrDefaultAsync", Via::Method, Does::Sql),
        call("QuerySingle", Via::Method, Does::Sql),
        call("QuerySingleAsync", Via::Method, Does::Sql),
        call("QuerySingleOrDefault", Via::Method, Does::Sql),
        call("QuerySingleOrDefaultAsync", Via::Method, Does::Sql),
        call("QueryMultiple", Via::Method, Does::Sql),
        call("QueryMultipleAsync", Via::Method, Does::Sql),
        call("Execute", Via::Method, Does::Sql),
        call("ExecuteAsync", Via::Method, Does::Sql),
        call("ExecuteScalar", Via::Method, Does::Sql),
        call("ExecuteScalarAsync", Via::Method, Does::Sql),
        call("ExecuteReader", Via::Method, Does::Sql),
        call("ExecuteReaderAsync", Via::Method, Does::Sql),
        call("Format", Via::Method, Does::FormatBraces),
    ],
    verbs: Verbs::Text,
    at_binds: true,
    mybatis: false,
    generics: true,
    newline_ends: false,
    dollar_ident: false,
    bare_calls: false,
};

fn role(r: Rule) -> Role {
    match r {
        Rule::raw | Rule::raw_i | Rule::verb | Rule::verb_i | Rule::interp | Rule::str => {
            Role::Lit(Kind::Str)
        }
        Rule::line_comment | Rule::block_comment => Role::Lit(Kind::Comment),
        Rule::chr | Rule::unterminated => Role::Lit(Kind::Opaque),
        Rule::raw_raw
        | Rule::rawi_raw
        | Rule::verb_raw
        | Rule::vi_raw
        | Rule::i_raw
        | Rule::str_raw
        | Rule::lone => Role::Raw,
        Rule::esc | Rule::dquote | Rule::brace2 => Role::Esc,
        Rule::hole => Role::Hole,
        _ => Role::Skip,
    }
}

fn decode(esc: &str) -> String {
    match esc {
        "\"\"" => "\"".into(),
        "{{" => "{".into(),
        "}}" => "}".into(),
        _ => decode_c_escape(esc),
    }
}

pub(crate) fn extract(text: &str) -> Extracted {
    match CSharpLexer::parse(Rule::file, text) {
        Ok(pairs) => run(text, &collect(pairs, role, decode), &SPEC),
        Err(_) => Extracted::default(),
    }
}
