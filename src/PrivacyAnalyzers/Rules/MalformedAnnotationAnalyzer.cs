using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Rules.Annotations;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// PRIV010: privacy attributes that cannot be used as written (bad category key, misplaced
    /// attribute, a promise or sink without recipients, a disclosure that a promise contradicts),
    /// and the rules-file lines the rules loader could not use. The flow analysis skips all of them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MalformedAnnotationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.MalformedAnnotation);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = PrivacyModelCache.Get(start.Compilation, start.Options, start.CancellationToken);
                start.RegisterCompilationEndAction(end =>
                {
                    foreach (var problem in model.Rules.Problems)
                    {
                        if (problem.Id == RuleIdentifiers.MalformedAnnotation)
                        {
                            end.ReportDiagnostic(problem);
                        }
                    }
                });

                if (model.Symbols.PersonalData == null)
                {
                    return; // The annotations are not referenced: no attribute to check.
                }

                var checks = new AnnotationChecks(start.Compilation, model.Symbols, model.Policy.Promises);
                var assemblyAttributes = start.Compilation.Assembly.GetAttributes();

                start.RegisterSymbolAction(c => CheckDeclared(c.Symbol, checks, c.ReportDiagnostic, c.CancellationToken),
                    SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
                start.RegisterOperationAction(c => CheckDeclared(((ILocalFunctionOperation)c.Operation).Symbol, checks, c.ReportDiagnostic, c.CancellationToken),
                    OperationKind.LocalFunction);
                start.RegisterOperationAction(c => CheckDeclared(((IAnonymousFunctionOperation)c.Operation).Symbol, checks, c.ReportDiagnostic, c.CancellationToken),
                    OperationKind.AnonymousFunction);
                start.RegisterSyntaxNodeAction(c => CheckAssemblyAttributes(c, (AttributeListSyntax)c.Node, assemblyAttributes, checks),
                    SyntaxKind.AttributeList);
            });
        }

        /// <summary>Attributes of a declared symbol, of its return value and of its parameters.</summary>
        private static void CheckDeclared(ISymbol symbol, AnnotationChecks checks, System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
        {
            var method = symbol as IMethodSymbol;
            Report(symbol.GetAttributes(), symbol, method, checks, report, cancellationToken);
            if (method != null)
            {
                Report(method.GetReturnTypeAttributes(), method, method, checks, report, cancellationToken);
            }

            var parameters = symbol switch
            {
                IMethodSymbol m => m.Parameters,
                IPropertySymbol p => p.Parameters,
                _ => ImmutableArray<IParameterSymbol>.Empty,
            };
            foreach (var parameter in parameters)
            {
                Report(parameter.GetAttributes(), parameter, null, checks, report, cancellationToken);
            }
        }

        private static void CheckAssemblyAttributes(SyntaxNodeAnalysisContext context, AttributeListSyntax list, ImmutableArray<AttributeData> assemblyAttributes, AnnotationChecks checks)
        {
            if (list.Target == null || !list.Target.Identifier.IsKind(SyntaxKind.AssemblyKeyword))
            {
                return;
            }

            foreach (var attribute in assemblyAttributes)
            {
                var reference = attribute.ApplicationSyntaxReference;
                if (reference != null && reference.SyntaxTree == list.SyntaxTree && list.Span.Contains(reference.Span))
                {
                    Report(ImmutableArray.Create(attribute), context.Compilation.Assembly, null, checks, context.ReportDiagnostic, context.CancellationToken);
                }
            }
        }

        private static void Report(ImmutableArray<AttributeData> attributes, ISymbol owner, IMethodSymbol? returnOf, AnnotationChecks checks,
            System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var attribute in attributes)
            {
                var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken);
                if (syntax == null)
                {
                    continue; // From metadata: the library that declared it reports it.
                }

                foreach (var message in checks.Check(attribute, owner, returnOf))
                {
                    report(Diagnostic.Create(RuleDescriptors.MalformedAnnotation, syntax.GetLocation(), message));
                }
            }
        }
    }
}
