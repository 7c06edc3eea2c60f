namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// The groups a developer can choose with <c>dotnet test --filter</c>. Tests without a category are fast unit
/// tests of the analyzers, the engine, the configuration and the report:
/// <c>dotnet test --filter "Category!=RealPackages&amp;Category!=EndToEnd&amp;Category!=Slow"</c>.
/// </summary>
public static class TestGroups
{
    public const string Category = "Category";

    /// <summary>Compile against real NuGet packages, as restore downloaded them.</summary>
    public const string RealPackages = "RealPackages";

    /// <summary>Pack the package, build projects with the dotnet CLI, run the language server.</summary>
    public const string EndToEnd = "EndToEnd";

    /// <summary>Analyze generated codebases of tens of thousands of lines, fuzz, run csc.</summary>
    public const string Slow = "Slow";
}
