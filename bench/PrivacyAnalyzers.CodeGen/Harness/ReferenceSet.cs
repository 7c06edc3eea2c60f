using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>
/// The references a generated or sample project compiles against: the .NET 8 reference pack (the
/// oldest SDK the package supports, as the analyzer tests use) and the annotations.
/// Resolved once per process; metadata references cache their metadata, so reuse keeps runs comparable.
/// </summary>
public static class ReferenceSet
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Net80 = new Lazy<Task<ImmutableArray<MetadataReference>>>(ResolveAsync);

    public static Task<ImmutableArray<MetadataReference>> GetAsync() => Net80.Value;

    private static async Task<ImmutableArray<MetadataReference>> ResolveAsync()
    {
        var framework = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).ConfigureAwait(false);
        var annotations = MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location);
        return framework.Add(annotations);
    }
}
