//! Session statements (SET, USE, LOCK TABLES, transactions): kept, translated or
//! dropped with a note.

use crate::diagnostics::Severity;
use crate::emit::Out;
use crate::ir::Session;
use crate::rules::{session, Cx};

pub(super) fn session_statement(s: Session, original: &str, cx: &mut Cx) -> Out {
    let whole = cx.stmt.clone();
    match s {
        Session::Names(cs) => {
            cx.report(
                &session::set_statement::RULE,
                whole,
                format!(
                    "SET NAMES {cs} becomes SET client_encoding = 'UTF8' (the output is UTF-8)"
                ),
            );
            Out::main("SET client_encoding = 'UTF8';".into())
        }
        Session::Set(assignments) => {
            let mut out = Out::default();
            let mut dropped = Vec::new();
            for (name, value) in assignments {
                let n = name.to_lowercase();
                let n = n
                    .trim_start_matches("session ")
                    .trim_start_matches("@@session.")
                    .trim_start_matches("@@");
                if value.trim_start().starts_with('@') {
                    // Restoring a saved setting (`SET TIME_ZONE=@OLD_TIME_ZONE`).
                    dropped.push(name);
                } else if n == "autocommit" {
                    let on = !matches!(value.trim().to_lowercase().as_str(), "0" | "off" | "false");
                    out.main.push(if on {
                        "COMMIT;".into()
                    } else {
                        "BEGIN;".into()
                    });
                    cx.report(
                        &session::set_statement::RULE,
                        whole.clone(),
                        format!(
                            "SET autocommit={value} becomes {}",
                            if on {
                                "COMMIT (ends the open transaction)"
                            } else {
                                "BEGIN (MySQL opens a transaction implicitly)"
                            }
                        ),
                    );
                } else if n == "time_zone" {
                    let v = value.trim_matches('\'');
                    let offset = v.len() >= 5
                        && (v.starts_with('+') || v.starts_with('-'))
                        && v[1..]
                            .split(':')
                            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
                    let pg = if v.eq_ignore_ascii_case("SYSTEM") {
                        cx.catalog.time_zone = None;
                        "DEFAULT".to_string()
                    } else if offset {
                        // An ISO offset: PostgreSQL reads a string '+05:00' as POSIX (sign
                        // reversed), so it is given as an interval.
                        cx.catalog.time_zone = Some(v.to_string());
                        format!("INTERVAL {} HOUR TO MINUTE", crate::ident::literal(v))
                    } else {
                        cx.catalog.time_zone = None;
                        crate::ident::literal(v)
                    };
                    out.main.push(format!("SET TIME ZONE {pg};"));
                } else if n == "names"
                    || n == "character_set_client" && value.to_lowercase().contains("utf8")
                {
                    out.main.push("SET client_encoding = 'UTF8';".into());
                } else if n.starts_with('@') || !session::set_statement::harmless(n) {
                    // A user variable given a value, or a setting that changes what
                    // later statements do: dropping it may change their meaning.
                    cx.report(
                        &session::set_statement::RULE,
                        whole.clone(),
                        if n.starts_with('@') {
                            format!("user variable {name} dropped: PostgreSQL has no session variables (statements that read it are flagged Q000)")
                        } else {
                            format!("MySQL setting {} dropped: it has no PostgreSQL counterpart, and what depends on it may behave differently", name.split_whitespace().collect::<Vec<_>>().join(" "))
                        },
                    )
                    .severity = Severity::Warning;
                    if out.main.is_empty() {
                        out.main.push(format!(
                            "-- my2pg S001: dropped: {}",
                            original.lines().next().unwrap_or("").trim()
                        ));
                    }
                } else {
                    dropped.push(name);
                }
            }
            if !dropped.is_empty() {
                cx.report(
                    &session::set_statement::RULE,
                    whole,
                    format!(
                        "MySQL session setting{} {} dropped: no PostgreSQL equivalent needed",
                        if dropped.len() > 1 { "s" } else { "" },
                        dropped.join(", ")
                    ),
                );
                if out.main.is_empty() {
                    out.main.push(format!(
                        "-- my2pg S001: dropped: {}",
                        original.lines().next().unwrap_or("").trim()
                    ));
                }
            }
            out
        }
        Session::LockTables | Session::UnlockTables => {
            cx.report(
                &session::lock_tables::RULE,
                whole,
                "LOCK/UNLOCK TABLES dropped: PostgreSQL has no UNLOCK, and its LOCK TABLE only holds inside a transaction; to keep other sessions from seeing a half-loaded table, apply the script with `psql --single-transaction`",
            );
            Out::main(format!("-- my2pg S002: dropped: {}", original.trim()))
        }
        Session::Transaction(t) => {
            cx.report(&session::transaction::RULE, whole, format!("{t} kept: DDL is transactional in PostgreSQL, so a failure inside the transaction undoes the DDL before it"));
            Out::main(format!("{t};"))
        }
    }
}
