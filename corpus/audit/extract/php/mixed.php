<html>SELECT * FROM notphp</html>
<?php
// my2pg: ignore[Q001, Q002]
$rows = $wpdb->get_results("SELECT * FROM {$wpdb->posts} WHERE id = $id AND name = 'x\'y'");
$q = $wpdb->prepare("SELECT * FROM t WHERE a = %s AND b = %d", $a, $b);
$sql = "SELECT id, name FROM users WHERE status = :status";
$sql .= " AND age > " . $age;
$sql .= ' ORDER BY name';
$stmt = $pdo->prepare($sql);
echo "Select a file to upload.";
$x = sprintf("DELETE FROM %s WHERE id = %d", $table, $id);
$h = <<<SQL
  UPDATE t SET a = 1
  WHERE b = $c
  SQL;
DB::select('select * from users where id = ?', [1]);
mysqli_query($link, "INSERT INTO t (a) VALUES ('x')");
?>
