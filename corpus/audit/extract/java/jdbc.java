class Repo {
    void run(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement("SELECT id, name FROM users WHERE id = ?");
        ResultSet rs = st.executeQuery("SELECT * FROM t " +
            "WHERE a = " + a + " AND b = 'x\"y'");
        int n = st.executeUpdate("DELETE FROM t WHERE id = " + id);
        String q = """
            SELECT u.id, u.name
            FROM users u
            WHERE u.email = ?
            """;
        jdbcTemplate.queryForObject("SELECT COUNT(*) FROM orders", Integer.class);
        jdbcTemplate.update("UPDATE t SET a = :a WHERE id = :id", params);
        Query nq = em.createNativeQuery("SELECT * FROM users LIMIT 1");
        String s = String.format("SELECT * FROM %s WHERE id = %d", tbl, id);
        char c1 = '"';
        String t = "UPDATE t SET x = 1 WHERE y = 2";
    }
}
