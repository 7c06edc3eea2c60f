namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>Paths of the repository the tests run from (found by walking up to PrivacyAnalyzers.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PrivacyAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PrivacyAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
