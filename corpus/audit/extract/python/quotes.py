# my2pg: ignore[Q010]
cur.execute("SELECT * FROM users WHERE id = %s", (uid,))
cur.execute('SELECT * FROM t WHERE a = %(a)s AND b = %(b)s', {"a": 1, "b": 2})
cur.executemany("""
    INSERT INTO logs (msg, level)
    VALUES (%s, %s)
""", rows)
cur.execute(r"SELECT * FROM t WHERE path LIKE 'C:\\temp\n%'")
q = f"SELECT * FROM {table} WHERE id = {uid!r} AND x = '{{literal}}'"
cur.execute("SELECT * FROM t WHERE a = '%s'" % name)
cur.execute("SELECT {} FROM t".format(cols))
stmt = text("select * from users where name = :name")
rows = User.objects.raw('SELECT * FROM myapp_person WHERE last_name = %s', [lname])
df = pd.read_sql("SELECT a, b "
                 "FROM big_table "
                 "WHERE c > 1", conn)
sql = "SELECT id FROM t" + " WHERE x = " + str(x)
