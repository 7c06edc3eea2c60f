using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Configuration;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Reads and writes of fields and properties: field-sensitive, with annotations as sources.</summary>
    internal sealed partial class MethodFlowAnalysis
    {
        private AbstractValue ReadProperty(IPropertyReferenceOperation property, FlowState state)
        {
            var symbol = property.Property;
            if (_engine.IsTrackedMember(symbol))
            {
                return ReadMember(property, symbol, property.Instance, state);
            }

            // A property with a body is a call to its getter; so are indexers and the properties a library
            // model describes (Current, Count). Any other property of a type outside the compilation is read
            // like a field: what its owner carries, not what the owner's type declares on its other members.
            if (symbol.GetMethod is { } getter && (!_engine.GetImplementations(getter).IsEmpty || symbol.IsIndexer
                || _engine.Model.LibraryModelOf(getter) != null))
            {
                return Call(property, getter, property.Instance, property.Arguments, state).Join(SourcesOf(symbol, property));
            }

            return ReadMember(property, symbol, property.Instance, state);
        }

        /// <summary>Reads a field or an auto-property: what this method wrote into it, or what the annotations and other methods say.</summary>
        private AbstractValue ReadMember(IOperation reference, ISymbol member, IOperation? instance, FlowState state)
        {
            if (member.IsStatic)
            {
                if (state.TryGet(member, out var written))
                {
                    return written.Join(SourcesOf(member, reference));
                }

                return SourcesOf(member, reference).Join(FieldPlaceholder(member));
            }

            var owner = instance == null ? AbstractValue.Empty : Evaluate(instance, state);
            if (member is IFieldSymbol { ContainingType.IsTupleType: true })
            {
                return owner.Members.TryGetValue(MemberKey(member), out var element) ? element : AbstractValue.Of(owner.Direct);
            }

            if (!_engine.IsTrackedMember(member))
            {
                // A member of a type outside the compilation: it carries what its owner carries.
                return SourcesOf(member, reference).Join(reference.Type != null && IsCleanResultOfUnseenCode(reference.Type) ? AbstractValue.Empty : AbstractValue.Of(owner.AllTaint()));
            }

            return ReadMemberOf(owner, member, reference.Syntax.GetLocation()).Join(SourcesOf(member, reference));
        }

        /// <summary>The member of an abstract value: its written content, and for objects of unknown allocation, what callers and other methods may have stored.</summary>
        private AbstractValue ReadMemberOf(AbstractValue owner, ISymbol member, Location location)
        {
            var name = MemberKey(member);
            if (owner.Members.TryGetValue(name, out var written) && owner.Fresh)
            {
                return written;
            }

            var result = written ?? AbstractValue.Empty;
            if (owner.Fresh)
            {
                return result;
            }

            // A member of a caller's object is a placeholder one level deeper; a member of an object read
            // from a field may hold anything the field's content holds.
            var placeholders = new List<KeyValuePair<Origin, PathStep?>>();
            foreach (var fact in owner.Direct.Facts)
            {
                if (fact.Key.IsConcrete)
                {
                    continue;
                }

                if (fact.Key.Kind == OriginKind.Parameter && fact.Key.MemberDepth < EngineLimits.MemberDepth)
                {
                    placeholders.Add(new KeyValuePair<Origin, PathStep?>(fact.Key.WithMember(name), fact.Value));
                }
                else if (fact.Key.Kind == OriginKind.Field)
                {
                    // A member of an object read from a field: what was stored under that member, kept apart from the others.
                    placeholders.Add(fact.Key.MemberDepth < EngineLimits.MemberDepth ? new KeyValuePair<Origin, PathStep?>(fact.Key.WithMember(name), fact.Value) : fact);
                }
            }

            return result.Join(AbstractValue.Of(Taint.FromFacts(placeholders))).Join(FieldPlaceholder(member, ReceiverOf(owner)));
        }

        private AbstractValue FieldPlaceholder(ISymbol member, int? receiver = null) =>
            !_engine.IsTrackedMember(member) ? AbstractValue.Empty
            : AbstractValue.Of(Taint.Of(receiver is { } ordinal ? Origin.ForField(member.OriginalDefinition, ordinal) : Origin.ForField(member.OriginalDefinition)));

        /// <summary>The parameter an object is, when it is exactly one whole parameter's object (<c>this</c>, <c>order</c>) and nothing else.</summary>
        private static int? ReceiverOf(AbstractValue owner)
        {
            int? receiver = null;
            foreach (var fact in owner.Direct.Facts)
            {
                if (fact.Key.Kind != OriginKind.Parameter || fact.Key.MemberPath.Length != 0 || (receiver != null && receiver != fact.Key.Ordinal))
                {
                    return null;
                }

                receiver = fact.Key.Ordinal;
            }

            return receiver;
        }

        /// <summary>Personal data a member's annotations (or the rules files) declare.</summary>
        private AbstractValue SourcesOf(ISymbol member, IOperation reference)
        {
            var categories = _engine.Model.SourceCategories(member.OriginalDefinition);
            if (categories.IsEmpty)
            {
                return AbstractValue.Empty;
            }

            var taint = Taint.Empty;
            var location = reference.Syntax.GetLocation();
            foreach (var category in categories)
            {
                taint = taint.Add(Origin.Source(category, PrivacyModel.DisplayName(member), location), null);
            }

            return AbstractValue.Of(taint);
        }

        private void WriteProperty(IPropertyReferenceOperation property, AbstractValue value, AbstractValue stepped, IOperation valueOperation, FlowState state)
        {
            var symbol = property.Property;
            if (_engine.Model.PropertySink(symbol) is { } sink)
            {
                ReportSink(sink, valueOperation, value, state);
            }

            if (_engine.IsTrackedMember(symbol))
            {
                WriteMember(symbol, property.Instance, stepped, state);
            }
            else if (symbol.SetMethod is { } setter && _engine.HasBody(setter))
            {
                CallSetter(property, setter, stepped, state);
            }
            else if (symbol.IsIndexer)
            {
                // dictionary[key] = value, list[i] = value: the collection now holds it.
                var keys = AbstractValue.Empty;
                foreach (var argument in property.Arguments)
                {
                    keys = keys.Join(Evaluate(argument.Value, state));
                }

                UpdateReference(property.Instance, v => v.AddToMember(AbstractValue.Element, stepped.Join(keys)), state);
            }
            else if (symbol.SetMethod is { } modeledSetter && SetFromModel(property, modeledSetter, stepped, state))
            {
                // A referenced library's summary says which member the value lands in.
            }
            else if (!value.IsEmpty)
            {
                // A settable property of a type outside the compilation: the object now carries the value.
                UpdateReference(property.Instance, v => v.WithDirect(v.Direct.Join(stepped.AllTaint())), state);
            }
        }

        /// <param name="changedFrom">For a member changed in place, what it held before: the program's record of the member gets only what was added.</param>
        private void WriteMember(ISymbol member, IOperation? instance, AbstractValue value, FlowState state, AbstractValue? changedFrom = null)
        {
            if (member.IsStatic)
            {
                state.Set(member, value);
                RecordFieldWrite(member, Recorded(value, changedFrom));
                return;
            }

            if (instance == null)
            {
                return;
            }

            // A write into a parameter's object is the callers' business (the summary carries it to them);
            // writes into objects of unknown origin may hold for every instance of the type.
            var owner = Evaluate(instance, state);
            if (!owner.Fresh && instance is not IParameterReferenceOperation && member is not IFieldSymbol { ContainingType.IsTupleType: true })
            {
                RecordFieldWrite(member, Recorded(value, changedFrom));
            }

            if (owner.Fresh || instance is IParameterReferenceOperation)
            {
                RecordFunctionWrites(member, value); // a handler stored on any instance may be called through any other
            }

            UpdateReference(instance, v => v.SetMember(MemberKey(member), value), state);
        }

        /// <summary>What a write records: the value, or for a member changed in place what the change added (walked at a cost, so charged).</summary>
        private AbstractValue Recorded(AbstractValue value, AbstractValue? changedFrom)
        {
            if (changedFrom == null)
            {
                return value;
            }

            _budget.Spend(value.Size);
            return AbstractValue.Added(changedFrom, value);
        }

        /// <summary>Records what a field now holds: the value itself and each of its members, a few levels deep, apart.</summary>
        private void RecordFieldWrite(ISymbol member, AbstractValue value)
        {
            if (_engine.IsTrackedMember(member) && !value.AllTaint().IsEmpty)
            {
                RecordFieldWrite(member.OriginalDefinition, "", value);
            }

            RecordFunctionWrites(member, value);
        }

        private void RecordFieldWrite(ISymbol field, string path, AbstractValue value)
        {
            foreach (var (storedPath, taint) in value.StoredAt(path))
            {
                _fieldWrites.Add(field, storedPath, taint);
            }
        }

        /// <summary>The operand of an implicit conversion (the object as written, whose type says what it holds), else the operation.</summary>
        private static IOperation WithoutImplicitConversion(IOperation operation) =>
            operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operation;

        /// <summary>What an object handed over as a whole carries: its content and what its type declares.</summary>
        private Taint WholeTaint(AbstractValue value, IOperation operation)
        {
            var taint = value.AllTaint();
            var type = WithoutImplicitConversion(operation).Type;
            return type == null ? taint : taint.Join(TypeTaint(type, operation.Syntax.GetLocation()));
        }

        private Taint TypeTaint(ITypeSymbol type, Location location)
        {
            var taint = Taint.Empty;
            foreach (var source in _engine.Model.TypeSources(type))
            {
                taint = taint.Add(Origin.Source(source.Category, source.SourceName, location), null);
            }

            return taint;
        }

        private static string MemberKey(ISymbol member) =>
            member is IFieldSymbol { CorrespondingTupleField: { } tupleField } ? tupleField.Name : member.Name;
    }
}
