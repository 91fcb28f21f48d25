//! P: splitting and parsing.

pub mod invalid_utf8;
pub mod unparsed;
pub mod unterminated;
pub mod versioned_comment;

pub use invalid_utf8::invalid_utf8;
pub use unterminated::unterminated;
pub use versioned_comment::versioned_comment_skipped;
