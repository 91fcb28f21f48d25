//! T1xx: values in data statements (the data path, `src/data/`).

pub mod column_widened;
pub mod data_without_schema;
pub mod insert_modifier;
pub mod row_rejected;
pub mod text_value;
