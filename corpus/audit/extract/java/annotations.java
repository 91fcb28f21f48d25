public interface UserMapper {
    @Select("SELECT * FROM users WHERE id = #{id}")
    User find(int id);

    @Select({"SELECT * FROM users",
             "WHERE name = #{name}",
             "ORDER BY ${orderBy}"})
    List<User> byName(String name, String orderBy);

    @Insert("INSERT INTO users (name) VALUES (#{name})")
    void insert(User u);

    @Query(value = "SELECT * FROM users WHERE status = ?1", nativeQuery = true)
    List<User> native1(int status);
}
