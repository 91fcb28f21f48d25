<?php
$ok = $db->query("SELECT 1");
$bad = "SELECT * FROM t WHERE a = '
