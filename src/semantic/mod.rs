//! The semantic layer: what a query's names refer to, from the catalog (issue 13).
//!
//! It reads sqlparser's tree (after the walk has put names into their PostgreSQL
//! form, so they match the catalog's PostgreSQL names) and answers questions the
//! rules ask instead of guessing from a column's name across the schema:
//! - [`scope::Scope`]: the relations of a SELECT's FROM clause (catalog tables, CTEs,
//!   derived tables, joins with USING and NATURAL), what each column reference
//!   resolves to (a relation's column, a name from outside the query, unknown or
//!   ambiguous), and which columns the grouped ones determine (keys and equalities,
//!   as MySQL's "Detection of Functional Dependence" reads them).
//! - [`facts::column_facts`]: the catalog's facts for a column reference, its own
//!   table's when a name or alias of the statement qualifies it.
//!
//! A fact it cannot establish is `Unknown`, never a guess: the rule then keeps the
//! text and warns.

pub mod facts;
pub mod scope;
