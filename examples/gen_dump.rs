//! Writes a synthetic mysqldump-style file of about SIZE megabytes to standard output,
//! for the data-path benchmark: extended INSERTs with escaped strings, numbers, dates,
//! timestamps, decimals and blobs (raw bytes, as mysqldump writes them by default).
//!
//! `cargo run --release --example gen_dump -- 1024 > /tmp/dump.sql`

use std::io::Write;

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let target = mb << 20;
    let out = std::io::stdout();
    let mut w = std::io::BufWriter::with_capacity(1 << 20, out.lock());
    let mut written = 0usize;
    let put = |w: &mut std::io::BufWriter<_>, s: &[u8]| {
        w.write_all(s).expect("write");
        s.len()
    };
    written += put(&mut w, b"-- synthetic dump for my2pg's data-path benchmark\n/*!40103 SET TIME_ZONE='+00:00' */;\n/*!40101 SET NAMES utf8mb4 */;\n");
    written += put(&mut w, b"DROP TABLE IF EXISTS `events`;\nCREATE TABLE `events` (\n  `id` bigint unsigned NOT NULL AUTO_INCREMENT,\n  `user_id` int NOT NULL,\n  `title` varchar(200) NOT NULL,\n  `body` text,\n  `amount` decimal(12,2) DEFAULT NULL,\n  `score` double DEFAULT NULL,\n  `day` date DEFAULT NULL,\n  `created` datetime(3) NOT NULL,\n  `seen` timestamp NULL DEFAULT NULL,\n  `flag` tinyint(1) NOT NULL DEFAULT '0',\n  `payload` blob,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8mb4;\n");
    written += put(
        &mut w,
        b"LOCK TABLES `events` WRITE;\n/*!40000 ALTER TABLE `events` DISABLE KEYS */;\n",
    );
    let words = [
        "alpha",
        "beta",
        "gamma\\'s",
        "delta \\\"quoted\\\"",
        "epsilon\\nline",
        "zeta\\\\path",
        "eta\\ttab",
        "théta",
        "iota 😀",
        "kappa",
    ];
    let mut id: u64 = 0;
    let mut seed: u64 = 0x9E3779B97F4A7C15;
    let mut rnd = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut stmt = Vec::with_capacity(1 << 20);
    while written < target {
        stmt.clear();
        stmt.extend_from_slice(b"INSERT INTO `events` VALUES ");
        for r in 0..1000 {
            id += 1;
            let x = rnd();
            if r > 0 {
                stmt.push(b',');
            }
            let title = words[(x % 10) as usize];
            let body = words[((x >> 8) % 10) as usize];
            let payload: Vec<u8> = (0..(x >> 16) % 48)
                .map(|i| ((x >> (i % 56)) as u8).wrapping_mul(31))
                .collect();
            let mut blob = Vec::with_capacity(payload.len() * 2);
            for b in payload {
                match b {
                    0 => blob.extend_from_slice(b"\\0"),
                    b'\'' => blob.extend_from_slice(b"\\'"),
                    b'\\' => blob.extend_from_slice(b"\\\\"),
                    b'\n' => blob.extend_from_slice(b"\\n"),
                    b'\r' => blob.extend_from_slice(b"\\r"),
                    26 => blob.extend_from_slice(b"\\Z"),
                    _ => blob.push(b),
                }
            }
            write!(
                stmt,
                "({id},{},'{title} {}','{body} {body} {title}',{}.{:02},{},'2{:03}-{:02}-{:02}','2024-{:02}-{:02} {:02}:{:02}:{:02}.{:03}',{},{},_binary '",
                x % 100_000,
                x % 977,
                x % 1_000_000,
                x % 100,
                (x % 10_000) as f64 / 7.0,
                x % 30,
                1 + x % 12,
                1 + (x >> 4) % 28,
                1 + x % 12,
                1 + (x >> 3) % 28,
                x % 24,
                (x >> 5) % 60,
                (x >> 11) % 60,
                x % 1000,
                if x % 5 == 0 { "NULL".to_string() } else { format!("'2023-{:02}-{:02} 10:00:00'", 1 + x % 12, 1 + x % 28) },
                x % 2,
            )
            .expect("format");
            stmt.extend_from_slice(&blob);
            stmt.extend_from_slice(b"')");
        }
        stmt.extend_from_slice(b";\n");
        written += put(&mut w, &stmt);
    }
    put(
        &mut w,
        b"/*!40000 ALTER TABLE `events` ENABLE KEYS */;\nUNLOCK TABLES;\n",
    );
    w.flush().expect("flush");
}
