//! The whole conversion on arbitrary bytes: it must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use my2pg::config::Config;
use my2pg::convert::{convert, Input};

fuzz_target!(|data: &[u8]| {
    let input = Input {
        name: "fuzz.sql".to_string(),
        bytes: data.to_vec(),
    };
    let c = convert(&[input], &Config::default());
    for d in &c.diagnostics {
        // Rendering a diagnostic reads its span: it must lie inside the decoded text.
        let text_len = c.files[d.file].len();
        assert!(d.span.start <= d.span.end && d.span.end <= text_len);
        let _ = my2pg::render::human(d, &c.files);
    }
    let _ = my2pg::render::json(&c.diagnostics, &c.files);
});
