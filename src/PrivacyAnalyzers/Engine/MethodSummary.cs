using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What a method does with personal data, in terms of placeholders for its parameters and the
    /// fields it reads, so that every call site can reuse it: what reaches its return value, its
    /// ref/out parameters and the members of its parameters, what reaches sinks inside it, and what it
    /// writes into fields. Concrete flows that start and end inside the method are in <see cref="LocalHits"/>.
    /// </summary>
    internal sealed class MethodSummary
    {
        public MethodSummary(
            AbstractValue returnValue,
            ImmutableDictionary<int, AbstractValue> parametersAtExit,
            ImmutableArray<SinkHit> placeholderHits,
            ImmutableArray<SinkHit> localHits,
            ImmutableArray<FieldWrite> fieldWrites,
            string? limitReached = null,
            ThrownExceptions? thrown = null,
            ImmutableArray<FunctionWrite> functionWrites = default,
            ImmutableArray<DelegateCall> delegateCalls = default,
            ImmutableArray<EscapeCatch> escapeCatches = default,
            ImmutableDictionary<int, ImmutableHashSet<string>>? alwaysWritten = null)
        {
            AlwaysWritten = alwaysWritten ?? AlwaysWrittenMembers.None;
            EscapeCatches = escapeCatches.IsDefault ? ImmutableArray<EscapeCatch>.Empty : escapeCatches;
            LimitReached = limitReached;
            Thrown = thrown ?? ThrownExceptions.None;
            FunctionWrites = functionWrites.IsDefault ? ImmutableArray<FunctionWrite>.Empty : functionWrites;
            DelegateCalls = delegateCalls.IsDefault ? ImmutableArray<DelegateCall>.Empty : delegateCalls;
            ReturnValue = returnValue;
            ParametersAtExit = parametersAtExit;
            PlaceholderHits = placeholderHits;
            LocalHits = localHits;
            FieldWrites = fieldWrites;
        }

        /// <summary>
        /// What a method is assumed to do when its body cannot be followed (a recursive call met while its own
        /// summary is being computed, or a method past its work budget): it returns what it is given.
        /// </summary>
        public static MethodSummary PassThrough(IMethodSymbol method, string? limitReached = null)
        {
            var taint = method.IsStatic ? Taint.Empty : Taint.Of(Origin.Parameter(-1));
            foreach (var parameter in method.Parameters)
            {
                taint = taint.Add(Origin.Parameter(parameter.Ordinal), null);
            }

            return new MethodSummary(AbstractValue.Of(taint), ImmutableDictionary<int, AbstractValue>.Empty,
                ImmutableArray<SinkHit>.Empty, ImmutableArray<SinkHit>.Empty, ImmutableArray<FieldWrite>.Empty, limitReached);
        }

        /// <summary>The engine limit (<see cref="EngineLimits"/>) that made this summary an approximation, or null.</summary>
        public string? LimitReached { get; }

        /// <summary>A method the engine does not look into: its result carries what its inputs carry.</summary>
        public static readonly MethodSummary Opaque = new MethodSummary(AbstractValue.Empty, ImmutableDictionary<int, AbstractValue>.Empty,
            ImmutableArray<SinkHit>.Empty, ImmutableArray<SinkHit>.Empty, ImmutableArray<FieldWrite>.Empty);

        public AbstractValue ReturnValue { get; }

        /// <summary>What the exceptions the method (or its callees) may throw carry, by type, for the <c>catch</c> clauses of callers.</summary>
        public ThrownExceptions Thrown { get; }

        /// <summary>Delegates the method stores into fields, properties and events.</summary>
        public ImmutableArray<FunctionWrite> FunctionWrites { get; }

        /// <summary>Catches around calls of unseen code that runs callbacks: they receive what the program's callbacks throw.</summary>
        public ImmutableArray<EscapeCatch> EscapeCatches { get; }

        /// <summary>Calls of stored delegates the method could not resolve itself.</summary>
        public ImmutableArray<DelegateCall> DelegateCalls { get; }

        /// <summary>Ordinal (-1 for <c>this</c>) → value at exit, for ref/out parameters and written members.</summary>
        public ImmutableDictionary<int, AbstractValue> ParametersAtExit { get; }

        /// <summary>Ordinal (-1 for <c>this</c>) → members the method assigns on every path: callers replace them rather than add.</summary>
        public ImmutableDictionary<int, ImmutableHashSet<string>> AlwaysWritten { get; }

        /// <summary>Sink hits of parameter or field placeholders: resolved by callers or at compilation end.</summary>
        public ImmutableArray<SinkHit> PlaceholderHits { get; }

        /// <summary>Sink hits of concrete personal data: reported with the method itself.</summary>
        public ImmutableArray<SinkHit> LocalHits { get; }

        public ImmutableArray<FieldWrite> FieldWrites { get; }

        /// <summary>Calls of methods that store what they are given into fields, resolved at compilation end (<see cref="FieldFlowGraph"/>).</summary>
        public ImmutableArray<CallBinding> CallBindings { get; set; } = ImmutableArray<CallBinding>.Empty;

        /// <summary>What a caller passes may end up in a field (in the method's own writes or through its calls): a caller records its call as a <see cref="CallBinding"/>.</summary>
        public bool StoresArguments => _storesArguments ??= !CallBindings.IsEmpty || WritesParameters(FieldWrites);

        private bool? _storesArguments;

        private static bool WritesParameters(ImmutableArray<FieldWrite> writes)
        {
            foreach (var write in writes)
            {
                foreach (var fact in write.Taint.Facts)
                {
                    if (fact.Key.Kind == OriginKind.Parameter)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The method summarized, when its body was read (for the engine's record of which methods have callers).</summary>
        public IMethodSymbol? Method { get; set; }

        /// <summary>
        /// Sink hits whose consent the method could not settle itself (concrete data, or fields), and those its callees left open that
        /// it settled: callers add the consent they know at the call site; what no caller settles is judged at compilation end.
        /// </summary>
        public ImmutableArray<SinkHit> DeferredHits { get; set; } = ImmutableArray<SinkHit>.Empty;
    }

    /// <summary>
    /// A value written into a field or auto-property of an object the method did not allocate, or a static one: what
    /// it carries itself (<see cref="MemberPath"/> empty), or what one of its members carries (<c>Email</c>,
    /// <c>Customer.Email</c>), so that an object stored in a field keeps its members apart wherever it is read.
    /// </summary>
    internal sealed class FieldWrite
    {
        public FieldWrite(ISymbol field, string memberPath, Taint taint)
        {
            Field = field;
            MemberPath = memberPath;
            Taint = taint;
        }

        public ISymbol Field { get; }
        public string MemberPath { get; }
        public Taint Taint { get; }
    }

    /// <summary>
    /// A catch whose exception variable (<see cref="Local"/>, a placeholder field) receives the exceptions that the
    /// program's callbacks throw into code the engine cannot see, of the types it can hold, less those that an
    /// earlier catch of its try took whole.
    /// </summary>
    internal sealed class EscapeCatch
    {
        public EscapeCatch(ILocalSymbol local, ITypeSymbol? catchType, ImmutableArray<ITypeSymbol> takenEarlier)
        {
            Local = local;
            CatchType = catchType;
            TakenEarlier = takenEarlier;
        }

        public ILocalSymbol Local { get; }
        public ITypeSymbol? CatchType { get; }
        public ImmutableArray<ITypeSymbol> TakenEarlier { get; }
    }
}
