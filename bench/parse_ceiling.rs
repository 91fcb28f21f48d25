//! The speed of sqlparser alone on a query corpus (one statement per `;\n`): the
//! MySQL parse every translation starts with, and the PostgreSQL parse of the same
//! text. A ceiling for `my2pg convert` on queries. Run by `bench/queries.sh`.

use sqlparser::dialect::{MySqlDialect, PostgreSqlDialect};
use sqlparser::parser::Parser;

fn main() {
    let path = std::env::args().nth(1).expect("usage: parse_ceiling FILE");
    let text = std::fs::read_to_string(path).expect("readable file");
    let stmts: Vec<&str> = text.split(";\n").filter(|s| !s.trim().is_empty()).collect();
    let t = std::time::Instant::now();
    let ok = stmts
        .iter()
        .filter(|s| Parser::parse_sql(&MySqlDialect {}, s).is_ok())
        .count();
    let e = t.elapsed().as_secs_f64();
    println!(
        "sqlparser MySQL parse alone: {:.0} statements/s ({} statements, {ok} parsed, {e:.2} s)",
        stmts.len() as f64 / e,
        stmts.len()
    );
    let t = std::time::Instant::now();
    for s in &stmts {
        let _ = Parser::parse_sql(&PostgreSqlDialect {}, s);
    }
    let e = t.elapsed().as_secs_f64();
    println!(
        "sqlparser PostgreSQL parse alone: {:.0} statements/s",
        stmts.len() as f64 / e
    );
}
