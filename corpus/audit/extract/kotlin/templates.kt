fun load(id: Int, table: String) {
    val rows = jdbc.query("SELECT * FROM $table WHERE id = ?", id)
    val sql = """
        SELECT a, b
        FROM ${schema}.things
        WHERE c = :c
    """.trimIndent()
    conn.prepareStatement("UPDATE t SET a = 1 WHERE b = \"x\"")
    println("Select a file to upload.")
}
