using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Pharmacy.Shared.Infrastructure.Persistence;

namespace Pharmacy.Persistence.Tests;

/// <summary>A module's SQL Server create script, generated with no server, and what the T-SQL parser makes of it.</summary>
internal sealed record SqlServerScript(string Text, TSqlFragment Fragment, IReadOnlyList<ParseError> Errors)
{
    public static SqlServerScript Of(ModuleUnderTest module)
    {
        using var context = module.AtDesignTime(DatabaseProvider.SqlServer);
        var text = context.Database.GenerateCreateScript();
        var (fragment, errors) = Parse(text);
        return new SqlServerScript(text, fragment, errors);
    }

    /// <summary>Parses T-SQL; `GO` lines are batch separators to this parser, as they are to sqlcmd and SSMS.</summary>
    public static (TSqlFragment Fragment, IReadOnlyList<ParseError> Errors) Parse(string text)
    {
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(text), out var errors);
        return (fragment, [.. errors]);
    }
}
