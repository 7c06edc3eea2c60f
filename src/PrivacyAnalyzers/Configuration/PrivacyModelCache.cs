using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// One <see cref="PrivacyModel"/> per compilation, shared by every analyzer of the package so that
    /// attributes, options and rules files are read once. A memo keyed by the immutable compilation:
    /// it changes no result, and the entry dies with the compilation.
    /// </summary>
    internal static class PrivacyModelCache
    {
        private static readonly ConditionalWeakTable<Compilation, PrivacyModel> Models = new ConditionalWeakTable<Compilation, PrivacyModel>();

        public static PrivacyModel Get(Compilation compilation, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken) =>
            Models.GetValue(compilation, c => Build(c, options, cancellationToken));

        private static PrivacyModel Build(Compilation compilation, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
        {
            var symbols = new WellKnownSymbols(compilation);
            var privacyOptions = PrivacyOptions.Read(options, compilation);
            var rules = RulesLoader.Load(compilation, options.AdditionalFiles, privacyOptions, cancellationToken, options.AnalyzerConfigOptionsProvider);
            var policy = PolicyReader.Read(compilation, symbols, rules, privacyOptions.DisclosureRequiredFor);
            return new PrivacyModel(compilation, symbols, rules, policy, new ClassificationReader(symbols, compilation), privacyOptions);
        }
    }
}
