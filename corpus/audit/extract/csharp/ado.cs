class Repo {
    void Run() {
        var cmd = new SqlCommand("SELECT * FROM Users WHERE Id = @id", conn);
        cmd.CommandText = @"UPDATE Users
            SET Name = @name
            WHERE Id = @id AND Note = ""x""";
        var u = conn.Query<User>("SELECT * FROM Users WHERE Age > @Age", new { Age = 18 });
        var n = conn.ExecuteScalar<int>($"SELECT COUNT(*) FROM {table}");
        ctx.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Name = {name} AND Age > {age}");
        ctx.Database.ExecuteSqlRaw("DELETE FROM Logs WHERE Id = {0}", id);
        var raw = """
            SELECT a, b FROM t WHERE c = 'x'
            """;
        var s = string.Format("SELECT * FROM {0} WHERE id = {1}", t, id);
        Console.WriteLine("Select a file to upload.");
        var v = $@"SELECT * FROM {tbl}
                   WHERE x = 1";
    }
}
