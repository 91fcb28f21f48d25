//! stub
use super::{Extracted, Lang};
pub(crate) fn extract(_text: &str, _l: Lang) -> Extracted {
    Extracted::default()
}
