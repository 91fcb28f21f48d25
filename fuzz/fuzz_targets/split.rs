//! The splitter on arbitrary bytes, decoded lossily as a file would be.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut diags = Vec::new();
    // 80040 = MySQL 8.0.40; the first byte also picks an older version now and then,
    // so versioned comments are both kept and skipped.
    let version = match data.first() {
        Some(b) if b % 4 == 0 => 50_700,
        _ => 80_040,
    };
    let split = my2pg::split::split(&text, 0, version, &mut diags);
    // Every range handed back must lie inside the text, on character boundaries.
    for s in &split.statements {
        assert!(s.range.start <= s.range.end && s.range.end <= text.len());
        assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
        assert_eq!(s.sql.len(), s.range.len(), "sql keeps every byte offset");
        for c in s.leading_comments.iter().chain(&s.inner_comments) {
            assert!(c.start <= c.end && c.end <= text.len());
        }
    }
    for c in &split.trailing_comments {
        assert!(c.start <= c.end && c.end <= text.len());
    }
    for d in &diags {
        assert!(d.span.start <= d.span.end && d.span.end <= text.len());
    }
});
