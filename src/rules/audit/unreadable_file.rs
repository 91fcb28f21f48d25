//! # X003 unreadable-file
//!
//! ## What it does
//! Reports a file the audit could not read (permissions, a vanished file, a link to a
//! missing file); its SQL, if any, is not in the report.
//!
//! ## MySQL
//! Not applicable: this is about the application's source tree.
//!
//! ## PostgreSQL
//! Not applicable.
//!
//! ## Caveats
//! A file in another encoding (Latin-1 PHP, UTF-16 C#) is read with invalid bytes
//! replaced, so its SQL is still found; only its non-ASCII text may show replacement
//! characters.

crate::rule!(
    "X003",
    "unreadable-file",
    Warning,
    "a source file could not be read; its SQL is not in the report"
);

#[cfg(test)]
mod tests {
    #[test]
    fn a_link_to_a_missing_file_is_reported_not_skipped() {
        let dir = std::env::temp_dir().join(format!("my2pg-x003-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("ok.py"), "cur.execute(\"SELECT 1\")\n").unwrap();
        std::os::unix::fs::symlink(dir.join("missing.php"), dir.join("gone.php")).unwrap();
        let config = crate::config::Config::default();
        let report = crate::audit::audit(&crate::audit::Options {
            paths: vec![dir.clone()],
            config: &config,
            catalog: Default::default(),
            baseline: Default::default(),
        });
        let text = report.text();
        assert!(
            text.contains("gone.php: warning[X003] cannot read: a link to a missing file"),
            "{text}"
        );
        assert_eq!(report.findings.len(), 1, "{text}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
