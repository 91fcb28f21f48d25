def recipients(conn, country=None, city=None):
    sql = "SELECT email FROM customers WHERE newsletter = 1"
    params = []
    if country:
        sql += " AND country = %s"
        params.append(country)
    if city:
        sql += " AND city = %s"
        params.append(city)
    sql += " ORDER BY email"
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


# Clause fragments on their own are not snippets.
extra = " AND deleted = 0"
order = "ORDER BY id DESC"
page = "LIMIT 10"
cols = ", email"
# Translated UI text.
label = _("Delete from basket")
title = _("DELETE FROM basket WHERE id = 1")
msg = gettext("SELECT id FROM the_list")
many = ngettext("DELETE FROM basket", "DELETE FROM baskets", n)
# Sentence case.
hint = "Select from the options below"
# SQL by shape stays.
q = "DELETE FROM basket WHERE id = 1"
