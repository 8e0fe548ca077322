namespace Pharmacy.Persistence.Tests;

public sealed class SqlServerScriptTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ModuleUnderTest.All), MemberType = typeof(ModuleUnderTest))]
    public void The_SQL_Server_create_script_parses_as_T_SQL(ModuleUnderTest module)
    {
        var script = SqlServerScript.Of(module);

        foreach (var error in script.Errors)
        {
            output.WriteLine($"line {error.Line}, column {error.Column}: {error.Message}");
        }

        Assert.True(script.Errors.Count == 0, $"The {module.Name} create script is not valid T-SQL:\n{script.Text}");
    }

    [Theory]
    [MemberData(nameof(ModuleUnderTest.All), MemberType = typeof(ModuleUnderTest))]
    public void Every_table_and_index_of_the_SQL_Server_script_is_in_the_modules_schema(ModuleUnderTest module)
    {
        var script = SqlServerScript.Of(module);
        var visitor = new SchemaOwnershipVisitor(module.Schema);

        script.Fragment.Accept(visitor);

        Assert.Empty(script.Errors);
        Assert.True(visitor.Violations.Count == 0, $"Outside schema {module.Schema}:\n{string.Join('\n', visitor.Violations)}");
        Assert.Contains("outbox_messages", visitor.Tables);
        Assert.Contains("inbox_messages", visitor.Tables);
        Assert.Contains(module.Schema, visitor.SchemasCreated);
    }

    [Fact]
    public void The_schema_check_notices_objects_outside_the_modules_schema()
    {
        const string script = """
            IF SCHEMA_ID(N'billing') IS NULL EXEC(N'CREATE SCHEMA [billing];');
            GO
            CREATE TABLE [crm].[providers] ([id] int NOT NULL, CONSTRAINT [PK_providers] PRIMARY KEY ([id]));
            GO
            CREATE TABLE [billing].[invoices] ([id] int NOT NULL);
            GO
            CREATE TABLE [notes] ([id] int NOT NULL);
            GO
            CREATE INDEX [IX_invoices_id] ON [billing].[invoices] ([id]);
            GO
            ALTER TABLE [crm].[providers] ADD CONSTRAINT [FK_x] FOREIGN KEY ([id]) REFERENCES [prescriptions].[prescriptions] ([id]);
            GO
            """;
        var (fragment, errors) = SqlServerScript.Parse(script);
        var visitor = new SchemaOwnershipVisitor("crm");

        fragment.Accept(visitor);

        Assert.Empty(errors);
        Assert.Collection(
            visitor.Violations,
            violation => Assert.StartsWith("CREATE SCHEMA [billing]", violation),
            violation => Assert.StartsWith("CREATE TABLE [billing].[invoices]", violation),
            violation => Assert.StartsWith("CREATE TABLE [(no schema)].[notes]", violation),
            violation => Assert.StartsWith("CREATE INDEX IX_invoices_id ON [billing].[invoices]", violation),
            violation => Assert.StartsWith("REFERENCES [prescriptions].[prescriptions]", violation));
    }
}
