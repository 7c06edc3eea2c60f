using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Models that name members (<c>arg0 -> this.Email</c>, <c>this.Email -> return</c>): a referenced library's shipped
    /// summary keeps the members of the objects its constructors, setters and getters handle apart, as the engine
    /// does for the compilation's own types.
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>Puts <paramref name="value"/> into one member of the object at <paramref name="place"/>.</summary>
        private AbstractValue WriteMemberPlace(ModelPlace place, AbstractValue value, AbstractValue result, IOperation? instance, ImmutableArray<IArgumentOperation> argumentOperations, FlowState state)
        {
            var member = place.Member!;
            if (place.IsReturn)
            {
                return result.Join(AbstractValue.FreshEmpty.SetMember(member, value));
            }

            if (value.IsEmpty)
            {
                return result;
            }

            var target = place.Ordinal == ModelPlace.Receiver ? instance : null;
            foreach (var argument in argumentOperations)
            {
                if (place.Ordinal >= 0 && argument.Parameter?.Ordinal == place.Ordinal)
                {
                    target = argument.Value;
                }
            }

            if (target != null)
            {
                UpdateReference(target, v => v.SetMember(member, v.Member(member).Join(value)), state);
            }

            return result;
        }

        /// <summary>A constructor outside the compilation with a model: the new object holds what its transfers put into it, member by member.</summary>
        private AbstractValue CreateFromModel(IObjectCreationOperation creation, IMethodSymbol constructor, LibraryModel model, FlowState state)
        {
            var arguments = EvaluateArguments(creation.Arguments, state);
            ReportArgumentSinks(constructor, creation.Arguments, arguments, state);
            arguments.ByOrdinal[-1] = AbstractValue.FreshEmpty;
            var result = AbstractValue.FreshEmpty;
            foreach (var transfer in model.Transfers)
            {
                if (transfer.DelegateOrdinal != null || transfer.To is not { Ordinal: ModelPlace.Receiver } to)
                {
                    continue;
                }

                var value = AbstractValue.Empty;
                foreach (var place in transfer.From)
                {
                    value = value.Join(Read(place, arguments));
                }

                result = to.Member != null ? result.SetMember(to.Member, result.Member(to.Member).Join(value))
                    : to.Elements ? result.AddToMember(AbstractValue.Element, value)
                    : result.WithDirect(result.Direct.Join(value.AllTaint()));
            }

            return result.AsFresh();
        }

        /// <summary>A setter outside the compilation whose model stores its value (<c>arg0 -> this.Name</c>); false when none does.</summary>
        private bool SetFromModel(IPropertyReferenceOperation property, IMethodSymbol setter, AbstractValue value, FlowState state)
        {
            if (_engine.Model.LibraryModelOf(setter) is not { } model || !ReadsArgument(model))
            {
                return false;
            }

            var arguments = new Arguments();
            arguments.ByOrdinal[-1] = property.Instance == null ? AbstractValue.Empty : Evaluate(property.Instance, state);
            arguments.Operations[-1] = property.Instance;
            arguments.ByOrdinal[setter.Parameters.Length - 1] = value;
            ApplyModel(model, property, setter, property.Instance, ImmutableArray<IArgumentOperation>.Empty, arguments, state);
            return true;
        }

        // A getter's line ('this.Name -> return', 'clean') says nothing about what the setter stores.
        private static bool ReadsArgument(LibraryModel model)
        {
            foreach (var transfer in model.Transfers)
            {
                foreach (var place in transfer.From)
                {
                    if (place.Ordinal >= 0 && transfer.To is { Ordinal: ModelPlace.Receiver })
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
