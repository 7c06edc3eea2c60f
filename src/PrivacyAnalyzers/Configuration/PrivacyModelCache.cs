using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// One <see cref="PrivacyModel"/> per compilation and per content of everything the model reads besides it
    /// (the options and the rules files), shared by every analyzer of the package so that attributes, options and
    /// rules files are read once. In an editor, editing <c>PrivacyRules.txt</c> or <c>.editorconfig</c> reuses the
    /// compilation with new options: the new content makes a new model. A memo keyed by immutable inputs: it
    /// changes no result, and its entries die with the compilation.
    /// </summary>
    internal static class PrivacyModelCache
    {
        /// <summary>Models per compilation, newest first; a few content versions are kept for analyzers still on an older one.</summary>
        private static readonly ConditionalWeakTable<Compilation, List<(ModelInputs Inputs, PrivacyModel Model)>> Models =
            new ConditionalWeakTable<Compilation, List<(ModelInputs Inputs, PrivacyModel Model)>>();

        private const int VersionsKept = 4;

        public static PrivacyModel Get(Compilation compilation, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
        {
            var inputs = ModelInputs.Read(compilation, options, cancellationToken);
            var versions = Models.GetValue(compilation, _ => new List<(ModelInputs, PrivacyModel)>());
            lock (versions)
            {
                foreach (var version in versions)
                {
                    if (version.Inputs.Equals(inputs))
                    {
                        return version.Model;
                    }
                }
            }

            var model = Build(compilation, options, inputs.Options, cancellationToken);
            lock (versions)
            {
                foreach (var version in versions)
                {
                    if (version.Inputs.Equals(inputs))
                    {
                        return version.Model; // another analyzer built it meanwhile: share one
                    }
                }

                versions.Insert(0, (inputs, model));
                if (versions.Count > VersionsKept)
                {
                    versions.RemoveAt(versions.Count - 1);
                }
            }

            return model;
        }

        private static PrivacyModel Build(Compilation compilation, AnalyzerOptions options, PrivacyOptions privacyOptions, System.Threading.CancellationToken cancellationToken)
        {
            var symbols = new WellKnownSymbols(compilation);
            var rules = RulesLoader.Load(compilation, options.AdditionalFiles, privacyOptions, cancellationToken, options.AnalyzerConfigOptionsProvider);
            var policy = PolicyReader.Read(compilation, symbols, rules, privacyOptions.DisclosureRequiredFor);
            return new PrivacyModel(compilation, symbols, rules, policy, new ClassificationReader(symbols, compilation), privacyOptions);
        }

        /// <summary>What a model is built from besides the compilation: the option values and each rules file's path and text.</summary>
        private sealed class ModelInputs
        {
            private readonly ImmutableArray<(string Path, string Text)> _rulesFiles;

            private ModelInputs(PrivacyOptions options, ImmutableArray<(string Path, string Text)> rulesFiles)
            {
                Options = options;
                _rulesFiles = rulesFiles;
            }

            public PrivacyOptions Options { get; }

            public static ModelInputs Read(Compilation compilation, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
            {
                var files = ImmutableArray.CreateBuilder<(string, string)>();
                foreach (var file in options.AdditionalFiles)
                {
                    if (RulesLoader.IsRulesFile(file.Path))
                    {
                        files.Add((file.Path, file.GetText(cancellationToken)?.ToString() ?? ""));
                    }
                }

                return new ModelInputs(PrivacyOptions.Read(options, compilation), files.ToImmutable());
            }

            public bool Equals(ModelInputs other) =>
                Options.DisclosureRequiredFor == other.Options.DisclosureRequiredFor && Options.UseCatalog == other.Options.UseCatalog
                && Options.Problems.Length == other.Options.Problems.Length
                && Options.Problems.Select(p => p.GetMessage()).SequenceEqual(other.Options.Problems.Select(p => p.GetMessage()))
                && _rulesFiles.SequenceEqual(other._rulesFiles);
        }
    }
}
