using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Parses the team's rules files and the built-in catalog and resolves them against a compilation.</summary>
    internal static class RulesLoader
    {
        public static ResolvedRules Load(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            // Rules files and the built-in catalog land with the configuration work (issue 4).
            return ResolvedRules.Empty;
        }
    }
}
