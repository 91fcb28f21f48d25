rows = ActiveRecord::Base.connection.select_all(<<~SQL)
  SELECT u.id, u.name
  FROM users u
  WHERE u.created_at > '#{since}'
SQL
conn.execute <<-'RAW'
  DELETE FROM sessions WHERE updated_at < NOW() - INTERVAL 1 DAY
  RAW
User.find_by_sql(["SELECT * FROM users WHERE id = ?", id])
n = connection.select_value("SELECT COUNT(*) FROM orders")
client.query("SELECT * FROM t WHERE a = '#{a}'")
q = %Q(SELECT * FROM items WHERE name = "#{name}")
raw = %q(UPDATE items SET price = 0 WHERE id = 1)
s = "SELECT * FROM t " \
    "WHERE b = 1"
puts "Select a file to upload."
# SELECT * FROM users in a comment
