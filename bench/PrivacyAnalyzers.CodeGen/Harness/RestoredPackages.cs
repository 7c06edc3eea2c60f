using System.Reflection;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>
/// The NuGet packages that tests and the benchmark compile against, as <c>dotnet restore</c> put them in the
/// packages folder. They are declared once, as <c>TestReferencePackage</c> items with exact versions in
/// <c>Directory.Packages.props</c>; this project turns them into <c>PackageDownload</c> items and records the
/// folder and the list in its assembly metadata. Nothing here downloads: a package that is not there is an
/// error that names it and the restore step.
/// </summary>
public static class RestoredPackages
{
    /// <summary>The framework the test compilations target; a package's nearest folder is chosen for it.</summary>
    public const string TargetFramework = "net8.0";

    private static readonly IReadOnlyList<AssemblyMetadataAttribute> Metadata =
        typeof(RestoredPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToList();

    /// <summary>The packages folder the build restored into (NuGetPackageRoot).</summary>
    public static string Root { get; } = Metadata.Single(m => m.Key == "NuGetPackageRoot").Value
        ?? throw new InvalidOperationException("The build recorded no NuGetPackageRoot: run dotnet restore.");

    /// <summary>Every declared (id, version).</summary>
    public static IReadOnlyList<(string Id, string Version)> Declared { get; } = Metadata
        .Where(m => m.Key == "ReferencePackage")
        .SelectMany(m => Versions(m.Value!))
        .ToList();

    /// <summary>The compile-time assemblies of one package for net8.0: its nearest <c>ref/</c> folder, else its nearest <c>lib/</c> folder.</summary>
    public static IReadOnlyList<string> CompileAssemblies(string id, string version)
    {
        var folder = Folder(id, version);
        var assemblies = Nearest(Path.Combine(folder, "ref")) ?? Nearest(Path.Combine(folder, "lib"));
        return assemblies ?? throw new InvalidOperationException($"{id} {version} in {folder} has no ref/ or lib/ folder for {TargetFramework}.");
    }

    /// <summary>The restored folder of a declared package; a clear error when it is not declared or not restored.</summary>
    public static string Folder(string id, string version)
    {
        if (!Declared.Contains((id, version)))
        {
            throw new InvalidOperationException(
                $"The reference package {id} {version} is not declared. Add <TestReferencePackage Include=\"{id}\" Version=\"{version}\" /> " +
                "to Directory.Packages.props (versions of one id separated by ';'), then run `dotnet restore`.");
        }

        var folder = Path.Combine(Root, id.ToLowerInvariant(), version.ToLowerInvariant());
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"The reference package {id} {version} is declared but not restored in {Root}. Run `dotnet restore` " +
                "(the test and benchmark projects download every TestReferencePackage) and build again.");
        }

        return folder;
    }

    private static IEnumerable<(string Id, string Version)> Versions(string value)
    {
        var parts = value.Split('/', 2);
        return parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries).Select(version => (parts[0], version.Trim()));
    }

    private static IReadOnlyList<string>? Nearest(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var chosen = Directory.EnumerateDirectories(directory)
            .Select(d => (Rank: Rank(Path.GetFileName(d)), Directory: d))
            .Where(f => f.Rank > 0)
            .OrderByDescending(f => f.Rank)
            .Select(f => f.Directory)
            .FirstOrDefault();
        return chosen == null ? null : Directory.EnumerateFiles(chosen, "*.dll").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// How well a package folder suits net8.0 (0: not at all): net8.0 down to net5.0, then netcoreapp,
    /// then .NET Standard 2.1 to 1.0, as NuGet's nearest-framework rule orders them. Platform folders
    /// (<c>net8.0-android</c>) and .NET Framework ones never apply.
    /// </summary>
    private static int Rank(string folder)
    {
        var match = Regex.Match(folder, @"^(net|netcoreapp|netstandard)(\d+)\.(\d+)$");
        if (!match.Success)
        {
            return 0;
        }

        var version = (int.Parse(match.Groups[2].Value) * 10) + int.Parse(match.Groups[3].Value);
        return match.Groups[1].Value switch
        {
            "net" when version is >= 50 and <= 80 => 300 + version,
            "netcoreapp" => 200 + version,
            "netstandard" => 100 + version,
            _ => 0,
        };
    }
}
