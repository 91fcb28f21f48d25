#!/usr/bin/env python3
"""Writes a WordPress-sized PHP tree for the `my2pg audit` speed benchmark.

    python3 bench/gen_php_tree.py DIR [--files 2000] [--megabytes 23] [--seed 20260101]

Deterministic (fixed seed, no clock, no environment): the same arguments write the
same bytes. Standard library only.

What it writes under DIR:
  - FILES .php files totalling about MEGABYTES MB (the WordPress core tree is about
    2,000 PHP files and 23 MB), in wp-admin/, wp-includes/ and wp-content/plugins/
    folders. Sizes are skewed as in WordPress: most files are a few KB, a few are
    over 100 KB. The files are PHP as WordPress writes it: docblocks, classes,
    functions, hooks, option arrays, i18n calls, HTML templates entered and left
    with `?>` … `<?php`, comments.
  - about 2,200 `$wpdb` queries (WordPress core has a couple of thousand), in about
    one file in six: `$wpdb->prepare` with %s/%d, get_results/get_var/get_row/get_col,
    `{$wpdb->posts}` interpolation, concatenation, a few heredocs. Most files have none.
  - many strings that only mention SQL words: UI text ("Update", "Select all",
    "Delete permanently"), log and error messages, comments, and function names such
    as update_option() or wp_delete_post().
  - node_modules/ and vendor/ with some files (the audit skips both by default), and
    a .gitignore that ignores wp-content/cache/, which is generated too.

Prints the number of files and bytes written, in total and without the skipped folders.
"""

import argparse
import os
import random
import sys

# ---------------------------------------------------------------- vocabulary

WORDS = (
    "post user term comment option meta site network theme plugin widget menu media "
    "attachment revision taxonomy category tag query cache request screen setting "
    "field section panel control block pattern template style script role capability "
    "nonce cron schedule feed link image size upload author archive page editor"
).split()

VERBS = "get set add update delete remove register render prepare sanitize validate filter fetch load save maybe".split()

TABLES = {
    "posts": ["ID", "post_author", "post_date", "post_content", "post_title", "post_status", "post_name", "post_type", "post_parent", "menu_order", "comment_count"],
    "postmeta": ["meta_id", "post_id", "meta_key", "meta_value"],
    "options": ["option_id", "option_name", "option_value", "autoload"],
    "users": ["ID", "user_login", "user_email", "user_registered", "display_name", "user_status"],
    "usermeta": ["umeta_id", "user_id", "meta_key", "meta_value"],
    "terms": ["term_id", "name", "slug", "term_group"],
    "term_taxonomy": ["term_taxonomy_id", "term_id", "taxonomy", "parent", "count"],
    "term_relationships": ["object_id", "term_taxonomy_id", "term_order"],
    "comments": ["comment_ID", "comment_post_ID", "comment_author", "comment_date", "comment_content", "comment_approved", "user_id"],
    "commentmeta": ["meta_id", "comment_id", "meta_key", "meta_value"],
}
KEYCOL = {"posts": "ID", "postmeta": "post_id", "options": "option_name", "users": "ID", "usermeta": "user_id",
          "terms": "term_id", "term_taxonomy": "term_id", "term_relationships": "object_id",
          "comments": "comment_ID", "commentmeta": "comment_id"}

UI_STRINGS = [
    "Update", "Update Now", "Select all", "Select a category", "Delete permanently", "Delete from trash",
    "Update your profile", "Insert into post", "Insert media", "Replace image", "Replace media file",
    "Select an image to crop", "Update failed.", "Deleted %s items.", "Are you sure you want to delete this user?",
    "Settings saved.", "Select the theme to preview.", "Updates are available.", "Insert a link",
    "Please select at least one item to delete.", "Update Plugins", "Could not update the post in the database.",
    "Replace the current menu with this one?", "Select where this block appears.", "Order by date",
]
# Most interface text has no SQL word at all.
UI_STRINGS += [
    "Settings", "Add New", "Edit Post", "View Page", "Save Draft", "Preview", "Publish", "Move to Trash", "Restore",
    "Search Plugins", "Activate", "Deactivate", "Screen Options", "Help", "Dashboard", "Comments", "Appearance",
    "Customize", "Widgets", "Menus", "Media Library", "Upload Files", "Permalink Settings", "Discussion Settings",
    "Reading Settings", "Your session has expired.", "Sorry, you are not allowed to access this page.",
    "Invalid post ID.", "Enter a title here", "Log Out", "Howdy, %s", "Site Health", "Export Personal Data",
    "Theme Details", "Filter by date", "No items found.", "Loading\u2026", "Saved.", "Copied!", "Next page",
    "Previous page", "First page", "Last page", "Toggle panel", "Skip to main content", "Close dialog",
]

