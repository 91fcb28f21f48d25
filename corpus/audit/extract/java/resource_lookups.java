class Labels {
    void show(ResourceBundle bundle) {
        // Resource lookups: keys and UI text, never SQL.
        String a = bundle.getString("DELETE FROM carts WHERE id = 1");
        String b = resources.getString("UPDATE carts SET total = 0");
        // SQL by shape stays.
        String q = "DELETE FROM carts WHERE id = 1";
    }
}
