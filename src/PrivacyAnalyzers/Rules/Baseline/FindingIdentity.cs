using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Rules.Baseline
{
    /// <summary>
    /// What a finding is, without where it is: the documentation IDs of the member the data was read from,
    /// the sink member and the member around the sink expression. Read from what the engine reported (the
    /// sink's member, the source and sink locations), bound only for findings that are reported, so it costs
    /// nothing where nothing is found. A member without an ID falls back to its display name, marked <c>~</c>.
    /// </summary>
    internal sealed class FindingIdentity
    {
        private FindingIdentity(string source, string sink, string containing, string containingName)
        {
            Source = source;
            Sink = sink;
            Containing = containing;
            ContainingName = containingName;
        }

        public string Source { get; }
        public string Sink { get; }
        public string Containing { get; }

        /// <summary>"Checkout.Pay": the containing member as a reader says it, for the baseline's comments.</summary>
        public string ContainingName { get; }

        /// <summary>The part of the fingerprint after the rule: category, source, sink and containing member.</summary>
        public string Fingerprint(string ruleId, string category) => BaselineFile.Fingerprint(ruleId, category, Source, Sink, Containing);

        public static FindingIdentity Of(FlowFinding finding, Compilation compilation)
        {
            var sink = finding.Sink.Member is { } member ? Id(member) : "~" + finding.Sink.Name;
            var source = SourceId(finding, compilation) ?? "~" + finding.SourceName;
            var containing = ContainingMember(finding.Location, compilation);
            return new FindingIdentity(source, sink, containing == null ? "~" : Id(containing),
                containing == null ? "" : PrivacyModel.DisplayName(containing));
        }

        /// <summary>
        /// The member read at the source location when its display name is the source's (a member, a method's
        /// result, a parameter); otherwise (a whole object of an annotated type) none, and the name stands in.
        /// </summary>
        private static string? SourceId(FlowFinding finding, Compilation compilation)
        {
            var location = finding.SourceLocation;
            if (!location.IsInSource || location.SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }

            var node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            var model = SharedSemanticModel.For(compilation, tree);
            if (node is ParameterSyntax parameterSyntax)
            {
                return model.GetDeclaredSymbol(parameterSyntax) is IParameterSymbol { Name: var name } parameter && PrivacyModel.ParameterSourceName(parameter) == finding.SourceName
                    && parameter.ContainingSymbol is { } method
                    ? Id(method) + "/" + name
                    : null;
            }

            var symbol = model.GetSymbolInfo(node).Symbol;
            return symbol != null && PrivacyModel.DisplayName(symbol) == finding.SourceName ? Id(symbol) : null;
        }

        /// <summary>The member whose body holds the sink expression: lambdas and local functions belong to it.</summary>
        private static ISymbol? ContainingMember(Location location, Compilation compilation)
        {
            if (!location.IsInSource || location.SourceTree is not { } tree || !compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }

            var symbol = SharedSemanticModel.For(compilation, tree).GetEnclosingSymbol(location.SourceSpan.Start);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } nested)
            {
                symbol = nested.ContainingSymbol;
            }

            return symbol;
        }

        /// <summary>The ID of a definition: extension calls, constructed generics and accessors are named by what declares them.</summary>
        private static string Id(ISymbol symbol)
        {
            if (symbol is IMethodSymbol method)
            {
                symbol = method.AssociatedSymbol as IPropertySymbol ?? (ISymbol)(method.ReducedFrom ?? method);
            }

            var definition = symbol.OriginalDefinition;
            return definition.GetDocumentationCommentId() ?? "~" + PrivacyModel.DisplayName(definition);
        }
    }
}
