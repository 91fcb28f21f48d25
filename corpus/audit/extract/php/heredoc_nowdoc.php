<?php
$rows = $pdo->query(<<<SQL
    SELECT p.id, p.title
    FROM posts p
    WHERE p.author = {$user->id} AND p.status = 'publish'
    SQL);
$stmt = $pdo->prepare(<<<'SQL'
    UPDATE posts SET views = views + 1 WHERE id = :id
    SQL);
$quoted = <<<"EOT"
    DELETE FROM sessions WHERE expires < NOW()
    EOT;
