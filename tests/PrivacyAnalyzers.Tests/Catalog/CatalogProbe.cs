using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Tests.Infrastructure;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>Helpers that look at the catalog the way the engine does: from call sites to sinks.</summary>
internal static class CatalogProbe
{
    /// <summary>Catalog entries whose symbol lives under <paramref name="prefix"/> (a namespace or type).</summary>
    public static IEnumerable<RulesEntry> EntriesUnder(string prefix) =>
        RulesLoader.BuiltInCatalog.Entries.Where(e => e.SymbolId != null && e.SymbolId.Substring(2).StartsWith(prefix + ".", StringComparison.Ordinal));

    /// <summary>The sink of every invocation and assignment target in the compilation, keyed by its source text.</summary>
    public static Dictionary<string, SinkInfo?> SinksAtCallSites(Compilation compilation, PrivacyModel model)
    {
        var result = new Dictionary<string, SinkInfo?>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semantics = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax invocation when semantics.GetSymbolInfo(invocation).Symbol is IMethodSymbol method:
                        result[invocation.ToString()] = model.MethodSink(method);
                        break;
                    case AssignmentExpressionSyntax assignment when semantics.GetSymbolInfo(assignment.Left).Symbol is IPropertySymbol property:
                        result[assignment.ToString()] = model.PropertySink(property);
                        break;
                }
            }
        }

        return result;
    }

    /// <summary>Compiles <paramref name="source"/> (it must compile cleanly) and maps each call site to its sink.</summary>
    public static async Task<Dictionary<string, SinkInfo?>> SinksAsync(string source, params (string, string)[] packages)
    {
        var compilation = TestCompilations.Create(source, packages);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Xunit.Assert.True(errors.Count == 0, string.Join("\n", errors));
        return SinksAtCallSites(compilation, TestCompilations.Model(compilation));
    }

    public static void AssertSink(Dictionary<string, SinkInfo?> sinks, string callSite, RecipientKind recipients, string? party)
    {
        Xunit.Assert.True(sinks.ContainsKey(callSite), $"no call site '{callSite}' among: {string.Join(" | ", sinks.Keys)}");
        var sink = sinks[callSite];
        Xunit.Assert.True(sink != null, $"'{callSite}' is no sink");
        Xunit.Assert.Equal((recipients, party), (sink!.Recipients, sink.Party));
    }
}
