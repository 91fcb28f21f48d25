using System;
using System.Collections.Generic;
using System.Data;
using System.Linq;
using System.Threading.Tasks;
using Dapper;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace Bookshop.Customers
{
    public sealed record CustomerRow(int Id, string Email, string FirstName, string LastName, bool Newsletter);

    /// <summary>
    /// Customer data for the support desk (MySqlConnector + Dapper).
    /// Select a method by what the agent sees on screen; none of them writes the password hash.
    /// </summary>
    public sealed class CustomerRepository
    {
        private readonly string _connectionString;
        private readonly ILogger<CustomerRepository> _logger;

        public const string NotFoundMessage = "Select a customer from the search results first.";

        public CustomerRepository(string connectionString, ILogger<CustomerRepository> logger)
        {
            _connectionString = connectionString;
            _logger = logger;
        }

        private MySqlConnection Open()
        {
            var connection = new MySqlConnection(_connectionString);
            connection.Open();
            return connection;
        }

        public CustomerRow? Find(int id)
        {
            using var connection = Open();
            using var command = new MySqlCommand("SELECT id, email, first_name, last_name, newsletter FROM customers WHERE id = @id", connection);
            command.Parameters.AddWithValue("@id", id);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new CustomerRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4))
                : null;
        }

        public IEnumerable<CustomerRow> Search(string text)
        {
            using var connection = Open();
            return connection.Query<CustomerRow>(
                @"SELECT id AS Id, email AS Email, first_name AS FirstName, last_name AS LastName, newsletter AS Newsletter
                  FROM customers
                  WHERE email LIKE @pattern OR CONCAT(first_name, ' ', last_name) LIKE @pattern
                  ORDER BY last_name, first_name
                  LIMIT 50",
                new { pattern = "%" + text + "%" });
        }

        public async Task<int> ChangeEmailAsync(int id, string email)
        {
            await using var connection = new MySqlConnection(_connectionString);
            try
            {
                return await connection.ExecuteAsync("UPDATE customers SET email = @email WHERE id = @id", new { id, email });
            }
            catch (MySqlException ex) when (ex.ErrorCode == MySqlErrorCode.DuplicateKeyEntry)
            {
                _logger.LogWarning("Update failed: email {Email} already belongs to another customer", email);
                throw new InvalidOperationException("This e-mail address is already registered. Update your address or log in.", ex);
            }
        }

        public IEnumerable<dynamic> OrdersOf(int customerId, string status)
        {
            using var connection = Open();
            var sql = $"SELECT id, status, total, placed_at FROM orders WHERE customer_id = {customerId} AND status = '{status}' ORDER BY id DESC";
            return connection.Query(sql);
        }

        public int AddNote(int customerId, string note)
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = @"UPDATE customers
                SET preferences = JSON_SET(IFNULL(preferences, '{}'), '$.support_note', @note)
                WHERE id = @id";
            command.Parameters.AddWithValue("@note", note);
            command.Parameters.AddWithValue("@id", customerId);
            return command.ExecuteNonQuery();
        }

        public IDictionary<string, int> SignupsPerWeek(int weeks)
        {
            using var connection = Open();
            return connection.Query<(string Week, int Count)>(
                    "SELECT DATE_FORMAT(created_at, '%x-W%v') AS Week, COUNT(*) AS Count FROM customers " +
                    "WHERE created_at >= DATE_SUB(CURDATE(), INTERVAL @weeks WEEK) GROUP BY Week ORDER BY Week",
                    new { weeks })
                .ToDictionary(r => r.Week, r => r.Count);
        }

        public int Anonymize(int customerId)
        {
            using var connection = Open();
            using var tx = connection.BeginTransaction();
            var n = connection.Execute(
                @"UPDATE customers
                  SET email = CONCAT('anon-', id, '@example.invalid'), first_name = '', last_name = '', phone = NULL,
                      address = NULL, city = NULL, preferences = NULL, newsletter = 0
                  WHERE id = @customerId",
                new { customerId }, tx);
            connection.Execute("DELETE FROM reviews WHERE customer_id = @customerId AND is_approved = 0", new { customerId }, tx);
            tx.Commit();
            _logger.LogInformation("Customer {Id} anonymized; delete from reviews done", customerId);
            return n;
        }

        public bool EmailTaken(string email)
        {
            using var connection = Open();
            return connection.ExecuteScalar<int>("SELECT COUNT(*) FROM customers WHERE email = @email", new { email }) > 0;
        }

        public IEnumerable<string> CountriesWithSpend(decimal minimum)
        {
            using var connection = Open();
            return connection.Query<string>(
                "SELECT c.country FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.country HAVING SUM(o.total) >= @minimum",
                new { minimum });
        }

        public string LegacyLookup(string lastName)
        {
            using var connection = Open();
            // Broken since the O'Brien ticket; the search page no longer calls it.
            return connection.ExecuteScalar<string>("SELECT email FROM customers WHERE last_name = 'O'Brien' OR last_name = @lastName LIMIT 1", new { lastName });
        }

        public int Create(string email, string passwordHash, string firstName, string lastName)
        {
            using var connection = Open();
            return connection.ExecuteScalar<int>(
                "INSERT INTO customers (email, password_hash, first_name, last_name) VALUES (@email, @passwordHash, @firstName, @lastName); SELECT LAST_INSERT_ID();",
                new { email, passwordHash, firstName, lastName });
        }
    }
}
