namespace Pharmacy.Benchmarks;

/// <summary>
/// Where the processes the harness launches are built: next to it, in the same configuration. This harness runs from
/// bench/Pharmacy.Benchmarks/bin/&lt;Configuration&gt;/&lt;tfm&gt;/; the host builds to
/// src/Host/Pharmacy.Host/bin/&lt;Configuration&gt;/&lt;tfm&gt;/ and the bare baseline to
/// bench/Pharmacy.Benchmarks.BareIntake/bin/&lt;Configuration&gt;/&lt;tfm&gt;/ (both are project references, so
/// <c>dotnet run -c Release</c> of the harness builds them).
/// </summary>
public static class BuildOutputs
{
    public static string HostDll(string? given) =>
        Existing(given, () => FromRepository(Path.Combine("src", "Host", "Pharmacy.Host"), "Pharmacy.Host.dll"), "--host-dll");

    public static string BareDll(string? given) =>
        Existing(given, () => FromRepository(Path.Combine("bench", "Pharmacy.Benchmarks.BareIntake"), "Pharmacy.Benchmarks.BareIntake.dll"), "--bare-dll");

    /// <summary>The dotnet muxer that runs this harness, else the one on PATH.</summary>
    public static string Dotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            return self;
        }

        return "dotnet";
    }

    private static string Existing(string? given, Func<string> fallback, string option)
    {
        var path = given is { } explicitPath ? Path.GetFullPath(explicitPath) : fallback();
        return File.Exists(path)
            ? path
            : throw new BenchmarkFailedException($"{path} not found; build it (dotnet build -c Release Pharmacy.Monolith.sln) or pass {option}");
    }

    private static string FromRepository(string projectFolder, string dll)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = output.Name;
        var configuration = output.Parent?.Name ?? "Release";
        for (var directory = output; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pharmacy.Monolith.sln")))
            {
                return Path.Combine(directory.FullName, projectFolder, "bin", configuration, tfm, dll);
            }
        }

        throw new BenchmarkFailedException($"cannot find the repository above {output.FullName}; pass the dll's path");
    }
}
