using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Rules.Annotations
{
    /// <summary>
    /// PRIV010's attribute checks over one syntax tree. Only trees whose text names one of our attributes
    /// are walked (bodies included: local functions and lambdas carry attributes too), and only attribute
    /// syntax with one of our names is bound: the declaration it sits on gives the symbols, whose attribute
    /// data for that syntax <see cref="AnnotationChecks"/> judges.
    /// </summary>
    internal sealed class AnnotationScan
    {
        private readonly Compilation _compilation;
        private readonly AnnotationChecks _checks;
        private readonly AttributeNameFilter _filter;
        private readonly Lazy<ImmutableArray<AttributeData>> _assemblyAttributes;

        public AnnotationScan(Compilation compilation, AnnotationChecks checks, AttributeNameFilter filter)
        {
            _compilation = compilation;
            _checks = checks;
            _filter = filter;
            _assemblyAttributes = new Lazy<ImmutableArray<AttributeData>>(() => compilation.Assembly.GetAttributes());
        }

        public void Analyze(SyntaxTree tree, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            if (!_filter.MayMention(tree, cancellationToken))
            {
                return;
            }

            var root = tree.GetRoot(cancellationToken);
            var names = _filter.NamesIn(root);
            SemanticModel? model = null;
            foreach (var attribute in root.DescendantNodes().OfType<AttributeSyntax>())
            {
                if (!names.Contains(AttributeNameFilter.SimpleName(attribute)) || attribute.Parent is not AttributeListSyntax list)
                {
                    continue;
                }

                model ??= SharedSemanticModel.For(_compilation, tree);
                if (list.Parent is CompilationUnitSyntax)
                {
                    // [assembly: ...] only; [module: ...] is not one of our targets.
                    if (list.Target != null && list.Target.Identifier.IsKind(SyntaxKind.AssemblyKeyword))
                    {
                        Report(_assemblyAttributes.Value, attribute, _compilation.Assembly, null, report);
                    }

                    continue;
                }

                foreach (var symbol in DeclaredSymbols(list, attribute, model, cancellationToken))
                {
                    CheckDeclared(symbol, attribute, report);
                }
            }
        }

        /// <summary>
        /// The symbols whose own, return-value or parameter attributes can hold <paramref name="attribute"/>: those
        /// the declaration it sits on declares (each variable of a field declaration; for a primary constructor's
        /// parameter, the constructor and the record property). Attributes that end on implicit symbols (backing
        /// fields, a delegate's Invoke, event accessors) are not checked, as before.
        /// </summary>
        private static IEnumerable<ISymbol> DeclaredSymbols(AttributeListSyntax list, AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
        {
            var declaration = list.Parent?.AncestorsAndSelf().FirstOrDefault(n =>
                n is MemberDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
            switch (declaration)
            {
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (model.GetDeclaredSymbol(variable, cancellationToken) is { } symbol)
                        {
                            yield return symbol;
                        }
                    }

                    break;
                case AnonymousFunctionExpressionSyntax lambda:
                    if (model.GetSymbolInfo(lambda, cancellationToken).Symbol is { } function)
                    {
                        yield return function;
                    }

                    break;
                case TypeDeclarationSyntax { ParameterList: { } parameters } when parameters.Span.Contains(attribute.Span):
                    // A primary constructor's parameter: the constructor holds it, a record's property may hold `property:` ones.
                    if (list.Parent is ParameterSyntax parameterSyntax && model.GetDeclaredSymbol(parameterSyntax, cancellationToken) is { } parameter)
                    {
                        yield return parameter.ContainingSymbol;
                        foreach (var property in parameter.ContainingType.GetMembers(parameter.Name).OfType<IPropertySymbol>())
                        {
                            if (property.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == parameterSyntax.SyntaxTree && r.Span == parameterSyntax.Span))
                            {
                                yield return property;
                            }
                        }
                    }

                    break;
                case { } other:
                    if (model.GetDeclaredSymbol(other, cancellationToken) is { } declared)
                    {
                        yield return declared;
                    }

                    break;
            }
        }

        /// <summary><paramref name="attribute"/> among the attributes of a declared symbol, of its return value and of its parameters.</summary>
        private void CheckDeclared(ISymbol symbol, AttributeSyntax attribute, Action<Diagnostic> report)
        {
            var method = symbol as IMethodSymbol;
            Report(symbol.GetAttributes(), attribute, symbol, method, report);
            if (method != null)
            {
                Report(method.GetReturnTypeAttributes(), attribute, method, method, report);
            }

            var parameters = symbol switch
            {
                IMethodSymbol m => m.Parameters,
                IPropertySymbol p => p.Parameters,
                _ => ImmutableArray<IParameterSymbol>.Empty,
            };
            foreach (var parameter in parameters)
            {
                Report(parameter.GetAttributes(), attribute, parameter, null, report);
            }
        }

        private void Report(ImmutableArray<AttributeData> attributes, AttributeSyntax syntax, ISymbol owner, IMethodSymbol? returnOf, Action<Diagnostic> report)
        {
            foreach (var attribute in attributes)
            {
                var reference = attribute.ApplicationSyntaxReference;
                if (reference == null || reference.SyntaxTree != syntax.SyntaxTree || reference.Span != syntax.Span)
                {
                    continue;
                }

                foreach (var message in _checks.Check(attribute, owner, returnOf))
                {
                    report(Diagnostic.Create(RuleDescriptors.MalformedAnnotation, syntax.GetLocation(), message));
                }
            }
        }
    }
}
