<p>Select your language: SELECT * FROM in html is not PHP</p>
<?php
// SELECT * FROM users -- a comment that mentions SQL
/* UPDATE users SET x = 1 */
echo "Select a file to upload.";
echo 'Update your profile';
$msg = "Delete from cart?";
$btn = "insert coin";
error_log("Failed to SELECT user from the database");
$label = __('Show more');
$h = "Drop files here to upload";
$t = 'Create a new account';
$s = "Select all";
$w = "Update available!";
throw new Exception("Could not delete from the table: " . $e);
?>
<b>UPDATE users SET a = 1</b>
