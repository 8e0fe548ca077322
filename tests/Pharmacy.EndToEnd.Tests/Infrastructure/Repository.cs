namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>The repository the tests were built from: its sources and its pinned tools.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Pharmacy.Monolith.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Pharmacy.Monolith.sln above {AppContext.BaseDirectory}: the tests must run from the repository.");
    }
}
