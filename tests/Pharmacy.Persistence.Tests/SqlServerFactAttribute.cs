namespace Pharmacy.Persistence.Tests;

/// <summary>A fact that needs a SQL Server: skipped, with the reason printed, unless PHARMACY_TEST_SQLSERVER is set.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "PHARMACY_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"Set {Variable} to a SQL Server connection string to run this test.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
