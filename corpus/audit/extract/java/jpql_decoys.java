public interface Repo {
    @Query("SELECT u FROM User u WHERE u.status = :status")
    List<User> jpql(int status);

    void m() {
        em.createQuery("SELECT o FROM Order o WHERE o.total > :min");
        log.info("Failed to SELECT user from db");
        // SELECT * FROM users in a comment
        throw new IllegalStateException("Update your profile.");
        button.setText("Delete from cart?");
    }
}
