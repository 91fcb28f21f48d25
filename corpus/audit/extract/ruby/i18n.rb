notice = I18n.t("DELETE FROM carts WHERE id = 1")
flash = t("UPDATE carts SET total = 0")
label = "Delete from cart"
q = "DELETE FROM carts WHERE id = 1"
