<?php
// UI text that starts like a statement: never SQL.
$labels = array(
    'insert' => 'Insert into post',
    'trash'  => 'Delete from trash',
    'list'   => 'Delete from list',
    'status' => 'Update post status',
    'pick'   => 'Select from the list',
);
$msg = 'INSERT INTO post';
$msg2 = "Insert into my2pg";
echo __( 'DELETE FROM trash WHERE id = 1' );
_e( 'SELECT id FROM the_list', 'domain' );
$t = esc_html__( 'UPDATE settings SET value = 1', 'domain' );
$u = esc_attr__( 'DELETE FROM trash', 'domain' );
esc_html_e( 'DELETE FROM trash', 'domain' );
esc_attr_e( 'DELETE FROM trash', 'domain' );
echo _x( 'DELETE FROM trash', 'verb', 'domain' );
_ex( 'DELETE FROM trash', 'verb', 'domain' );
echo _n( 'DELETE FROM trash WHERE id = 1', 'DELETE FROM trash WHERE id > 1', $n, 'domain' );
echo translate( 'DELETE FROM trash WHERE id = 1', 'domain' );
// The other way: SQL by shape stays.
$q1 = 'DELETE FROM trash WHERE id = 1';
$q2 = 'delete from trash where id = 1';
$q3 = "INSERT INTO post (title) VALUES ('x')";
$q4 = 'INSERT INTO post SET title = 1';
$q5 = 'INSERT INTO wp.post SELECT * FROM drafts';
$q6 = 'DELETE FROM trash';
