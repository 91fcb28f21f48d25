<?php
$sql = "SELECT id, title FROM books" . $where . " ORDER BY " . $col . " " . $dir;
$rows = $db->query($sql);
$db->query("SELECT * FROM t WHERE a =" . $b . "AND c = 1");
$db->query("SELECT * FROM log_{$year}_entries");
// No space added next to punctuation or spaces.
$db->query("SELECT * FROM t WHERE id IN (" . $ids . ")");
$db->query("SELECT * FROM t WHERE id = '" . $id . "'");