LOG_STRINGS = [
    "Failed to update option %s", "Could not insert the attachment into the database.",
    "select query took too long: %s", "Error while deleting transient %s", "update_post_meta() returned false",
    "Cannot replace %s: file is locked", "WordPress database error %s for query %s",
    "Delete from cache failed for key %s", "Unable to update the user's role.",
]

COMMENTS = [
    "Fires after the object is updated.",
    "Select the first matching row; older versions returned all of them.",
    "Don't delete the option here: the upgrader still reads it.",
    "Replace placeholders before the string is escaped.",
    "The old query was: SELECT * FROM wp_posts WHERE post_status = 'publish'",
    "Update the cache so the next request does not hit the database.",
    "Insert the new rows after the old ones are deleted.",
    "Back-compat: plugins may call this before init.",
    "Short-circuits if the filter returns a non-null value.",
    "Multisite: the network admin has its own screen.",
    "Normalize the path to forward slashes.",
    "Bail early when the current user lacks the capability.",
    "Keep the order of the keys; themes rely on it.",
    "Only the first 20 characters are significant.",
    "See https://core.trac.wordpress.org/ticket/12345 for the history.",
    "Escaping happens at output, not here.",
    "The cache group is global across sites.",
    "This is a hot path: avoid regular expressions.",
    "Removed in 4.7, restored for back-compat in 4.7.1.",
]

