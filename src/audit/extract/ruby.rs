//! stub
use super::Extracted;
pub(crate) fn extract(_text: &str) -> Extracted {
    Extracted::default()
}
