using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Writes through references (a variable, a field, a builder's chain) and reads of collection elements.</summary>
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>Applies <paramref name="update"/> to the variable behind <paramref name="reference"/>, when there is one.</summary>
        private void UpdateReference(IOperation? reference, System.Func<AbstractValue, AbstractValue> update, FlowState state)
        {
            switch (reference)
            {
                case ILocalReferenceOperation local:
                    UpdateVariable(local.Local, update, state);
                    break;
                case IParameterReferenceOperation parameter:
                    UpdateVariable(parameter.Parameter, update, state);
                    break;
                case IFlowCaptureReferenceOperation capture:
                    UpdateVariable(capture.Id, update, state);
                    break;
                case IInstanceReferenceOperation:
                    state.Set(FlowState.This, update(state.Get(FlowState.This)));
                    break;
                case IConversionOperation conversion:
                    UpdateReference(conversion.Operand, update, state);
                    break;
                case IInvocationOperation { Instance: { } inner } fluent when SymbolEqualityComparer.Default.Equals(fluent.Type, inner.Type):
                    // builder.Append(a).Append(b): the builder is changed through the chain.
                    UpdateReference(inner, update, state);
                    break;
                case IFieldReferenceOperation field:
                    UpdateMember(field.Field, field.Instance, ReadMember(field, field.Field, field.Instance, state), update, state);
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: false } property when _engine.IsTrackedMember(property.Property):
                    UpdateMember(property.Property, property.Instance, ReadProperty(property, state), update, state);
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: false, Instance: { } owner } property when !_engine.HasBody(property.Property.GetMethod ?? property.Property.SetMethod!):
                    // A member of a type outside the compilation is part of its owner (channel.Writer writes into the channel).
                    UpdateReference(owner, update, state);
                    break;
            }
        }

        /// <summary>
        /// A member changed in place (an element added to a field's list): the method's state gets the whole new value,
        /// but the program's record of what the field holds gets only what the change added. What was read back carries
        /// placeholders for every object that may hold this one, and writing it back would copy their other fields in.
        /// </summary>
        private void UpdateMember(ISymbol member, IOperation? instance, AbstractValue before, System.Func<AbstractValue, AbstractValue> update, FlowState state)
        {
            var after = update(before);
            WriteMember(member, instance, after, state, before);
        }

        /// <summary>Updates a variable, and every other variable that holds the same object allocated here.</summary>
        private static void UpdateVariable(object key, System.Func<AbstractValue, AbstractValue> update, FlowState state)
        {
            var old = state.Get(key);
            state.Set(key, update(old));
            if (old.Allocation == null)
            {
                return;
            }

            foreach (var alias in state.Values.Where(v => !Equals(v.Key, key) && ReferenceEquals(v.Value.Allocation, old.Allocation)).ToList())
            {
                state.Set(alias.Key, update(alias.Value));
            }
        }

        /// <summary>
        /// An element of a collection: what was added to it, and what the collection carries as a whole. For a collection
        /// read from a field, its elements are what was stored under the field's elements (kept apart from its other members).
        /// </summary>
        private static AbstractValue ElementOf(AbstractValue collection)
        {
            var direct = collection.Direct;
            if (!HasElementOwner(direct))
            {
                return collection.Member(AbstractValue.Element).Join(AbstractValue.Of(direct)); // the common case: nothing read from a field
            }

            var facts = new List<KeyValuePair<Origin, PathStep?>>();
            foreach (var fact in direct.Facts)
            {
                if (IsFieldElementOwner(fact.Key))
                {
                    facts.Add(new KeyValuePair<Origin, PathStep?>(fact.Key.WithMember(AbstractValue.Element), fact.Value));
                    continue;
                }

                facts.Add(fact);
                if (IsParameterElementOwner(fact.Key))
                {
                    // A caller's collection (this.blots): its elements as the caller stored them, beside what it carries as a whole.
                    facts.Add(new KeyValuePair<Origin, PathStep?>(fact.Key.WithMember(AbstractValue.Element), fact.Value));
                }
            }

            return collection.Member(AbstractValue.Element).Join(AbstractValue.Of(Taint.FromFacts(facts)));
        }

        private static bool HasElementOwner(Taint taint)
        {
            foreach (var fact in taint.Facts)
            {
                if (IsFieldElementOwner(fact.Key) || IsParameterElementOwner(fact.Key))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsFieldElementOwner(Origin origin) => origin.Kind == OriginKind.Field && origin.MemberDepth < EngineLimits.MemberDepth;

        /// <summary>A caller's object or one of its members: its elements are read as the caller stored them, beside the whole.</summary>
        private static bool IsParameterElementOwner(Origin origin) =>
            origin.Kind == OriginKind.Parameter && origin.MemberDepth < EngineLimits.MemberDepth;
    }
}
