//! The speed of `my2pg audit`'s extraction layer on a generated PHP tree of
//! WordPress's size (≈23 MB in ≈2,000 files): code, comments, HTML, strings,
//! some of them SQL at `$wpdb` calls. Prints MB/s per pass and snippets found.
//!
//! `cargo run --release --example extract_speed [MB]`

use my2pg::audit::extract::{extract, Lang};
use std::time::Instant;

fn file(n: usize) -> String {
    let mut s = String::from(
        "<?php\n/**\n * Generated file for the extraction benchmark.\n * @package Bench\n */\n\n",
    );
    for i in 0..n {
        s.push_str(&format!(
            "function bench_fn_{i}( $post_id, $args = array() ) {{\n\
             \tglobal $wpdb;\n\
             \t// Get the cached value, or compute it.\n\
             \t$cache = wp_cache_get( 'bench_{i}', 'bench_group' );\n\
             \tif ( false !== $cache ) {{\n\t\treturn $cache;\n\t}}\n\
             \t$defaults = array( 'number' => 10, 'offset' => 0, 'orderby' => \"date\", 'order' => 'DESC' );\n\
             \t$args = wp_parse_args( $args, $defaults );\n\
             \tif ( $args['number'] > 100 ) {{\n\t\t_doing_it_wrong( __FUNCTION__, __( 'Select fewer items, please.' ), '5.{i}' );\n\t}}\n\
             \t$rows = $wpdb->get_results( $wpdb->prepare( \"SELECT ID, post_title FROM {{$wpdb->posts}} WHERE post_author = %d AND post_status = %s LIMIT %d\", $post_id, 'publish', $args['number'] ) );\n\
             \t/* Update the counter in the options table. */\n\
             \tupdate_option( 'bench_counter_{i}', count( $rows ) + $args['offset'] );\n\
             \t$html = '<div class=\"bench-' . esc_attr( $i ) . '\">' . esc_html__( 'Update your profile', 'bench' ) . '</div>';\n\
             \twp_cache_set( 'bench_{i}', $rows, 'bench_group', HOUR_IN_SECONDS );\n\
             \treturn apply_filters( 'bench_filter', $rows, $post_id, $html );\n}}\n\n"
        ));
    }
    s.push_str("?>\n<div class=\"footer\"><?php echo esc_html( $footer ); ?></div>\n");
    s
}

fn main() {
    let mb: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(23.0);
    let one = file(10);
    let count = ((mb * 1e6) / one.len() as f64).ceil() as usize;
    let files: Vec<String> = (0..count).map(|_| one.clone()).collect();
    let bytes: usize = files.iter().map(|f| f.len()).sum();
    for pass in 0..3 {
        let t = Instant::now();
        let mut snippets = 0;
        for f in &files {
            snippets += extract(Lang::Php, f).snippets.len();
        }
        let e = t.elapsed().as_secs_f64();
        println!(
            "pass {pass}: {count} PHP files, {:.1} MB in {e:.3} s: {:.0} MB/s, {snippets} snippets",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / e
        );
    }
}
