//! # T002 zerofill
//!
//! ## What it does
//! Reports ZEROFILL, which PostgreSQL has no equivalent for, and drops it.
//!
//! ## MySQL
//! `int(5) ZEROFILL` stores the number and shows it left-padded with zeros (`00042`);
//! ZEROFILL also implies UNSIGNED.
//!
//! ## PostgreSQL
//! The column keeps the number (unsigned range, see T003); the padding is presentation
//! and is lost.
//!
//! ## Caveats
//! An application that reads the padded text must pad itself: `lpad(col::text, 5, '0')`.

use super::super::Cx;
use crate::ir::Column;

crate::rule!("T002", "zerofill", Warning, "ZEROFILL padding is dropped");

pub fn check(col: &Column, cx: &mut Cx) {
    if col.ty.zerofill {
        let width = col
            .ty
            .param(0)
            .map(|w| w.to_string())
            .unwrap_or_else(|| "n".into());
        let ident = cx.ident(&col.name);
        cx.report(
            &RULE,
            col.span.clone(),
            format!(
                "ZEROFILL on `{}` dropped: values are no longer shown zero-padded",
                col.name
            ),
        )
        .with_help(format!(
            "pad when reading: `lpad({}::text, {width}, '0')`",
            ident
        ));
    }
}
