using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Pharmacy.Persistence.Tests;

/// <summary>
/// Walks a SQL Server script and notes every object it creates or references outside one schema. EF wraps
/// CREATE SCHEMA in dynamic SQL (EXEC(N'CREATE SCHEMA ...')), so string literals run by EXEC are parsed and walked too.
/// </summary>
internal sealed class SchemaOwnershipVisitor(string schema) : TSqlFragmentVisitor
{
    private readonly List<string> _violations = [];
    private readonly List<string> _tables = [];
    private readonly List<string> _schemas = [];

    public IReadOnlyList<string> Violations => _violations;

    public IReadOnlyList<string> Tables => _tables;

    public IReadOnlyList<string> SchemasCreated => _schemas;

    public override void Visit(CreateTableStatement node)
    {
        _tables.Add(node.SchemaObjectName.BaseIdentifier.Value);
        Expect(node.SchemaObjectName, "CREATE TABLE", node);
    }

    public override void Visit(CreateIndexStatement node) => Expect(node.OnName, $"CREATE INDEX {node.Name.Value} ON", node);

    public override void Visit(CreateSchemaStatement node)
    {
        _schemas.Add(node.Name.Value);
        if (!Same(node.Name.Value))
        {
            _violations.Add($"CREATE SCHEMA [{node.Name.Value}] (line {node.StartLine})");
        }
    }

    public override void Visit(AlterTableAddTableElementStatement node) => Expect(node.SchemaObjectName, "ALTER TABLE ... ADD", node);

    public override void Visit(ForeignKeyConstraintDefinition node) => Expect(node.ReferenceTableName, "REFERENCES", node);

    public override void Visit(CreateViewStatement node) => Expect(node.SchemaObjectName, "CREATE VIEW", node);

    public override void Visit(CreateSequenceStatement node) => Expect(node.Name, "CREATE SEQUENCE", node);

    public override void Visit(ExecutableStringList node)
    {
        foreach (var literal in node.Strings.OfType<StringLiteral>())
        {
            var (fragment, errors) = SqlServerScript.Parse(literal.Value);
            if (errors.Count > 0)
            {
                _violations.Add($"dynamic SQL that does not parse (line {node.StartLine}): {literal.Value}");
                continue;
            }

            fragment.Accept(this);
        }
    }

    private void Expect(SchemaObjectName name, string statement, TSqlFragment node)
    {
        if (!Same(name.SchemaIdentifier?.Value))
        {
            _violations.Add($"{statement} [{name.SchemaIdentifier?.Value ?? "(no schema)"}].[{name.BaseIdentifier.Value}] (line {node.StartLine})");
        }
    }

    private bool Same(string? value) => string.Equals(value, schema, StringComparison.OrdinalIgnoreCase);
}
