//! P: splitting and parsing.

pub mod delimiter_command;
pub mod invalid_utf8;
pub mod nul_character;
pub mod optimizer_hint;
pub mod unparsed;
pub mod unterminated;
pub mod versioned_comment;

pub use invalid_utf8::invalid_utf8;
pub use unterminated::unterminated;
pub use versioned_comment::versioned_comment_skipped;
