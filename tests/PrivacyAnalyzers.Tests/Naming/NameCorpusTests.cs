using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tests.Naming;

/// <summary>
/// Runs PRIV100 over names.tsv (member name, type, expected DataCategory constant or "-"): each row
/// becomes a property of its own class, so the whole pipeline (type mapping, classifier) is measured.
/// </summary>
public sealed class NameCorpusTests(ITestOutputHelper output)
{
    /// <summary>Types the corpus uses that .NET does not define, declared as the code they stand for would.</summary>
    private const string Prelude = """
        using System; using System.Collections.Generic; using System.IO.Compression; using System.Net.Sockets;
        using System.Text.RegularExpressions;
        public enum PhoneType { Mobile } public enum AddressType { Home } public enum AccountType { Checking }
        public enum CardType { Visa } public enum DeviceType { Phone } public enum OrderStatus { Open }
        public interface IPhoneValidator { } public interface IEmailSender { } public interface IAddressValidationService { }
        public class Address { } public class GeoPoint { } public class PasswordOptions { }
        """;

    [Fact]
    public async Task Corpus_precision_and_recall_are_at_least_95_percent()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Naming", "names.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        Assert.True(rows.Count >= 150, $"the corpus has {rows.Count} names");

        var source = Prelude + string.Concat(rows.Select((r, i) => $"\npublic class C{i} {{ public {r[1]} {r[0]} {{ get; set; }} }}"));
        var found = await RunAsync(source);

        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = rows[i][2] == "-" ? null : rows[i][2];
            found.TryGetValue("C" + i, out var actual);
            if (actual == expected)
            {
                truePositives += actual == null ? 0 : 1;
                continue;
            }

            if (actual != null)
            {
                falsePositives++;
            }

            if (expected != null)
            {
                falseNegatives++;
            }

            output.WriteLine($"miss: {rows[i][0]} ({rows[i][1]}) expected {expected ?? "-"}, got {actual ?? "-"}");
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"names: {rows.Count}, precision: {precision:P1}, recall: {recall:P1}");
        Console.WriteLine($"PRIV100 name corpus: {rows.Count} names, precision {precision:P1}, recall {recall:P1}");
        Assert.True(precision >= 0.95, $"precision {precision:P1}");
        Assert.True(recall >= 0.95, $"recall {recall:P1}");
    }

    /// <summary>Containing class name → suggested category constant of its PRIV100 diagnostic.</summary>
    private static async Task<Dictionary<string, string?>> RunAsync(string source)
    {
        var compilation = TestCompilations.Create(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var diagnostics = await compilation.WithAnalyzers([new UnmarkedPersonalDataAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var root = await compilation.SyntaxTrees.Single().GetRootAsync();
        return diagnostics.ToDictionary(
            d => root.FindNode(d.Location.SourceSpan).AncestorsAndSelf().OfType<ClassDeclarationSyntax>().First().Identifier.Text,
            d => d.Properties[DiagnosticProperties.CategoryName]);
    }
}
