namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>The analyzer and source-generator assemblies of one build, with the global configs that set them up.</summary>
public sealed record AnalyzerSet(IReadOnlyList<string> Assemblies, IReadOnlyList<string> Configs)
{
    public static readonly AnalyzerSet None = new AnalyzerSet(Array.Empty<string>(), Array.Empty<string>());

    public AnalyzerSet With(string assembly) => new AnalyzerSet(Assemblies.Append(assembly).ToList(), Configs);

    public AnalyzerSet WithConfig(string config) => new AnalyzerSet(Assemblies, Configs.Append(config).ToList());

    /// <summary>
    /// What <c>dotnet build</c> hands csc for a net8.0 library with the SDK's defaults: the .NET analyzers
    /// (<c>EnableNETAnalyzers</c> is on by default since .NET 5) at analysis level 8 "default", the source
    /// generators of the targeting pack, and the build properties those read. Every such build pays for them
    /// before any package is added.
    /// </summary>
    /// <param name="writeConfigsTo">A folder for the build-properties config (the SDK generates one per project).</param>
    public static AnalyzerSet SdkDefaults(CommandLineCompiler compiler, IEnumerable<string> references, string writeConfigsTo)
    {
        var sdkAnalyzers = Path.Combine(compiler.SdkDirectory, "Sdks", "Microsoft.NET.Sdk", "analyzers");
        var netAnalyzers = new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
            .Select(name => Path.Combine(sdkAnalyzers, name));
        var levelConfig = Path.Combine(sdkAnalyzers, "build", "config", "analysislevel_8_default.globalconfig");

        // The targeting pack's generators sit next to its reference assemblies: <pack>/ref/net8.0/*.dll, <pack>/analyzers/dotnet/cs/*.dll.
        var runtime = references.First(r => Path.GetFileName(r) == "System.Runtime.dll");
        var pack = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(runtime)!, "..", ".."));
        var generators = Directory.GetFiles(Path.Combine(pack, "analyzers", "dotnet", "cs"), "*.dll").OrderBy(p => p, StringComparer.Ordinal);

        Directory.CreateDirectory(writeConfigsTo);
        var properties = Path.Combine(writeConfigsTo, "build-properties.globalconfig");
        File.WriteAllLines(properties, new[]
        {
            "is_global = true",
            "build_property.TargetFramework = net8.0",
            "build_property.TargetFrameworkIdentifier = .NETCoreApp",
            "build_property.TargetFrameworkVersion = v8.0",
            "build_property._SupportedPlatformList = Linux,macOS,Windows",
            "build_property.RootNamespace = Generated",
            "build_property.EffectiveAnalysisLevelStyle = 8.0",
        });

        var assemblies = netAnalyzers.Concat(generators).ToList();
        var missing = assemblies.Append(levelConfig).Where(p => !File.Exists(p)).ToList();
        return missing.Count == 0
            ? new AnalyzerSet(assemblies, new[] { levelConfig, properties })
            : throw new FileNotFoundException("The SDK's default analyzers were not found: " + string.Join(", ", missing));
    }
}
