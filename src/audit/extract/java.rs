//! stub
use super::Extracted;
pub(crate) fn extract(_text: &str, _k: bool) -> Extracted {
    Extracted::default()
}
