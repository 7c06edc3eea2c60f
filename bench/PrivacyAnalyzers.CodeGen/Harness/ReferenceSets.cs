using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>
/// The named reference sets every test compilation and the benchmark compile against: the .NET 8
/// reference pack (the oldest SDK the package supports) and the annotations, plus named NuGet packages.
/// Read from the restored packages folder (<see cref="RestoredPackages"/>), so resolving one reads local
/// files only; a set is cached once it resolved, and a failure is never cached (the next test tries again).
/// Metadata references cache their metadata, so sharing one set keeps runs comparable.
/// </summary>
public static class ReferenceSets
{
    /// <summary>The reference pack that defines the framework the test projects compile against.</summary>
    public static readonly (string Id, string Version) FrameworkPack = ("Microsoft.NETCore.App.Ref", "8.0.0");

    private static readonly ConcurrentDictionary<string, ImmutableArray<MetadataReference>> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, MetadataReference> Files = new(StringComparer.Ordinal);

    /// <summary>The annotations assembly, as the package's <c>lib/</c> gives it to a project.</summary>
    public static MetadataReference Annotations { get; } = MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location);

    /// <summary>net8.0 and the annotations: what a project with the package compiles against.</summary>
    public static ImmutableArray<MetadataReference> Net80 => Net80With();

    /// <summary>net8.0 alone: a project that does not reference the package.</summary>
    public static ImmutableArray<MetadataReference> Net80WithoutAnnotations => Net80.Remove(Annotations);

    /// <summary>net8.0, the annotations and the compile assemblies of exactly these packages (name their dependencies too).</summary>
    public static ImmutableArray<MetadataReference> Net80With(params (string Id, string Version)[] packages)
    {
        var key = string.Join(";", packages.Select(p => p.Id + "/" + p.Version));
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        // Computed outside the cache so an exception leaves nothing behind.
        var resolved = Resolve(packages);
        return Cache.GetOrAdd(key, resolved);
    }

    private static ImmutableArray<MetadataReference> Resolve((string Id, string Version)[] packages)
    {
        var framework = RestoredPackages.CompileAssemblies(FrameworkPack.Id, FrameworkPack.Version);
        var byName = framework.ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase);

        // A package's assembly replaces a framework assembly of the same name (System.Text.Json 10 over 8).
        foreach (var path in packages.SelectMany(p => RestoredPackages.CompileAssemblies(p.Id, p.Version)))
        {
            byName[Path.GetFileNameWithoutExtension(path)] = path;
        }

        return byName.Values.Order(StringComparer.Ordinal)
            .Select(path => Files.GetOrAdd(path, static p => MetadataReference.CreateFromFile(p)))
            .Append(Annotations)
            .ToImmutableArray();
    }
}
