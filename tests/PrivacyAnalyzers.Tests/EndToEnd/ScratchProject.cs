using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// The real package, packed once per test run into a folder feed under a version no earlier run used,
/// so a NuGet cache can never hand a test yesterday's analyzer. Share it with
/// <c>[Collection(PackedPackage.Collection)]</c> and a constructor parameter.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string Collection = "Packed PrivacyAnalyzers package";
    public const string Id = "PrivacyAnalyzers";

    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "privacyanalyzers-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Guid.NewGuid().ToString("N")[..6];

        var project = RepositoryPaths.Combine("src", "PrivacyAnalyzers.Package", "PrivacyAnalyzers.Package.csproj");
        Pack = DotNetCli.Run(RepositoryPaths.Root, "pack", project, "-c", "Release", "-o", Feed, "-p:PackageVersion=" + Version, "-nodeReuse:false");
        if (!Pack.Succeeded || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException("Packing the package failed:\n" + Pack);
        }

        // A stray rules file above every scratch project, as a temp or home folder may hold one: a project that
        // picked it up would report its bad line (PRIV010) and list it among its rules files.
        File.WriteAllText(Path.Combine(Root, "PrivacyRules.txt"), StrayRules);
    }

    /// <summary>The stray rules file's text: one line no parser accepts.</summary>
    public const string StrayRules = "stray: a rules file above the scratch projects that none of them may read\n";

    /// <summary>Temporary folder holding the feed and every scratch project of this run.</summary>
    public string Root { get; }

    /// <summary>Local folder feed holding the one .nupkg.</summary>
    public string Feed { get; }

    public string Version { get; }

    public CommandResult Pack { get; }

    public string PackagePath => Path.Combine(Feed, $"{Id}.{Version}.nupkg");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}

[CollectionDefinition(PackedPackage.Collection)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
}

/// <summary>
/// A throw-away project in its own folder that references the packed package from the local feed,
/// as a user's project would: own NuGet.config (the feed plus nuget.org), no Directory.Build.* of the
/// repository. Write sources with <see cref="Write"/>, then <see cref="Build"/>.
/// </summary>
public sealed class ScratchProject
{
    private ScratchProject(string directory, string name)
    {
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }
    public string Name { get; }
    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    /// <summary>Creates <c>{package.Root}/{folder ?? name}</c> with a net10.0 class library referencing the package.</summary>
    /// <param name="properties">Extra MSBuild properties, such as <c>&lt;Nullable&gt;enable&lt;/Nullable&gt;</c>.</param>
    /// <param name="items">Extra items, such as another <c>PackageReference</c>.</param>
    /// <param name="folder">The project's folder under the run's root, when it is not <paramref name="name"/> (a project of a solution).</param>
    /// <param name="sdk">The project SDK (<c>Microsoft.NET.Sdk.Razor</c> for components).</param>
    public static ScratchProject Create(PackedPackage package, string name, string properties = "", string items = "", string? folder = null, string sdk = "Microsoft.NET.Sdk")
    {
        var directory = Path.Combine(package.Root, folder ?? name);
        System.IO.Directory.CreateDirectory(directory);
        var project = new ScratchProject(directory, name);

        // Empty Directory.Build.* stop MSBuild from importing anything above the scratch folder; a project of its
        // own also stays out of any folder's rules policy above it (a project of a solution keeps the search).
        project.Write("Directory.Build.props", folder == null
            ? "<Project><PropertyGroup><PrivacyAnalyzersSharedRules>false</PrivacyAnalyzersSharedRules></PropertyGroup></Project>"
            : "<Project />");
        project.Write("Directory.Build.targets", "<Project />");
        project.Write("NuGet.config", NuGetConfig(package));
        project.Write(name + ".csproj", $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackedPackage.Id}" Version="{package.Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    /// <summary>A NuGet.config with the local feed and nuget.org: each project has one, and a solution folder needs one too.</summary>
    public static string NuGetConfig(PackedPackage package) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{package.Feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
          </packageSources>
        </configuration>
        """;

    /// <summary>Writes a file relative to the project folder.</summary>
    public ScratchProject Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary><c>dotnet build</c> of the project with extra arguments (<c>-warnaserror</c>, <c>-p:ErrorLog=...</c>).</summary>
    public CommandResult Build(params string[] arguments) =>
        DotNetCli.Run(Directory, ["build", ProjectPath, "-nodeReuse:false", "-tl:off", "-clp:NoSummary", .. arguments]);

    /// <summary>Any other dotnet command run in the project folder (<c>msbuild -getItem:...</c>).</summary>
    public CommandResult Run(params string[] arguments) => DotNetCli.Run(Directory, arguments);
}