HTML_BITS = [
    '<div class="wrap">\n\t<h1><?php echo esc_html( $title ); ?></h1>\n',
    '<select name="action" id="bulk-action-selector-top">\n\t<option value="-1"><?php _e( \'Bulk actions\' ); ?></option>\n\t<option value="delete"><?php _e( \'Delete\' ); ?></option>\n</select>\n',
    '<p class="description"><?php _e( \'Select the update channel for this site.\' ); ?></p>\n',
    '<table class="form-table" role="presentation">\n<tr>\n\t<th scope="row"><label for="blogname"><?php _e( \'Site Title\' ); ?></label></th>\n\t<td><input name="blogname" type="text" id="blogname" value="<?php form_option( \'blogname\' ); ?>" class="regular-text" /></td>\n</tr>\n</table>\n',
    '<button type="submit" class="button button-primary"><?php esc_html_e( \'Update\' ); ?></button>\n',
    '<ul class="subsubsub">\n\t<li class="all"><a href="<?php echo esc_url( $url ); ?>"><?php _e( \'All\' ); ?></a> |</li>\n\t<li class="trash"><a href="#"><?php _e( \'Trash\' ); ?></a></li>\n</ul>\n',
    '<style>\n.select-all { margin: 0 0 8px; } /* select all checkbox */\n.update-message { color: #d63638; }\n</style>\n',
    '<script>\njQuery( function( $ ) { $( \'.delete-link\' ).on( \'click\', function() { return confirm( \'Delete from the list?\' ); } ); } );\n</script>\n',
]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # ------------------------------------------------------------ names
    def ident(self, parts=2):
        return "_".join(self.r.choice(VERBS if i == 0 else WORDS) for i in range(parts))

    def cls(self):
        return "WP_" + "_".join(self.r.choice(WORDS).capitalize() for _ in range(self.r.randint(1, 3)))

    def var(self):
        return "$" + "_".join(self.r.choice(WORDS) for _ in range(self.r.randint(1, 2)))

    def const_value(self):
        """A value allowed as a property or parameter default (a constant expression)."""
        r = self.r.random()
        if r < 0.4:
            return "'%s'" % self.ident(self.r.randint(1, 3))
        if r < 0.6:
            return str(self.r.randint(0, 5000))
        return self.r.choice(["true", "false", "null", "array()", "''"])

    def string_value(self):
        r = self.r.random()
        if r < 0.3:
            return "__( '%s' )" % self.r.choice(UI_STRINGS).replace("'", "\\'")
        if r < 0.5:
            return "'%s'" % self.ident(self.r.randint(1, 3))
        if r < 0.6:
            return str(self.r.randint(0, 5000))
        if r < 0.7:
            return self.r.choice(["true", "false", "null", "array()"])
        return self.var()

    # ------------------------------------------------------------ chunks
    def docblock(self, indent, what="function"):
        r = self.r
        lines = [indent + "/**", indent + " * " + r.choice(["Retrieves", "Updates", "Deletes", "Registers", "Renders", "Filters", "Selects"]) + " the " + " ".join(r.choice(WORDS) for _ in range(r.randint(2, 5))) + "."]
        if r.random() < 0.6:
            lines += [indent + " *", indent + " * " + r.choice(COMMENTS)]
        lines.append(indent + " *")
        lines.append(indent + " * @since %d.%d.0" % (r.randint(2, 6), r.randint(0, 9)))
        for _ in range(r.randint(0, 4) if what == "function" else 0):
            lines.append(indent + " * @param %s %s %s" % (r.choice(["int", "string", "array", "bool", "WP_Post|int"]), self.var(), " ".join(r.choice(WORDS) for _ in range(r.randint(2, 6)))))
        if what == "function":
            lines.append(indent + " * @return %s" % r.choice(["bool", "int|false", "array", "string", "void", "WP_Error|true"]))
        lines.append(indent + " */")
        return "\n".join(lines) + "\n"

    def statement(self, ind):
        r = self.r
        k = r.random()
        if k < 0.18:
            return f"{ind}{self.var()} = {self.r.choice(['get_option', 'get_post_meta', 'get_user_meta', 'apply_filters', 'wp_parse_args', 'absint', 'sanitize_text_field'])}( {self.string_value()}, {self.string_value()} );\n"
        if k < 0.28:
            return f"{ind}{r.choice(['update_option', 'update_post_meta', 'delete_option', 'delete_transient', 'wp_update_post', 'wp_delete_post', 'update_user_meta'])}( {self.string_value()}, {self.string_value()} );\n"
        if k < 0.38:
            return f"{ind}do_action( '{self.ident(3)}', {self.var()} );\n"
        if k < 0.48:
            v = self.var()
            body = "".join(f"{ind}\t'{self.ident(1)}' => {self.string_value()},\n" for _ in range(r.randint(2, 8)))
            return f"{ind}{v} = array(\n{body}{ind});\n"
        if k < 0.60:
            return (f"{ind}if ( ! empty( {self.var()}['{self.ident(1)}'] ) ) {{\n"
                    f"{ind}\t{self.var()} = {self.string_value()};\n"
                    f"{ind}}} elseif ( is_wp_error( {self.var()} ) ) {{\n"
                    f"{ind}\treturn new WP_Error( '{self.ident(2)}', __( '{r.choice(UI_STRINGS)}' ) );\n"
                    f"{ind}}}\n").replace("'Are you sure you want to delete this user?'", "'Are you sure?'")
        if k < 0.68:
            return f"{ind}foreach ( {self.var()} as $key => $value ) {{\n{ind}\t{self.var()}[ $key ] = {r.choice(['esc_html', 'esc_attr', 'absint', 'trim'])}( $value );\n{ind}}}\n"
        if k < 0.74:
            return f"{ind}// {r.choice(COMMENTS)}\n"
        if k < 0.80:
            return f"{ind}error_log( sprintf( '{r.choice(LOG_STRINGS)}', {self.var()}, {self.var()} ) );\n"
        if k < 0.86:
            return f"{ind}$message = sprintf( __( '{r.choice(UI_STRINGS)}' ), number_format_i18n( {self.var()} ) );\n"
        if k < 0.92:
            return f"{ind}return {self.r.choice(['apply_filters', 'wp_cache_get', 'get_option'])}( '{self.ident(2)}', {self.var()} );\n"
        return f"{ind}{self.var()} = {self.var()} ? {self.string_value()} : {self.string_value()};\n"

    def query(self, ind):
        """One $wpdb query in one of the shapes WordPress code uses."""
        r = self.r
        t = r.choice(list(TABLES))
        cols = TABLES[t]
        key = KEYCOL[t]
        sel = ", ".join(r.sample(cols, r.randint(1, min(4, len(cols)))))
        other = r.choice(cols)
        shape = r.random()
        if shape < 0.30:
            return (f"{ind}$row = $wpdb->get_row( $wpdb->prepare( \"SELECT {sel} FROM {{$wpdb->{t}}} WHERE {key} = %d LIMIT 1\", {self.var()} ) );\n")
        if shape < 0.45:
            return (f"{ind}$ids = $wpdb->get_col(\n{ind}\t$wpdb->prepare(\n"
                    f"{ind}\t\t\"SELECT {key} FROM $wpdb->{t} WHERE {other} = %s ORDER BY {key} DESC LIMIT %d, %d\",\n"
                    f"{ind}\t\t{self.var()},\n{ind}\t\t$offset,\n{ind}\t\t$per_page\n{ind}\t)\n{ind});\n")
        if shape < 0.55:
            return (f"{ind}$count = (int) $wpdb->get_var( \"SELECT COUNT(*) FROM $wpdb->{t} WHERE {other} = '\" . esc_sql( {self.var()} ) . \"'\" );\n")
        if shape < 0.65:
            return (f"{ind}$wpdb->query( $wpdb->prepare( \"UPDATE $wpdb->{t} SET {other} = %s WHERE {key} = %d\", {self.var()}, {self.var()} ) );\n")
        if shape < 0.72:
            return (f"{ind}$wpdb->query( $wpdb->prepare( \"DELETE FROM $wpdb->{t} WHERE {key} = %d\", {self.var()} ) );\n")
        if shape < 0.78:
            return (f"{ind}$results = $wpdb->get_results(\n{ind}\t\"SELECT t.*, tt.* FROM $wpdb->terms AS t\n"
                    f"{ind}\tINNER JOIN $wpdb->term_taxonomy AS tt ON t.term_id = tt.term_id\n"
                    f"{ind}\tWHERE tt.taxonomy IN ('\" . implode( \"', '\", array_map( 'esc_sql', $taxonomies ) ) . \"')\n"
                    f"{ind}\tORDER BY t.name ASC\"\n{ind});\n")
        if shape < 0.83:
            return (f"{ind}$sql = \"SELECT SQL_CALC_FOUND_ROWS {sel} FROM $wpdb->{t} WHERE 1=1 \" . $where . \" GROUP BY {key} \" . $orderby . \" LIMIT $offset, $number\";\n"
                    f"{ind}$items = $wpdb->get_results( $sql );\n"
                    f"{ind}$total = (int) $wpdb->get_var( 'SELECT FOUND_ROWS()' );\n")
        if shape < 0.87:
            return (f"{ind}$wpdb->query( \"INSERT IGNORE INTO $wpdb->{t} ({key}, {other}) VALUES (\" . (int) {self.var()} . \", '\" . esc_sql( {self.var()} ) . \"')\" );\n")
        if shape < 0.90:
            return (f"{ind}$sql = <<<SQL\n{ind}\tSELECT {sel}\n{ind}\tFROM {{$wpdb->{t}}}\n{ind}\tWHERE {other} LIKE %s\n"
                    f"{ind}\tORDER BY {key}\n{ind}\tSQL;\n{ind}$rows = $wpdb->get_results( $wpdb->prepare( $sql, '%' . $wpdb->esc_like( {self.var()} ) . '%' ) );\n")
        if shape < 0.94:
            return (f"{ind}$wpdb->query( \"DELETE a, b FROM $wpdb->options a, $wpdb->options b\n"
                    f"{ind}\tWHERE a.option_name LIKE '\\_transient\\_%'\n"
                    f"{ind}\tAND a.option_name NOT LIKE '\\_transient\\_timeout\\_%'\n"
                    f"{ind}\tAND b.option_name = CONCAT( '_transient_timeout_', SUBSTRING( a.option_name, 12 ) )\n"
                    f"{ind}\tAND b.option_value < UNIX_TIMESTAMP()\" );\n")
        if shape < 0.97:
            return (f"{ind}$wpdb->query( $wpdb->prepare( \"INSERT INTO `$wpdb->{t}` (`{key}`, `{other}`) VALUES (%s, %s) ON DUPLICATE KEY UPDATE `{other}` = VALUES(`{other}`)\", {self.var()}, {self.var()} ) );\n")
        return (f"{ind}$rows = $wpdb->get_results( $wpdb->prepare( \"SELECT {key}, GROUP_CONCAT({other}) AS vals FROM $wpdb->{t} WHERE {key} IN (\" . implode( ',', array_fill( 0, count( $ids ), '%d' ) ) . \") GROUP BY {key}\", $ids ) );\n")

    def function(self, ind, queries):
        r = self.r
        name = self.ident(r.randint(2, 4))
        params = ", ".join(self.var() + (" = " + self.const_value() if r.random() < 0.3 else "") for _ in range(r.randint(0, 3)))
        out = [self.docblock(ind), f"{ind}function {name}( {params} ) {{\n" if params else f"{ind}function {name}() {{\n"]
        inner = ind + "\t"
        if queries:
            out.append(f"{inner}global $wpdb;\n\n")
        n = r.randint(3, 14)
        slots = sorted(r.sample(range(n + queries), queries)) if queries else []
        for i in range(n + queries):
            out.append(self.query(inner) if i in slots else self.statement(inner))
        out.append(f"{inner}return {self.var()};\n{ind}}}\n\n")
        return "".join(out)

    def template(self):
        r = self.r
        parts = ["?>\n"]
        for _ in range(r.randint(2, 6)):
            parts.append(r.choice(HTML_BITS))
        parts.append("<?php\n")
        return "".join(parts)

    def file(self, path, size, queries):
        r = self.r
        out = ["<?php\n", "/**\n * %s\n *\n * @package WordPress\n * @subpackage %s\n */\n\n" % (
            " ".join(r.choice(WORDS).capitalize() for _ in range(r.randint(2, 5))) + " API", r.choice(["Administration", "Query", "Plugin", "Theme", "REST_API", "Cache"]))]
        length = sum(map(len, out))
        # Spread the queries over the functions.
        left = queries
        is_class = r.random() < 0.45
        if is_class:
            head = self.docblock("", "class") + f"class {self.cls()} {{\n\n"
            for _ in range(r.randint(1, 5)):
                head += f"\t/**\n\t * @var {r.choice(['array', 'string', 'int'])}\n\t */\n\tpublic {self.var()} = {self.const_value()};\n\n"
            out.append(head)
            length += len(head)
        ind = "\t" if is_class else ""
        while length < size or left > 0:
            k = r.random()
            if k < 0.12 and not is_class:
                chunk = self.template()
            else:
                q = 0
                if left > 0:
                    q = min(left, r.choice([1, 1, 1, 2, 2, 3]))
                    left -= q
                chunk = self.function(ind, q)
                if is_class:
                    chunk = chunk.replace(f"{ind}function ", f"{ind}public function ", 1)
            out.append(chunk)
            length += len(chunk)
        if is_class:
            out.append("}\n")
        return "".join(out)


