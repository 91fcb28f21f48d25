class Labels {
    void Show() {
        var a = Resources.GetString("DELETE FROM Carts WHERE Id = 1");
        var b = resourceManager.GetString("UPDATE Carts SET Total = 0");
        var q = "DELETE FROM Carts WHERE Id = 1";
    }
}
