using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Field and property initializers (<c>private readonly string _key = account.Phone;</c>, <c>public string Key { get; } = phone;</c>)
    /// run as part of every constructor that does not chain to another one of its type. The compiler keeps them out
    /// of the constructor's body, so an object built here gets them evaluated with the constructor's arguments.
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>The constructor whose initializers are being evaluated: its parameters are plain values then.</summary>
        private IMethodSymbol? _initializing;

        private AbstractValue ApplyInitializers(IMethodSymbol constructor, Arguments arguments, AbstractValue created, FlowState callerState)
        {
            var initializers = _engine.InstanceInitializers(constructor.ContainingType);
            if (initializers.IsEmpty || !_engine.HasBody(constructor) || ChainsToThis(constructor) || _initializing != null)
            {
                return created;
            }

            var state = callerState.Clone();
            foreach (var parameter in constructor.Parameters)
            {
                state.Set(parameter, arguments.Get(parameter.Ordinal));
            }

            state.Set(FlowState.This, created);
            _initializing = constructor;
            try
            {
                foreach (var (member, initializer) in initializers)
                {
                    var operation = SharedSemanticModel.For(_engine.Compilation, initializer.SyntaxTree).GetOperation(initializer, _request.CancellationToken);
                    var value = operation switch
                    {
                        IFieldInitializerOperation field => Evaluate(field.Value, state),
                        IPropertyInitializerOperation propertyInitializer => Evaluate(propertyInitializer.Value, state),
                        _ => AbstractValue.Empty,
                    };
                    created = created.SetMember(MemberKey(member), value);
                    state.Set(FlowState.This, created);
                }
            }
            finally
            {
                _initializing = null;
            }

            return created;
        }

        private static bool ChainsToThis(IMethodSymbol constructor) =>
            constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ConstructorDeclarationSyntax { Initializer.ThisOrBaseKeyword.Text: "this" });
    }
}
