import { Knex } from 'knex';
import type { Pool, RowDataPacket } from 'mysql2/promise';

/** Minimal tagged-template helper: turns sql`... ${x} ...` into text + values. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): { text: string; values: unknown[] } {
  return { text: strings.join('?'), values };
}

export interface BookCard {
  id: number;
  title: string;
  author: string;
  price: string;
}

export const LABELS = {
  search: 'Search books',
  empty: 'No books match. Select fewer filters or update your search.',
  sort: '<select name="sort"><option value="price">Price</option><option value="title">Title</option></select>',
};

const SORTABLE = new Set(['price', 'title', 'published_on']);

export class CatalogApi {
  constructor(private readonly knex: Knex, private readonly pool: Pool) {}

  async card(id: number): Promise<BookCard | undefined> {
    const result = await this.knex.raw(
      'SELECT b.id, b.title, a.name AS author, b.price FROM books b JOIN authors a ON a.id = b.author_id WHERE b.id = ?',
      [id],
    );
    return result[0][0];
  }

  async byTag(slug: string): Promise<BookCard[]> {
    const q = sql`SELECT b.id, b.title, b.price FROM books b JOIN book_tags bt ON bt.book_id = b.id JOIN tags t ON t.id = bt.tag_id WHERE t.slug = ${slug}`;
    const [rows] = await this.pool.query<RowDataPacket[]>(q.text, q.values);
    return rows as BookCard[];
  }

  async search(term: string, sort = 'title'): Promise<BookCard[]> {
    const order = SORTABLE.has(sort) ? sort : 'title';
    const [rows] = await this.pool.query<RowDataPacket[]>(
      `SELECT id, title, price FROM books
        WHERE MATCH(title, description) AGAINST (? IN BOOLEAN MODE) AND is_active = 1
        ORDER BY ${order}
        LIMIT 50`,
      [term.split(/\s+/).map((w) => `+${w}*`).join(' ')],
    );
    return rows as BookCard[];
  }

  async authors(prefix: string): Promise<{ id: number; name: string }[]> {
    return this.knex.raw('SELECT id, name FROM authors WHERE name LIKE ? ORDER BY name LIMIT 10', [`${prefix}%`]).then((r) => r[0]);
  }

  async authorPage(slug: string) {
    const [rows] = await this.pool.execute<RowDataPacket[]>(
      `SELECT a.name, a.bio, COUNT(b.id) AS books, MIN(YEAR(b.published_on)) AS since
         FROM authors a LEFT JOIN books b ON b.author_id = a.id
        WHERE a.slug = ?
        GROUP BY a.id`,
      [slug],
    );
    return rows[0];
  }

  async similar(bookId: number, limit = 6): Promise<BookCard[]> {
    const [rows] = await this.pool.query<RowDataPacket[]>(
      `SELECT b2.id, b2.title, b2.price, COUNT(*) AS shared_tags
         FROM book_tags bt1
         JOIN book_tags bt2 ON bt2.tag_id = bt1.tag_id AND bt2.book_id <> bt1.book_id
         JOIN books b2 ON b2.id = bt2.book_id
        WHERE bt1.book_id = ${Number(bookId)}
        GROUP BY b2.id
        ORDER BY shared_tags DESC, RAND()
        LIMIT ${limit}`,
    );
    return rows as BookCard[];
  }

  async setFeatured(ids: number[], featured: boolean): Promise<void> {
    await this.knex.raw(`UPDATE books SET is_featured = ? WHERE id IN (${ids.map(() => '?').join(', ')})`, [featured, ...ids]);
  }

  async languages(): Promise<string[]> {
    const rows = await this.knex.raw("SELECT DISTINCT attributes->>'$.language' AS lang FROM books WHERE attributes IS NOT NULL");
    return rows[0].map((r: { lang: string }) => r.lang);
  }

  async stockByFormat(): Promise<Record<string, number>> {
    const [rows] = await this.pool.query<RowDataPacket[]>('SELECT format, SUM(stock) AS copies FROM books GROUP BY format');
    return Object.fromEntries(rows.map((r) => [r.format, Number(r.copies)]));
  }
}
