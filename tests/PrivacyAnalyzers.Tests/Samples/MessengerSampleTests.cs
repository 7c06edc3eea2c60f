using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeGen.Harness;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Samples;

/// <summary>
/// Pins what the README promises of `dotnet build samples/Messenger` without running MSBuild: the
/// sample's own sources, analyzed in process, give exactly these diagnostics.
/// </summary>
public sealed class MessengerSampleTests
{
    private const string Promise = "We will never share your phone number with advertisers or with our parent company.";

    [Fact]
    public Task Sample_breaks_its_promises_six_times_and_warns_about_analytics_and_logging()
    {
        var test = new SampleTest(RepositoryPaths.Combine("samples", "Messenger"));
        test.ExpectedDiagnostics.AddRange(new[]
        {
            // In file order, as the test framework compares them.
            Flow(RuleIdentifiers.UndisclosedLogging, "Accounts/AccountService.cs", 28, 24),
            Flow(RuleIdentifiers.PromiseBroken, "Analytics/EngagementTracker.cs", 32, 48)
                .WithMessage("user.contact.email from 'Account.Email' reaches analytics sink 'IProductAnalytics.Track' (Telemetrix) without the user's consent, breaking the promise \"Your e-mail address reaches product analytics only if you opt in.\""),
            Flow(RuleIdentifiers.UndisclosedSharing, "Analytics/UsageTracker.cs", 23, 46),
            Flow(RuleIdentifiers.PromiseBroken, "Growth/GrowthService.cs", 26, 42)
                .WithMessage($"user.contact.phone_number from 'Account.PhoneNumber' reaches advertising, affiliate sink 'IAudienceUploader.Upload' (Parent Co. Ads), breaking the promise \"{Promise}\""),
            Flow(RuleIdentifiers.PromiseBroken, "Growth/GrowthService.cs", 30, 42),
            Flow(RuleIdentifiers.PromiseBroken, "Growth/GrowthService.cs", 33, 47),
            Flow(RuleIdentifiers.PromiseBroken, "Growth/GrowthService.cs", 37, 49),
            Flow(RuleIdentifiers.PromiseBroken, "Growth/GrowthService.cs", 48, 55),
        });
        return test.RunAsync();
    }

    private static DiagnosticResult Flow(string id, string path, int line, int column) =>
        new DiagnosticResult(id, RuleDescriptors.All.Single(d => d.Id == id).DefaultSeverity)
            .WithLocation(path, line, column)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>The sample's .cs files (what its csproj compiles), with its implicit usings, under the flow and PRIV010 analyzers.</summary>
    private sealed class SampleTest : CSharpAnalyzerTest<PrivacyFlowAnalyzer, DefaultVerifier>
    {
        public SampleTest(string directory)
        {
            ReferenceAssemblies = TestHost.NoReferenceAssemblies;
            TestState.AdditionalReferences.AddRange(ReferenceSets.Net80);
            TestState.OutputKind = OutputKind.ConsoleApplication;
            foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
                if (!relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal))
                {
                    TestState.Sources.Add((relative, File.ReadAllText(file)));
                }
            }

            TestState.Sources.Add(("ImplicitUsings.g.cs", """
                global using System;
                global using System.Collections.Generic;
                global using System.IO;
                global using System.Linq;
                global using System.Net.Http;
                global using System.Threading;
                global using System.Threading.Tasks;
                """));
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            new DiagnosticAnalyzer[] { new PrivacyFlowAnalyzer(), new MalformedAnnotationAnalyzer() };
    }
}
