//! Column facts for a column reference: the facts of the table its qualifier names
//! (see [`ColumnSets::qualified`]), so `t1.c` is typed as `t1`'s column even where
//! another of the statement's tables has a `c` of another type.

use crate::catalog::ColumnSets;
use sqlparser::ast::Expr;

/// The column `e` names and the facts that hold for it: its own table's when a name or
/// alias of one of the statement's tables qualifies it (`t1.c` where `t2.c` is another
/// type), else the facts of all the statement's tables.
pub fn column_facts<'s, 'e>(
    e: &'e Expr,
    sets: &'s ColumnSets,
) -> Option<(&'s ColumnSets, &'e str)> {
    match e {
        Expr::Identifier(i) => Some((sets, &i.value)),
        Expr::CompoundIdentifier(p) => {
            let c = p.last()?;
            let q = p.len().checked_sub(2).map(|k| p[k].value.as_str());
            Some((sets.of_qualifier(q), &c.value))
        }
        _ => None,
    }
}

/// Whether `e` is a column for which `fact` holds (with its own table's facts).
pub fn column_is(e: &Expr, sets: &ColumnSets, fact: impl Fn(&ColumnSets, &str) -> bool) -> bool {
    column_facts(e, sets).is_some_and(|(f, c)| fact(f, c))
}
