<?php
/**
 * Legacy category page, still linked from old newsletters.
 *
 * @var mysqli $db
 * @var string $tag
 */
$tag = mysqli_real_escape_string($db, $_GET['tag'] ?? '');
$res = mysqli_query($db, "SELECT b.id, b.title, b.price FROM books b JOIN book_tags bt ON bt.book_id = b.id JOIN tags t ON t.id = bt.tag_id WHERE t.slug = '$tag' AND b.is_active = 1");
$count = mysqli_fetch_row(mysqli_query($db, "SELECT COUNT(*) FROM book_tags bt JOIN tags t ON t.id = bt.tag_id WHERE t.slug = '$tag'"))[0];
$highlight = 'background: #ffd; border-left: 3px solid #c90; /* select the featured row */';
?>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Books tagged <?= htmlspecialchars($tag) ?></title>
</head>
<body>
<h1><?= (int) $count ?> books</h1>
<form action="/cart" method="post">
    <label for="book">Select a book</label>
    <select id="book" name="book_id">
        <?php while ($row = mysqli_fetch_assoc($res)): ?>
            <option value="<?= (int) $row['id'] ?>"><?= htmlspecialchars($row['title']) ?> (<?= $row['price'] ?>)</option>
        <?php endwhile; ?>
    </select>
    <button type="submit">Add to cart</button>
    <button type="submit" name="remove" onclick="return confirm('Delete from cart?');">Remove</button>
</form>
<p class="hint" style="<?= $highlight ?>">Update your address in your account before ordering.</p>
<?php
echo json_encode(['message' => 'Insert coin', 'action' => 'select', 'hint' => 'update from the server every minute']);
