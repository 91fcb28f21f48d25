<?php
class Orders {
    public function find($id) {
        return $this->shop->prepare("SELECT * FROM orders WHERE id = %d AND status = %s", $id, 'paid');
    }
    public function search($db, $q) {
        $st = $db->prepare('SELECT id FROM books WHERE title LIKE %s LIMIT %d');
        $st2 = Db::prepare('SELECT id FROM books WHERE price > %f AND %i = 1');
        // PDO: `%` in a LIKE pattern is text; `:name` and `?` are the binds.
        $st3 = $pdo->prepare("SELECT id FROM books WHERE title LIKE '%x' AND id = :id");
        $st4 = $pdo->prepare("SELECT id FROM books WHERE title LIKE 'a%' AND id = ?");
        // sprintf: run-time text.
        $st5 = $pdo->prepare(sprintf("SELECT id FROM %s WHERE id = ?", $table));
        return $wpdb->prepare("SELECT ID FROM {$wpdb->posts} WHERE post_author = %d", $uid);
    }
}