def file_sizes(r, n, total):
    raw = [min(r.lognormvariate(0, 1.0), 25.0) for _ in range(n)]
    scale = total / sum(raw)
    return [max(400, int(x * scale)) for x in raw]


def query_counts(r, n, target):
    """About one file in six gets queries, a few get many (like class-wpdb.php or ms-functions.php)."""
    counts = [0] * n
    chosen = r.sample(range(n), n // 6)
    for i in chosen:
        counts[i] = 1
    left = target - len(chosen)
    while left > 0:
        i = r.choice(chosen)
        bump = min(left, int(r.paretovariate(1.6)))
        counts[i] += bump
        left -= bump
    return counts


DIRS = ["wp-admin", "wp-admin/includes", "wp-admin/network", "wp-admin/user", "wp-includes", "wp-includes/rest-api/endpoints",
        "wp-includes/blocks", "wp-includes/customize", "wp-includes/widgets", "wp-includes/html-api", "wp-includes/sitemaps",
        "wp-includes/block-supports", "wp-includes/interactivity-api", "wp-content/themes/twentytwentyfour/patterns"]
PLUGINS = ["akismet", "woo-lite", "contact-forms", "seo-tools", "backup-buddy-lite", "gallery-plus", "members-area", "events-calendar"]


def write(path, text, stats, key):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    stats[key][0] += 1
    stats[key][1] += len(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--megabytes", type=float, default=23.0)
    ap.add_argument("--queries", type=int, default=2200)
    ap.add_argument("--seed", type=int, default=20260101)
    a = ap.parse_args()

    g = Gen(a.seed)
    r = g.r
    root = a.dir
    if os.path.exists(root) and os.listdir(root):
        sys.exit(f"{root} exists and is not empty")
    stats = {"tree": [0, 0], "node_modules": [0, 0], "vendor": [0, 0], "ignored": [0, 0], "other": [0, 0]}

    n = a.files
    # Files overshoot their drawn size by the last chunk and the queries: aim low.
    sizes = file_sizes(r, n, a.megabytes * 1e6 * 0.93)
    counts = query_counts(r, n, a.queries)
    dirs = DIRS + [f"wp-content/plugins/{p}" + s for p in PLUGINS for s in ("", "/includes", "/admin")]
    used = set()
    for i in range(n):
        d = r.choice(dirs)
        while True:
            name = f"{d}/{'class-' if r.random() < 0.3 else ''}{g.ident(r.randint(1, 3)).replace('_', '-')}.php"
            if name not in used:
                used.add(name)
                break
        write(os.path.join(root, name), g.file(name, sizes[i], counts[i]), stats, "tree")

    # Non-PHP assets beside the code (not counted as PHP files).
    for i in range(40):
        write(os.path.join(root, f"wp-includes/js/{g.ident(2).replace('_', '-')}-{i}.js"),
              "".join(f"wp.{g.ident(2)} = function ( {g.ident(1)} ) {{ return '{r.choice(UI_STRINGS)}'; }};\n" for _ in range(r.randint(20, 200))),
              stats, "other")

    # Folders the audit skips by default.
    for i in range(60):
        pkg = r.choice(["lodash", "react-dom", "moment", "jquery", "sql-formatter", "knex"])
        write(os.path.join(root, f"node_modules/{pkg}/lib/{g.ident(2)}-{i}.js"),
              "".join(f"exports.{g.ident(2)} = (db) => db.query('SELECT * FROM {r.choice(list(TABLES))} WHERE id = ?', [{i}]);\n" for _ in range(r.randint(50, 400))),
              stats, "node_modules")
    for i in range(50):
        vend = r.choice(["guzzlehttp/guzzle/src", "doctrine/dbal/src/Query", "monolog/monolog/src/Handler", "symfony/console/Command"])
        write(os.path.join(root, f"vendor/{vend}/{g.cls()[3:]}{i}.php"), g.file("vendor", r.randint(2000, 30000), r.randint(0, 6)), stats, "vendor")

    # A generated folder that .gitignore names.
    write(os.path.join(root, ".gitignore"), "# generated by the page cache plugin\n/wp-content/cache/\n*.log\n", stats, "other")
    for i in range(30):
        write(os.path.join(root, f"wp-content/cache/page-{i:03d}.php"), g.file("cache", r.randint(5000, 40000), r.randint(0, 3)), stats, "ignored")

    queries = sum(counts)
    with_queries = sum(1 for c in counts if c)
    t = stats["tree"]
    total_files = sum(v[0] for v in stats.values())
    total_bytes = sum(v[1] for v in stats.values())
    print(f"{t[0]} PHP files, {t[1]:,} bytes ({t[1] / 1e6:.1f} MB), {queries} $wpdb queries in {with_queries} files")
    print(f"skipped by default: node_modules/ {stats['node_modules'][0]} files, vendor/ {stats['vendor'][0]} files, "
          f"wp-content/cache/ (.gitignore) {stats['ignored'][0]} files")
    print(f"all: {total_files} files, {total_bytes:,} bytes")


if __name__ == "__main__":
    main()
