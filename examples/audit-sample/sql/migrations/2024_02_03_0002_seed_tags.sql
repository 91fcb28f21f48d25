-- Seed the genre tags the marketing site links to, and tag the existing
-- catalogue from the legacy `attributes.genre` field.

INSERT IGNORE INTO tags (name, slug) VALUES
  ('Science Fiction', 'science-fiction'),
  ('Crime', 'crime'),
  ('Biography', 'biography'),
  ('Children', 'children');

LOCK TABLES books AS b READ, tags AS t READ, book_tags WRITE;

INSERT IGNORE INTO book_tags (book_id, tag_id)
SELECT b.id, t.id
FROM books b
JOIN tags t ON t.slug = LOWER(REPLACE(b.attributes->>'$.genre', ' ', '-'))
WHERE b.attributes->>'$.genre' IS NOT NULL;

UNLOCK TABLES;
