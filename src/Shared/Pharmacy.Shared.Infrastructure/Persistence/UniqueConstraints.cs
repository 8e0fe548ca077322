using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Pharmacy.Shared.Infrastructure.Persistence;

/// <summary>
/// Uniqueness is kept by the database, not by a read before the write: two requests that both read "not there yet"
/// both insert, and the unique index refuses the second. This recognises that refusal on both providers.
/// </summary>
public static class UniqueConstraints
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqlServerDuplicateKeyRow = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        DbUpdateException refused => refused.IsUniqueViolation(),
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sql => sql.Number is SqlServerDuplicateKeyRow or SqlServerUniqueConstraint,
        _ => false,
    };
}

/// <summary>
/// A unique index refused a row because a concurrent change saved the same one first (the same sender's id, the same
/// number). To the person or client it is a change someone else saved first: a 409, or the page's form message, as
/// for any other concurrency conflict.
/// </summary>
public sealed class ConcurrentInsertException(DbUpdateException refused)
    : DbUpdateConcurrencyException("A change saved at the same moment already holds this unique value.", refused);
