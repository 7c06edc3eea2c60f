using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The demand side of the gate: may a method hand anything to a sink? Itself (a sink handed more than constants; an
    /// HTTP send to a host the model resolves), through a callee of the compilation whose summary passes on what it is
    /// given (any implementation of a virtual call), through an operator, conversion, enumerator, <c>Dispose</c> or
    /// <c>ToString</c> the compilation declares, or through a delegate it invokes. A method that touches personal data but
    /// can reach no sink can find no flow: the engine defers it (<see cref="DeferredMethod"/>) until a flow found
    /// elsewhere needs what it writes. Answered once per method.
    /// </summary>
    internal sealed partial class SinkReach
    {
        private static readonly ImmutableArray<IArgumentOperation> NoArguments = ImmutableArray<IArgumentOperation>.Empty;
        private readonly FlowEngine _engine;
        private readonly MethodQuestion _reaches;

        public SinkReach(FlowEngine engine)
        {
            _engine = engine;
            _reaches = new MethodQuestion(Compute);
        }

        /// <summary>Whether a call to <paramref name="method"/> may reach a sink.</summary>
        public bool MayReach(IMethodSymbol method, SummaryRequest request) => _reaches.Ask(method, request);

        /// <summary>
        /// What a body shows by itself (no other body is read): whether it reaches a sink of its own, and the facts a
        /// deferred method keeps, with the callees whose answer decides the rest (<see cref="Decide"/>).
        /// </summary>
        public ReachScan Scan(IMethodSymbol method, IOperation body, SummaryRequest request)
        {
            var record = new DeferredMethod.Builder();
            var local = _engine.Model.ReturnSink(method) != null || Walk(body, request, record);
            return new ReachScan(local, record.StoresDelegate, record.Build(method));
        }

        /// <summary>Whether the scanned method may reach a sink: by itself, or through a callee (asked in the order it calls them).</summary>
        public bool Decide(ReachScan scan, SummaryRequest request) =>
            scan.Local || scan.Facts.Callees.Any(callee => MayReach(callee, request) && HandsOnWhatItIsGiven(callee, request));

        private bool Compute(IMethodSymbol method, SummaryRequest request)
        {
            if (_engine.Model.ReturnSink(method) != null)
            {
                return true;
            }

            foreach (var implementation in _engine.GetImplementations(method))
            {
                if (_engine.ScanOf(implementation, request.CancellationToken) is { } scan && Decide(scan.Reach, request))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Walk(IOperation body, SummaryRequest request, DeferredMethod.Builder? record)
        {
            foreach (var operation in body.Descendants())
            {
                if (Reaches(operation, request, record))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Reaches(IOperation operation, SummaryRequest request, DeferredMethod.Builder? record)
        {
            var model = _engine.Model;
            switch (operation)
            {
                case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke } invocation:
                    return DelegateCallReaches(invocation, request, record);
                case IInvocationOperation invocation:
                    return CallReaches(invocation.TargetMethod, invocation.Arguments, request, record);
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    return CallReaches(constructor, creation.Arguments, request, record);
                case IPropertyReferenceOperation reference:
                    // A write runs the setter (a sink, or a body of the compilation); a read runs the getter.
                    var property = reference.Property;
                    if (MemberWrites.IsWrite(reference))
                    {
                        Mention(reference.Member, record);
                        if (model.PropertySink(property.OriginalDefinition) != null || model.PropertySink(property) != null
                            || CallReaches(property.SetMethod, reference.Arguments, request, record))
                        {
                            return true;
                        }
                    }

                    return CallReaches(property.GetMethod, reference.Arguments, request, record);
                case IMethodReferenceOperation method:
                    return CallReaches(method.Method, NoArguments, request, record); // the delegate will run it
                case IMemberReferenceOperation member:
                    if (MemberWrites.IsWrite(member))
                    {
                        Mention(member.Member, record);
                    }

                    return false;
                case IEventAssignmentOperation { Adds: true } added when record != null:
                    record.StoresDelegate |= !RunsWhatTheWalkSees(added.HandlerValue); // handlers added here run where the event is raised
                    return false;
                case IBinaryOperation { OperatorMethod: { } binary }:
                    return CallReaches(binary, NoArguments, request, record);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                    return ToStringReaches(concatenation.LeftOperand, request, record) || ToStringReaches(concatenation.RightOperand, request, record);
                case IInterpolationOperation interpolation:
                    return ToStringReaches(interpolation.Expression, request, record);
                case IUnaryOperation { OperatorMethod: { } unary }:
                    return CallReaches(unary, NoArguments, request, record);
                case IConversionOperation { OperatorMethod: { } conversion }:
                    return CallReaches(conversion, NoArguments, request, record);
                case IForEachLoopOperation loop:
                    return LoopReaches(loop, request, record);
                case IUsingOperation or IUsingDeclarationOperation:
                    return DisposeReaches(operation, request, record);
                case IThrowOperation { Exception: not null } when record != null && InsideFunction(operation):
                    record.ThrowsFromCallback = true;
                    return false;
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation, Value: IDelegateCreationOperation stored } when record != null:
                    record.StoresDelegate |= !RunsWhatTheWalkSees(stored);
                    return false;
                default:
                    return false;
            }
        }

        /// <summary>
        /// A stored lambda or method group: the walk itself asks whether what it runs may reach a sink (the lambda's body is
        /// part of the walk, the method is a callee), as <see cref="FunctionReaches"/> would at compilation end, so storing
        /// it alone does not keep the method out of deferral. Any other delegate (a parameter, a field's) may run anything.
        /// </summary>
        private static bool RunsWhatTheWalkSees(IOperation stored)
        {
            while (stored is IConversionOperation or IParenthesizedOperation)
            {
                stored = stored is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)stored).Operand;
            }

            return stored is IDelegateCreationOperation { Target: IMethodReferenceOperation or IAnonymousFunctionOperation } or IAnonymousFunctionOperation;
        }

        /// <summary>A call is a sink (the method, one of its parameters), or runs a body of the compilation that may reach one.</summary>
        private bool CallReaches(IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments, SummaryRequest request, DeferredMethod.Builder? record)
        {
            if (method == null)
            {
                return false;
            }

            // A sink handed only constants (a log line of literal text) can receive nothing personal; an HTTP send is a
            // sink only for a host the model resolves from the call (as the flow analysis does), so an unknown one is none.
            var model = _engine.Model;
            if ((model.MethodSink(method) ?? model.MethodSink(method.OriginalDefinition)) is { } sink && arguments.Any(IsVariable)
                && (sink.HostOf == null || arguments[0].Parent is not IInvocationOperation call
                    || model.Http.Resolve(sink, call, request.CancellationToken) != null))
            {
                return true;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && model.ParameterSink(parameter.OriginalDefinition) != null && IsVariable(argument))
                {
                    return true;
                }
            }

            if (_engine.GetImplementations(method).IsEmpty)
            {
                return false;
            }

            var callee = FlowEngine.Definition(method);
            if (record != null)
            {
                record.AddCallee(callee); // a scan: asked in Decide, once every body may have been scanned
                return false;
            }

            return MayReach(callee, request) && HandsOnWhatItIsGiven(callee, request);
        }

        /// <summary>
        /// Whether what a caller passes (arguments, receiver) can reach a sink inside a callee that may reach one: its
        /// summary (computed now: such callees are few) says so with a flow from a parameter, or one waiting for its
        /// callers' consent checks. A callee that logs only what it reads itself (an exception it caught, a field) is
        /// analyzed on its own; its callers need not be.
        /// </summary>
        private bool HandsOnWhatItIsGiven(IMethodSymbol callee, SummaryRequest request)
        {
            foreach (var implementation in _engine.GetImplementations(callee))
            {
                var summary = _engine.GetSummary(implementation, request);
                if (!summary.DeferredHits.IsEmpty || summary.PlaceholderHits.Any(h => h.Origin.Kind == OriginKind.Parameter))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An argument that is not a compile-time constant (a <c>params</c> array counts by its elements).</summary>
        private static bool IsVariable(IArgumentOperation argument) => argument.Value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } when argument.ArgumentKind == ArgumentKind.ParamArray =>
                initializer.ElementValues.Any(e => !e.ConstantValue.HasValue),
            var value => !value.ConstantValue.HasValue,
        };

        // Its own method: lambdas capturing the parameters of Reaches made every call of it allocate their closure.
        private bool LoopReaches(IForEachLoopOperation loop, SummaryRequest request, DeferredMethod.Builder? record) =>
            DeclaredMethods(UnconvertedType(loop.Collection), "GetEnumerator", "GetAsyncEnumerator").Any(getEnumerator =>
                CallReaches(getEnumerator, NoArguments, request, record)
                || DeclaredMethods(getEnumerator.ReturnType, "MoveNext", "MoveNextAsync", "get_Current", "Dispose", "DisposeAsync")
                    .Any(m => CallReaches(m, NoArguments, request, record)));

        /// <summary>String concatenation and interpolation call the operand's <c>ToString</c>: an override of the compilation may reach a sink.</summary>
        private bool ToStringReaches(IOperation operand, SummaryRequest request, DeferredMethod.Builder? record)
        {
            var type = UnconvertedType(operand);
            return type != null && type.SpecialType == SpecialType.None
                && DeclaredMethods(type, "ToString").Any(m => CallReaches(m, NoArguments, request, record));
        }

        private bool DisposeReaches(IOperation operation, SummaryRequest request, DeferredMethod.Builder? record)
        {
            var resources = operation switch
            {
                IUsingOperation @using => @using.Resources,
                IUsingDeclarationOperation declaration => declaration.DeclarationGroup,
                _ => null,
            };
            var types = resources is IVariableDeclarationGroupOperation group
                ? group.Declarations.SelectMany(d => d.Declarators).Select(d => (ITypeSymbol?)d.Symbol.Type)
                : new[] { resources == null ? null : UnconvertedType(resources) };
            return types.SelectMany(t => DeclaredMethods(t, "Dispose", "DisposeAsync")).Any(m => CallReaches(m, NoArguments, request, record));
        }

        /// <summary>Methods the compiler calls by name (an enumerator's, <c>Dispose</c>, an implicit <c>ToString</c>), where the compilation declares them.</summary>
        private IEnumerable<IMethodSymbol> DeclaredMethods(ITypeSymbol? type, params string[] names)
        {
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.ContainingAssembly, _engine.Compilation.Assembly))
                {
                    foreach (var method in names.SelectMany(n => current.GetMembers(n)).OfType<IMethodSymbol>())
                    {
                        yield return method;
                    }
                }
            }
        }

        /// <summary>Inside a lambda or local function: code that unseen code may run as a callback.</summary>
        private static bool InsideFunction(IOperation operation)
        {
            for (var parent = operation.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static ITypeSymbol? UnconvertedType(IOperation operation) =>
            operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand.Type : operation.Type;

        private void Mention(ISymbol member, DeferredMethod.Builder? record)
        {
            if (record != null && _engine.IsTrackedMember(member))
            {
                record.Members.Add(member.OriginalDefinition);
            }
        }
    }
}
