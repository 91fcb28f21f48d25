package main

func run(ctx context.Context, db *sql.DB) {
	rows, err := db.QueryContext(ctx, "SELECT id, name FROM users WHERE age > ?", 18)
	row := db.QueryRow(`SELECT COUNT(*)
		FROM orders
		WHERE status = $1`, "paid")
	_, err = db.Exec("DELETE FROM t WHERE id = " + strconv.Itoa(id))
	err = sqlx.Select(&users, "SELECT * FROM users WHERE name = :name")
	q := fmt.Sprintf("SELECT * FROM %s WHERE id = %d", table, id)
	db.NamedExec(`INSERT INTO people (first, last) VALUES (:first, :last)`, p)
	log.Printf("Failed to SELECT user: %v", err)
	r := 'x'
	fmt.Println("Select a file to upload.")
}
