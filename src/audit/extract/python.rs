//! Python: every quote form (single, double, triple; r, b, u, f prefixes and
//! their pairs), f-string fields as markers, implicit concatenation of
//! adjacent literals and `+`; `"…" % x` and `.format()` make verbs and fields
//! run-time text, while `%s`/`%(name)s` in a string given to `.execute` with
//! parameters (or not formatted at all) are bound values.

use super::engine::{call, run, Does, Spec, Verbs, Via};
use super::lex::{collect, decode_c_escape, Kind, Role, Seg};
use super::Extracted;
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/host_python.pest"]
struct PythonLexer;

const SPEC: Spec = Spec {
    plus: true,
    dot: false,
    adjacent: true,
    percent: true,
    calls: &[
        call("execute", Via::Method, Does::BindVerbs),
        call("executemany", Via::Method, Does::BindVerbs),
        call("mogrify", Via::Method, Does::BindVerbs),
        call("executescript", Via::Method, Does::Sql),
        call("exec_driver_sql", Via::Method, Does::Sql),
        call("text", Via::Func, Does::Sql),
        call("raw", Via::Method, Does::Sql),
        call("read_sql", Via::Func, Does::Sql),
        call("read_sql_query", Via::Func, Does::Sql),
    ],
    verbs: Verbs::Bind,
    at_binds: false,
    mybatis: false,
    generics: false,
    newline_ends: true,
    dollar_ident: false,
    bare_calls: false,
};

fn role(r: Rule) -> Role {
    match r {
        Rule::tdq | Rule::tsq | Rule::dq | Rule::sq => Role::Lit(Kind::Str),
        Rule::comment => Role::Lit(Kind::Comment),
        Rule::unterminated => Role::Lit(Kind::Opaque),
        Rule::tdq_raw | Rule::tsq_raw | Rule::dq_raw | Rule::sq_raw | Rule::lone => Role::Raw,
        Rule::esc | Rule::brace2 => Role::Esc,
        Rule::dq_hole | Rule::sq_hole => Role::Hole,
        _ => Role::Skip,
    }
}

fn decode(esc: &str) -> String {
    match esc {
        "{{" => "{".into(),
        "}}" => "}".into(),
        // A backslash-newline continues the line.
        "\\\n" => String::new(),
        _ => decode_c_escape(esc),
    }
}

pub(crate) fn extract(text: &str) -> Extracted {
    let Ok(pairs) = PythonLexer::parse(Rule::file, text) else {
        return Extracted::default();
    };
    let mut lits = collect(pairs, role, decode);
    let b = text.as_bytes();
    for l in &mut lits {
        if l.kind != Kind::Str {
            continue;
        }
        // The prefix: up to two letters of r, b, u, f right before the quote.
        let s = l.range.start;
        let mut p = s;
        while p > 0
            && s - p < 2
            && matches!(b[p - 1].to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f')
        {
            p -= 1;
        }
        if p > 0 && (b[p - 1].is_ascii_alphanumeric() || b[p - 1] == b'_') {
            p = s;
        }
        let prefix = text[p..s].to_ascii_lowercase();
        let raw = prefix.contains('r');
        let f = prefix.contains('f');
        l.range.start = p;
        for seg in &mut l.segs {
            let r = match seg {
                Seg::Esc(_, r) | Seg::Hole(r) => r.clone(),
                Seg::Raw(_) => continue,
            };
            let braces = text[r.clone()].starts_with(['{', '}']);
            let keep_raw = if braces { !f } else { raw };
            if keep_raw {
                *seg = Seg::Raw(r);
            }
        }
    }
    run(text, &lits, &SPEC)
}
