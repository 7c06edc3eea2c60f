using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Bodies of callees, read on demand for their summaries.</summary>
    internal sealed partial class FlowEngine
    {
        private int _bodiesBound;

        /// <summary>
        /// How many times the engine read a body through a semantic model instead of a tree the driver handed over (a read of a
        /// body not bound yet binds it), including the questions only a model answers about a body (<see cref="DeconstructMethod"/>).
        /// </summary>
        public int BodiesBound => Volatile.Read(ref _bodiesBound);

        /// <summary>The body operation of a method of the compilation, or null when it has none the engine can read.</summary>
        public IOperation? BodyOperation(IMethodSymbol method, System.Threading.CancellationToken cancellationToken = default)
        {
            method = Definition(method);
            if (KeptBody(method) is { } kept)
            {
                return kept;
            }

            if (!HasBody(method))
            {
                return null;
            }

            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (syntax is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax)
                    || syntax is AccessorDeclarationSyntax { Body: null, ExpressionBody: null })
                {
                    continue; // an auto-property's accessor has no body to read
                }

                // Interprocedural summaries need the bodies of callees, which only a semantic model gives
                // (as in roslyn-analyzers' interprocedural data-flow). The driver's caching provider hands out
                // its own model for the tree; keeping models here would hold every tree's bound nodes alive.
                var model = SharedSemanticModel.For(Compilation, syntax.SyntaxTree);
                var operation = model.GetOperation(syntax, cancellationToken);
                if (operation is { Parent: null } and (IMethodBodyOperation or IConstructorBodyOperation or IBlockOperation))
                {
                    Interlocked.Increment(ref _bodiesBound);
                    return operation;
                }
            }

            return null;
        }

        /// <summary>
        /// The Deconstruct method a deconstruction calls, which only a semantic model tells. It binds the whole body around
        /// it again (at compilation end nothing of it is cached), so it counts as a body read.
        /// </summary>
        public IMethodSymbol? DeconstructMethod(AssignmentExpressionSyntax deconstruction)
        {
            Interlocked.Increment(ref _bodiesBound);
            return SharedSemanticModel.For(Compilation, deconstruction.SyntaxTree).GetDeconstructionInfo(deconstruction).Method;
        }

        private ControlFlowGraph? BuildGraph(IMethodSymbol method, System.Threading.CancellationToken cancellationToken) =>
            BodyOperation(method, cancellationToken) switch
            {
                IMethodBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IConstructorBodyOperation body => ControlFlowGraph.Create(body, cancellationToken),
                IBlockOperation body => ControlFlowGraph.Create(body, cancellationToken),
                _ => null,
            };
    }
}
