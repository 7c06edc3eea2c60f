using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Applying a callee's summary at a call site: its placeholders become the caller's arguments.</summary>
    internal sealed partial class MethodFlowAnalysis
    {
        /// <summary>Replaces parameter placeholders in a callee's value by what the caller passed.</summary>
        private AbstractValue Substitute(AbstractValue value, Arguments arguments, IOperation? call)
        {
            if (value.IsEmpty)
            {
                return value;
            }

            _budget.Spend(value.Direct.Facts.Count + value.Members.Count);
            var result = value.Fresh ? AbstractValue.FreshEmpty : AbstractValue.Empty;
            List<KeyValuePair<Origin, PathStep?>>? kept = null; // facts that stay as they are, made into one taint at the end
            foreach (var fact in value.Direct.Facts)
            {
                if (fact.Key.Receiver is { } receiver)
                {
                    // What any instance's field holds, read through an object the caller passed: when the caller built that
                    // object itself, the placeholder for its member (beside this one) says all it holds.
                    var owner = arguments.Get(receiver);
                    if (!owner.Fresh)
                    {
                        (kept ??= new List<KeyValuePair<Origin, PathStep?>>()).Add(new KeyValuePair<Origin, PathStep?>(fact.Key.WithReceiver(ReceiverOf(owner)), fact.Value));
                    }

                    continue;
                }

                if (fact.Key.Kind != OriginKind.Parameter)
                {
                    (kept ??= new List<KeyValuePair<Origin, PathStep?>>()).Add(new KeyValuePair<Origin, PathStep?>(fact.Key, fact.Value));
                    continue;
                }

                var resolved = Resolve(Passed(arguments, fact.Key), fact.Key, fact.Value);
                result = result.Join(fact.Key.Derived ? resolved.Derived(wholeFields: true) : resolved); // the callee computed a number from the whole
            }

            if (kept != null)
            {
                result = result.WithDirect(result.Direct.Join(Taint.FromFacts(kept)));
            }

            foreach (var member in value.Members)
            {
                result = result.SetMember(member.Key, result.Member(member.Key).Join(Substitute(member.Value, arguments, call)));
            }

            foreach (var function in value.Functions)
            {
                result = result.Join(AbstractValue.OfFunction(function));
            }

            return result;
        }

        /// <summary>What the caller passed for a placeholder (<see cref="PassedValue"/>).</summary>
        private AbstractValue Passed(Arguments arguments, Origin placeholder) =>
            PassedValue(arguments.Get(placeholder.Ordinal),
                placeholder.MemberPath.Length == 0 || !arguments.Operations.TryGetValue(placeholder.Ordinal, out var operation) ? Taint.Empty : ArgumentTypeSources(operation),
                placeholder);

        /// <summary>
        /// What the caller passed for a placeholder: the value at its member path and, when the argument's type is marked
        /// personal itself (it carries its category on every instance), that category too: a member the callee reads from
        /// a personal object (<c>address.Line1</c> inside <c>address.ToSingleLine()</c>) is part of it.
        /// </summary>
        internal static AbstractValue PassedValue(AbstractValue argument, Taint typeSources, Origin placeholder)
        {
            var passed = ReadPath(argument, placeholder.MemberPath);
            return placeholder.MemberPath.Length == 0 || typeSources.IsEmpty ? passed // a whole object handed over gets its type's category where it is used whole
                : passed.WithDirect(passed.Direct.Join(typeSources));
        }

        /// <summary>The categories an argument's static type declares, as sources at the argument.</summary>
        private Taint ArgumentTypeSources(IOperation? operation)
        {
            if (operation == null || WithoutImplicitConversion(operation).Type is not { } type)
            {
                return Taint.Empty;
            }

            var taint = Taint.Empty;
            foreach (var category in _engine.Model.TypeCategories(type))
            {
                taint = taint.Add(Origin.Source(category, type.Name, operation.Syntax.GetLocation()), null);
            }

            return taint;
        }

        /// <summary>Records a call of a method that stores what it is given into fields, with what this call passes.</summary>
        private void BindCall(IOperation call, IMethodSymbol callee, Arguments arguments)
        {
            var bound = ImmutableArray.CreateBuilder<BoundArgument>(arguments.ByOrdinal.Count);
            foreach (var argument in arguments.ByOrdinal)
            {
                if (!argument.Value.IsEmpty)
                {
                    arguments.Operations.TryGetValue(argument.Key, out var operation);
                    bound.Add(new BoundArgument(argument.Key, argument.Value, ArgumentTypeSources(operation)));
                }
            }

            if (bound.Count > 0)
            {
                _budget.Spend(bound.Count);
                _fieldWrites.AddBinding(call, new CallBinding(callee, bound.ToImmutable()));
            }
        }

        /// <summary>The caller's value standing for a placeholder: its paths continue with the callee's, and the callee's anonymizers apply.</summary>
        internal static AbstractValue Resolve(AbstractValue passed, Origin placeholder, PathStep? calleePath)
        {
            var direct = ResolveTaint(passed.Direct, placeholder, calleePath);
            var result = passed.WithDirect(direct);
            foreach (var member in passed.Members)
            {
                result = result.SetMember(member.Key, Resolve(member.Value, placeholder, calleePath));
            }

            return result;
        }

        private static Taint ResolveTaint(Taint passed, Origin placeholder, PathStep? calleePath)
        {
            if (passed.IsEmpty)
            {
                return passed;
            }

            var resolved = new List<KeyValuePair<Origin, PathStep?>>(passed.Facts.Count);
            foreach (var fact in passed.Facts)
            {
                var origin = placeholder.Cleared is { } cleared ? fact.Key.Anonymize(cleared) : fact.Key;
                if (origin != null)
                {
                    resolved.Add(new KeyValuePair<Origin, PathStep?>(origin, PathStep.Concat(fact.Value, calleePath)));
                }
            }

            return Taint.FromFacts(resolved);
        }

        /// <summary>Follows a placeholder's member path ("Owner.Phone") into a caller's value.</summary>
        internal static AbstractValue ReadPath(AbstractValue value, string memberPath)
        {
            if (memberPath.Length == 0)
            {
                return value;
            }

            // Names are cut out one at a time (most paths are one name: no array, no copy).
            for (var start = 0; ;)
            {
                var dot = memberPath.IndexOf('.', start);
                var name = dot < 0 ? (start == 0 ? memberPath : memberPath.Substring(start)) : memberPath.Substring(start, dot - start);
                var next = value.Member(name);
                if (!value.Fresh)
                {
                    List<KeyValuePair<Origin, PathStep?>>? placeholders = null;
                    foreach (var fact in value.Direct.Facts)
                    {
                        if (fact.Key.IsConcrete)
                        {
                            continue;
                        }

                        // A member of a caller's object, or of an object read from a field: one level deeper, and at the
                        // depth limit the placeholder itself (what it stands for holds its members too).
                        placeholders ??= new List<KeyValuePair<Origin, PathStep?>>();
                        placeholders.Add(fact.Key.MemberDepth < EngineLimits.MemberDepth ? new KeyValuePair<Origin, PathStep?>(fact.Key.WithMember(name), fact.Value) : fact);
                    }

                    if (placeholders != null)
                    {
                        next = next.Join(AbstractValue.Of(Taint.FromFacts(placeholders)));
                    }
                }

                value = next;
                if (dot < 0)
                {
                    break;
                }

                start = dot + 1;
            }

            return value;
        }

        /// <summary>A property setter with a body, called with <paramref name="value"/>.</summary>
        private void CallSetter(IPropertyReferenceOperation property, IMethodSymbol setter, AbstractValue value, FlowState state)
        {
            var arguments = new Arguments();
            arguments.ByOrdinal[-1] = property.Instance == null ? AbstractValue.Empty : Evaluate(property.Instance, state);
            arguments.Operations[-1] = property.Instance;
            arguments.ByOrdinal[setter.Parameters.Length - 1] = value;
            foreach (var implementation in _engine.GetImplementations(setter))
            {
                ApplySideEffects(_engine.GetSummary(implementation, _request), property, arguments, state);
            }
        }

        /// <summary>What the callee did besides returning: sink hits of the caller's data, writes to fields, ref/out parameters and parameter members.</summary>
        private void ApplySideEffects(MethodSummary summary, IOperation call, Arguments arguments, FlowState state)
        {
            _budget.Spend(summary.PlaceholderHits.Length + summary.ParametersAtExit.Count);
            if (!summary.Thrown.IsEmpty)
            {
                Throw(summary.Thrown.Select(thrown => Substitute(thrown, arguments, call)));
            }

            foreach (var hit in summary.PlaceholderHits)
            {
                if (hit.Origin.Kind != OriginKind.Parameter)
                {
                    continue; // Field placeholders are resolved once, at compilation end.
                }

                var passed = Passed(arguments, hit.Origin);
                var taint = passed.AllTaint();
                if (hit.Origin.MemberPath.Length == 0 && arguments.Operations.TryGetValue(hit.Origin.Ordinal, out var operation) && operation != null)
                {
                    taint = WholeTaint(passed, operation).Join(taint);
                }

                foreach (var fact in ResolveTaint(taint, hit.Origin, hit.Path).Facts)
                {
                    // The consent known at this call adds to the callee's; data that still lacks some waits for this method's callers.
                    var resolved = new SinkHit(hit.Sink, hit.Location, fact.Key, fact.Value, hit.Consent.Union(state.Granted));
                    if (fact.Key.IsConcrete && !_engine.WaitsForConsent(resolved))
                    {
                        _request.RecordInbound(resolved);
                    }
                    else
                    {
                        _hits.Add(resolved);
                    }
                }
            }

            ApplyDeferredHits(summary, state);
            if (summary.StoresArguments && summary.Method != null)
            {
                // What the callee stores into fields is resolved at compilation end, and only for what reaches a field.
                BindCall(call, summary.Method, arguments);
            }

            foreach (var parameter in summary.ParametersAtExit)
            {
                var exit = Substitute(parameter.Value, arguments, call);
                if (!arguments.Operations.TryGetValue(parameter.Key, out var target) || target == null)
                {
                    continue;
                }

                if (parameter.Key >= 0 && target.Parent is IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref })
                {
                    Assign(target, exit, target, state, weak: false);
                }
                else if (!exit.Members.IsEmpty)
                {
                    var replaced = summary.AlwaysWritten.TryGetValue(parameter.Key, out var members) ? members : ImmutableHashSet<string>.Empty;
                    UpdateReference(target, v =>
                    {
                        foreach (var member in exit.Members)
                        {
                            // A replaced member holds what the callee wrote, not the old content its whole-object placeholder brings back.
                            v = replaced.Contains(member.Key)
                                ? v.SetMember(member.Key, Substitute(parameter.Value.Member(member.Key), arguments, call))
                                : v.AddToMember(member.Key, member.Value);
                        }

                        return v;
                    }, state);
                }
            }
        }

        /// <summary>Flows the callee could not settle: this call adds the consent known here, and they wait on in this method's summary.</summary>
        private void ApplyDeferredHits(MethodSummary summary, FlowState state)
        {
            if (summary.DeferredHits.IsEmpty)
            {
                return;
            }

            _engine.NoteCalled(summary.Method);
            foreach (var hit in summary.DeferredHits)
            {
                if (_engine.WaitsForConsent(hit))
                {
                    _hits.Add(hit.WithConsent(state.Granted));
                }
            }
        }
    }
}
