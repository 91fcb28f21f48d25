# frozen_string_literal: true

# Reports for the Rails admin (the old back office, still used by the warehouse).
# Most of the app goes through ActiveRecord; these are the spots where someone
# needed raw SQL. Select a report from BookReport::REPORTS in the admin menu.
class BookReport
  REPORTS = {
    inventory: "Inventory (select a format to filter)",
    authors: "Authors and their books",
    reviews: "Reviews to delete from the site",
  }.freeze

  def self.inventory(format = nil)
    conditions = ["b.is_active = 1"]
    conditions << "b.format = #{ActiveRecord::Base.connection.quote(format)}" if format
    Book.find_by_sql(<<~SQL)
      SELECT b.id, b.isbn, b.title, b.stock, a.name AS author_name
      FROM books b
      JOIN authors a ON a.id = b.author_id
      WHERE #{conditions.join(' AND ')}
      ORDER BY a.name, b.title
    SQL
  end

  def self.authors_with_titles
    Author.find_by_sql(<<~SQL)
      SELECT a.id, a.name, COUNT(b.id) AS book_count,
             GROUP_CONCAT(b.title ORDER BY b.published_on SEPARATOR ' | ') AS titles
      FROM authors a
      LEFT JOIN books b ON b.author_id = a.id
      GROUP BY a.id
      ORDER BY book_count DESC
    SQL
  end

  def self.book(id)
    Book.find_by_sql(["SELECT * FROM books WHERE id = ?", id]).first
  end

  def self.price_bands
    ActiveRecord::Base.connection.select_all(
      "SELECT CASE WHEN price < 10 THEN 'budget' WHEN price < 25 THEN 'standard' ELSE 'premium' END AS band, " \
      "COUNT(*) AS titles FROM books WHERE is_active = 1 GROUP BY band"
    ).to_a
  end

  def self.rename_tag(old_slug, new_name)
    ActiveRecord::Base.connection.execute(
      "UPDATE tags SET name = #{ActiveRecord::Base.connection.quote(new_name)} WHERE slug = #{ActiveRecord::Base.connection.quote(old_slug)}"
    )
  rescue ActiveRecord::StatementInvalid => e
    Rails.logger.warn("Update of tag #{old_slug} failed: #{e.message}")
    raise
  end

  def self.reviews_to_purge(days = 365)
    Review.find_by_sql([<<~SQL, { days: days }])
      SELECT r.* FROM reviews r
      WHERE r.is_approved = 0
        AND r.created_at < NOW() - INTERVAL :days DAY
    SQL
  end

  def self.purge_rejected_reviews!
    ActiveRecord::Base.connection.execute("DELETE FROM reviews WHERE is_approved = 0 AND created_at < DATE_SUB(NOW(), INTERVAL 1 YEAR)")
    Rails.logger.info("delete from reviews: purged rejected reviews older than a year")
  end

  def self.customers_by_city(country)
    ActiveRecord::Base.connection.select_rows(
      ActiveRecord::Base.sanitize_sql_array(
        ["SELECT city, COUNT(*) FROM customers WHERE country = ? AND city <> '' GROUP BY city ORDER BY COUNT(*) DESC", country]
      )
    )
  end

  def self.recent_orders(limit = 50)
    Order.find_by_sql("SELECT id, customer_id, total, placed_at FROM orders WHERE status = 'paid' ORDER BY placed_at DESC LIMIT #{limit.to_i}") # my2pg: ignore[Q003] paid orders always have placed_at
  end

  def self.dedupe_isbns!
    ActiveRecord::Base.connection.execute(<<~SQL.squish)
      DELETE b1 FROM books b1
      JOIN books b2 ON b2.isbn = b1.isbn AND b2.id < b1.id
    SQL
  end

  def self.tag_counts
    ActiveRecord::Base.connection.select_rows(
      "SELECT t.slug, COUNT(bt.book_id) FROM tags t LEFT JOIN book_tags bt ON bt.tag_id = t.id GROUP BY t.id, t.slug"
    )
  end
end
