const rows = await pool.query('SELECT * FROM users WHERE id = ?', [id]);
await client.query("UPDATE t SET a = $1 WHERE b = $2", [a, b]);
const r = await conn.execute(`SELECT * FROM ${table} WHERE id = ?`, [id]);
const q = sql`SELECT * FROM users WHERE id = ${id} AND name = ${name}`;
await knex.raw('select * from users where id = ?', [1]);
await sequelize.query("SELECT * FROM projects WHERE status = :status", { replacements: { status: 'active' } });
const s = "SELECT id " +
  "FROM t " +
  "WHERE x = " + x;
// SELECT * FROM comment
alert("Select a file to upload.");
console.log(`Failed to SELECT user ${id}`);
