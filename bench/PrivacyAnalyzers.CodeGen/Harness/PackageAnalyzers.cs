using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>Every analyzer the PrivacyAnalyzers assembly exports, found by reflection as a host would.</summary>
public static class PackageAnalyzers
{
    public static Assembly Assembly => typeof(RuleIdentifiers).Assembly;

    /// <summary>A fresh instance of each exported C# analyzer.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
        Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
