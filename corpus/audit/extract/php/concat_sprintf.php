<?php
$where = " WHERE a = 1";
$r = $db->query("SELECT * FROM " . $table . $where . ' LIMIT ' . (int) $n);
$sql = sprintf("SELECT %s FROM %s WHERE id = %d AND name LIKE '%%x%%'", $cols, $tbl, $id);
$wpdb->query($wpdb->prepare("UPDATE {$wpdb->options} SET option_value = %s WHERE option_name = %s", $v, $k));
$n = $wpdb->get_var("SELECT COUNT(*) FROM $wpdb->users");
$users = DB::select("select * from users where active = ? and role = :role", [1]);
$q->whereRaw('price > IF(state = "TX", ?, 100)', [200]);
$sql = "SELECT id FROM t WHERE x = 1";
$sql .= " AND y = " . $y;
$res = mysqli_query($conn, $sql);
