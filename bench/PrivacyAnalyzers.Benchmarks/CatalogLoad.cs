using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Benchmarks;

/// <summary>
/// <c>--catalog</c>: what the built-in catalog costs. Parsing happens once per process; resolving its IDs against a
/// compilation happens once per compilation, so that is measured on fresh compilations (references shared, as in a
/// build or an IDE), for a project that references no catalogued SDK and for one that references many.
/// </summary>
internal static class CatalogLoad
{
    /// <summary>SDK packages of the catalog (and their dependencies) that a large app might reference together.</summary>
    private static readonly (string, string)[] ManySdks =
    {
        ("Microsoft.ApplicationInsights", "2.22.0"), ("Microsoft.Extensions.AI.Abstractions", "9.5.0"), ("Microsoft.Extensions.Logging.Abstractions", "8.0.2"),
        ("NLog", "6.2.2"), ("OpenAI", "2.15.0"), ("System.ClientModel", "1.16.0"), ("Sentry", "6.12.1"), ("Serilog", "4.4.0"), ("Anthropic", "13.14.0"),
    };

    public static int Run(int iterations, bool withNewPackages)
    {
        var stopwatch = Stopwatch.StartNew();
        var catalog = RulesLoader.BuiltInCatalog;
        Console.WriteLine($"parse once per process: {stopwatch.Elapsed.TotalMilliseconds:F1} ms for {catalog.Entries.Length} entries");

        var sets = new List<(string Label, (string, string)[] Packages)> { ("net8.0 only", Array.Empty<(string, string)>()), ("net8.0 + 9 SDK packages", ManySdks) };
        if (withNewPackages)
        {
            sets.Add(("net8.0 + 22 SDK packages", ManySdks.Concat(new[]
            {
                ("SendGrid", "9.29.3"), ("Twilio", "8.2.0"), ("Stripe.net", "53.1.0"), ("Newtonsoft.Json", "13.0.3"), ("OpenTelemetry.Api", "1.21.0"),
                ("log4net", "3.6.0"), ("MailKit", "4.18.2"), ("MimeKit", "4.18.2"), ("OllamaSharp", "5.5.2"), ("Microsoft.AspNetCore.App.Ref", "8.0.0"),
                ("Microsoft.Extensions.Identity.Stores", "8.0.34"), ("Microsoft.Extensions.Identity.Core", "8.0.34"), ("Microsoft.SemanticKernel.Abstractions", "1.82.0"),
            }).ToArray()));
        }

        foreach (var (label, packages) in sets)
        {
            var references = ReferenceSets.Net80With(packages);
            var tree = CSharpSyntaxTree.ParseText("class C { void M() { System.Console.WriteLine(1); } }");
            var times = new List<double>();
            for (var i = 0; i < iterations; i++)
            {
                var compilation = CSharpCompilation.Create("P" + i, new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                stopwatch.Restart();
                RulesLoader.Load(compilation, ImmutableArray<AdditionalText>.Empty, PrivacyOptions.Default, CancellationToken.None);
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"resolve per compilation, {label}: median {times[times.Count / 2]:F2} ms, p90 {times[times.Count * 9 / 10]:F2} ms ({iterations} fresh compilations)");
        }

        return 0;
    }
}
