//! Reading a data statement's rows: `(v, v, …), (…)` after its head, one row at a time,
//! each value as a [`Value`] borrowed from the statement's bytes. Nothing is checked
//! against a column here and nothing is written.

use super::head::{list_next, skip_ws};
use super::values::{parse_value, Value};
use std::ops::Range;

/// The rows of one data statement.
pub struct Rows<'b> {
    b: &'b [u8],
    i: usize,
    version: u32,
    done: bool,
}

impl<'b> Rows<'b> {
    /// Rows from `rows_at` (the first `(`) to the end of `b`.
    pub fn new(b: &'b [u8], rows_at: usize, version: u32) -> Self {
        Rows {
            b,
            i: rows_at,
            version,
            done: false,
        }
    }

    /// The next row: its byte range in the statement, with its values in `values`; None
    /// after the last row; `Some(Err(()))` when the statement is not made of rows (the
    /// caller treats it as an ordinary statement).
    pub fn next_row(&mut self, values: &mut Vec<Value<'b>>) -> Option<Result<Range<usize>, ()>> {
        if self.done {
            return None;
        }
        let (b, version) = (self.b, self.version);
        let mut i = skip_ws(b, self.i, version);
        if b.get(i) != Some(&b'(') {
            self.done = true;
            return Some(Err(()));
        }
        let start = i;
        i += 1;
        values.clear();
        loop {
            i = skip_ws(b, i, version);
            if b.get(i) == Some(&b')') && values.is_empty() {
                i += 1;
                break;
            }
            let Some((v, j)) = parse_value(b, i) else {
                self.done = true;
                return Some(Err(()));
            };
            values.push(v);
            let Some((next, closed)) = list_next(b, j, version) else {
                self.done = true;
                return Some(Err(()));
            };
            i = next;
            if closed {
                break;
            }
        }
        let range = start..i;
        i = skip_ws(b, i, version);
        match b.get(i) {
            Some(b',') => self.i = i + 1,
            None => self.done = true,
            // ON DUPLICATE KEY UPDATE and the like: not a dump's form.
            _ => {
                self.done = true;
                return Some(Err(()));
            }
        }
        Some(Ok(range))
    }
}
