using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Follows personal data through one method body on its control-flow graph: a forward data-flow
    /// analysis to a fixpoint, flow-sensitive (a value overwritten before the sink is clean) and
    /// field-sensitive. Calls into the compilation use the callees' summaries; lambdas and local
    /// functions are analyzed where they are called, with the caller's state.
    /// </summary>
    internal sealed partial class MethodFlowAnalysis
    {
        private const int MaxPasses = EngineLimits.PassesPerMethod;
        private const int MaxNestedFunctions = EngineLimits.NestedFunctions;

        /// <summary>Set when a loop of this method was still changing after <see cref="MaxPasses"/>.</summary>
        private bool _passesExhausted;

        private readonly FlowEngine _engine;
        private readonly SummaryRequest _request;
        private readonly IMethodSymbol _method;
        private readonly HitCollector _hits;
        private readonly FieldWriteCollector _fieldWrites;
        private readonly int _nesting;
        private readonly HashSet<IFlowAnonymousFunctionOperation> _invoked;
        private readonly WorkBudget _budget;
        private ControlFlowGraph _cfg = null!;

        /// <summary>Branches a fixed condition rules out; lambdas and local functions share their method's.</summary>
        private ConstantConditions? _conditions;
        private AbstractValue _returnValue = AbstractValue.Empty;

        /// <summary>What the exceptions thrown here or by callees carry, for the callers' <c>catch</c> clauses.</summary>
        private ThrownExceptions _thrown = ThrownExceptions.None;

        /// <summary>The same, per block of this method's graph, for its own <c>catch</c> clauses (each gets what its <c>try</c> threw).</summary>
        private readonly Dictionary<int, ThrownExceptions> _thrownInBlock = new Dictionary<int, ThrownExceptions>();

        /// <summary>Catches that receive what the program's callbacks throw through code the engine cannot see.</summary>
        private readonly List<EscapeCatch> _escapeCatches = new List<EscapeCatch>();

        /// <summary>Blocks that call code the engine cannot see and that may run the program's callbacks (an unknown delegate, a framework method given one).</summary>
        private readonly HashSet<int> _runsCallbacks = new HashSet<int>();

        private BasicBlock? _currentBlock;

        /// <summary>Set for a delegate or method whose return values a sink receives (an AI model's tool): each return is reported.</summary>
        private SinkInfo? _returnSink;

        private readonly List<FunctionWrite> _functionWrites = new List<FunctionWrite>();
        private readonly List<DelegateCall> _delegateCalls = new List<DelegateCall>();

        /// <summary>Where each call of <see cref="_delegateCalls"/> stands: a loop's later passes replace its earlier record.</summary>
        private readonly Dictionary<IOperation, int> _delegateCallIndex = new Dictionary<IOperation, int>();

        /// <summary>
        /// Captures of assignable references (<c>Store.Last = ...</c> is lowered to a capture of <c>Store.Last</c>, then an
        /// assignment to the capture): an assignment to the capture writes the member it stands for.
        /// </summary>
        private readonly Dictionary<CaptureId, IOperation> _capturedReferences = new Dictionary<CaptureId, IOperation>();

        private MethodFlowAnalysis(FlowEngine engine, SummaryRequest request, IMethodSymbol method, HitCollector hits, FieldWriteCollector fieldWrites, int nesting,
            WorkBudget budget, HashSet<IFlowAnonymousFunctionOperation>? invoked = null)
        {
            _budget = budget;
            _request = request;
            _invoked = invoked ?? new HashSet<IFlowAnonymousFunctionOperation>();
            _engine = engine;
            _method = method;
            _hits = hits;
            _fieldWrites = fieldWrites;
            _nesting = nesting;
        }

        /// <summary>Analyzes a method body and returns its summary.</summary>
        public static MethodSummary Summarize(FlowEngine engine, SummaryRequest request, IMethodSymbol method, ControlFlowGraph cfg, WorkBudget? budget = null)
        {
            var hits = new HitCollector();
            var fieldWrites = new FieldWriteCollector();
            var analysis = new MethodFlowAnalysis(engine, request, method, hits, fieldWrites, 0, budget ?? new WorkBudget()) { _returnSink = engine.Model.ReturnSink(method) };
            var entry = analysis.InitialState();
            FlowState exit;
            try
            {
                exit = analysis.Run(cfg, entry);
                analysis.RunUninvokedLambdas(cfg, exit);
            }
            catch (WorkBudgetExceededException)
            {
                return MethodSummary.PassThrough(method, EngineLimits.WorkBudgetName);
            }

            var parametersAtExit = ImmutableDictionary.CreateBuilder<int, AbstractValue>();
            foreach (var parameter in method.Parameters)
            {
                var value = exit.Get(parameter);
                if (!value.Members.IsEmpty || parameter.RefKind is RefKind.Ref or RefKind.Out)
                {
                    parametersAtExit[parameter.Ordinal] = value.WithoutAllocations();
                }
            }

            if (!method.IsStatic && !exit.Get(FlowState.This).Members.IsEmpty)
            {
                parametersAtExit[-1] = exit.Get(FlowState.This).WithoutAllocations();
            }

            return new MethodSummary(analysis._returnValue.WithoutAllocations(), parametersAtExit.ToImmutable(), hits.Placeholders(engine.WaitsForConsent), hits.Concrete(engine.WaitsForConsent), fieldWrites.ToImmutable(),
                analysis._passesExhausted ? EngineLimits.PassesName : null, analysis._thrown.Select(v => v.WithoutAllocations()),
                analysis._functionWrites.ToImmutableArray(), analysis._delegateCalls.ToImmutableArray(), analysis._escapeCatches.ToImmutableArray(),
                parametersAtExit.Count == 0 ? null : AlwaysWrittenMembers.Find(cfg, engine.IsTrackedMember, MemberKey))
            {
                Method = method,
                DeferredHits = hits.Deferred(engine.WaitsForConsent),
                CallBindings = fieldWrites.Bindings(),
            };
        }

        /// <summary>What a parameter's annotations (<c>[PersonalData]</c>, classifications, rules files) declare it carries.</summary>
        private Taint ParameterSources(IParameterSymbol parameter)
        {
            var taint = Taint.Empty;
            foreach (var category in _engine.Model.SourceCategories(parameter))
            {
                var location = parameter.Locations.FirstOrDefault() ?? Location.None;
                taint = taint.Add(Origin.Source(category, Configuration.PrivacyModel.ParameterSourceName(parameter), location), null);
            }

            return taint;
        }

        private FlowState InitialState()
        {
            var state = new FlowState();
            foreach (var parameter in _method.Parameters)
            {
                var taint = parameter.RefKind == RefKind.Out ? Taint.Empty : Taint.Of(Origin.Parameter(parameter.Ordinal));
                state.Set(parameter, AbstractValue.Of(taint.Join(ParameterSources(parameter))));
            }

            if (!_method.IsStatic)
            {
                state.Set(FlowState.This, AbstractValue.Of(Taint.Of(Origin.Parameter(-1))));
            }

            return state;
        }

        /// <summary>
        /// Runs the graph from <paramref name="entry"/> to a fixpoint; returns the state at exit. Blocks are
        /// visited in order and only again when an input changed, so a graph without loops is visited once.
        /// </summary>
        private FlowState Run(ControlFlowGraph cfg, FlowState entry)
        {
            var previousCfg = _cfg;
            _cfg = cfg;
            _conditions ??= new ConstantConditions(cfg.OriginalOperation);
            var blocks = cfg.Blocks;
            var outputs = new FlowState?[blocks.Length];
            var dirty = new bool[blocks.Length];
            for (var i = 0; i < dirty.Length; i++)
            {
                dirty[i] = blocks[i].IsReachable;
            }

            var handlers = blocks.Where(b => b.IsReachable && b.Predecessors.IsEmpty && b.Kind != BasicBlockKind.Entry).Select(b => b.Ordinal).ToArray();
            var runsOnce = handlers.Length == 0 && !HasBackEdge(blocks);
            var exit = new FlowState();
            var accumulated = new FlowState();
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                _request.CancellationToken.ThrowIfCancellationRequested();
                var changed = false;
                foreach (var block in blocks)
                {
                    if (!dirty[block.Ordinal] || !block.IsReachable)
                    {
                        continue;
                    }

                    dirty[block.Ordinal] = false;
                    if (BlockInput(block, entry, outputs, accumulated, runsOnce) is not { } input)
                    {
                        continue; // no predecessor reaches it yet, or only through branches that are never taken
                    }

                    if (block.Kind == BasicBlockKind.Exit)
                    {
                        exit = input;
                    }

                    var output = Transfer(block, input);
                    if (outputs[block.Ordinal] is { } previous)
                    {
                        if (!previous.JoinWith(output, _budget))
                        {
                            continue;
                        }
                    }
                    else
                    {
                        outputs[block.Ordinal] = output;
                    }

                    changed = true;
                    if (handlers.Length > 0)
                    {
                        accumulated.JoinWith(output, _budget); // only catch and finally blocks start from it
                    }

                    MarkSuccessors(block, handlers, dirty, blocks.Length - 1);
                }

                if (!changed)
                {
                    break;
                }

                _passesExhausted |= pass == MaxPasses - 1;
            }

            _cfg = previousCfg;
            return exit;
        }

        private static bool HasBackEdge(ImmutableArray<BasicBlock> blocks)
        {
            foreach (var block in blocks)
            {
                if (block.FallThroughSuccessor?.Destination is { } next && next.Ordinal <= block.Ordinal
                    || block.ConditionalSuccessor?.Destination is { } branch && branch.Ordinal <= block.Ordinal)
                {
                    return true;
                }
            }

            return false;
        }

        private static int SuccessorCount(BasicBlock block) =>
            (block.FallThroughSuccessor?.Destination != null ? 1 : 0) + (block.ConditionalSuccessor?.Destination != null ? 1 : 0);

        /// <summary>A changed block makes its successors, and the handlers that may start from any state, run again.</summary>
        private static void MarkSuccessors(BasicBlock block, int[] handlers, bool[] dirty, int exit)
        {
            if (block.FallThroughSuccessor?.Destination is { } next)
            {
                dirty[next.Ordinal] = true;
            }

            if (block.ConditionalSuccessor?.Destination is { } branch)
            {
                dirty[branch.Ordinal] = true;
            }

            foreach (var handler in handlers)
            {
                dirty[handler] = true;
            }

            // Leaving a try through finally has no ordinary edge: the exit may be reached from any block.
            dirty[exit] = true;
        }

        /// <param name="runsOnce">
        /// No loop and no handler: every block runs once, in order, so the state a block leaves to its only successor is read
        /// by nobody else and passes on without a copy (the caller's entry state too, which is not read after the run).
        /// </param>
        private FlowState? BlockInput(BasicBlock block, FlowState entry, FlowState?[] outputs, FlowState accumulated, bool runsOnce)
        {
            if (block.Kind == BasicBlockKind.Entry)
            {
                return runsOnce ? entry : entry.Clone();
            }

            FlowState? input = null;
            foreach (var branch in block.Predecessors)
            {
                if (outputs[branch.Source.Ordinal] is { } predecessor && !_conditions!.NeverTaken(branch))
                {
                    if (input == null)
                    {
                        input = AlongEdge(branch, predecessor, copy: !(runsOnce && block.Predecessors.Length == 1 && SuccessorCount(branch.Source) == 1));
                    }
                    else
                    {
                        input.JoinWith(AlongEdge(branch, predecessor, copy: false));
                    }
                }
            }

            // Catch and finally blocks have no ordinary predecessors: they may start from any state of the try.
            return input ?? (block.Predecessors.IsEmpty ? accumulated.Clone() : null);
        }

        private FlowState Transfer(BasicBlock block, FlowState state)
        {
            _currentBlock = block;
            foreach (var operation in block.Operations)
            {
                Evaluate(operation, state);
            }

            if (block.BranchValue is { } branchValue)
            {
                var value = Evaluate(branchValue, state);
                if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Throw)
                {
                    Throw(WithoutImplicitConversion(branchValue).Type, value.IsEmpty ? value : value.WithStep(branchValue.Syntax.Parent?.GetLocation() ?? branchValue.Syntax.GetLocation()));
                }

                if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return && _returnSink != null)
                {
                    ReportSink(_returnSink, branchValue, value, state);
                }

                if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
                {
                    // The step is the return statement (or the => body), not the returned expression itself.
                    var returned = branchValue.Syntax.Parent is { } parent && parent.RawKind is (int)SyntaxKind.ReturnStatement or (int)SyntaxKind.ArrowExpressionClause
                        ? parent : branchValue.Syntax;
                    _returnValue = _returnValue.Join(value.IsEmpty ? value : value.WithStep(returned.GetLocation()));
                }
            }

            return state;
        }

        /// <summary>Analyzes a lambda or local function called here with <paramref name="arguments"/>; returns what it returns.</summary>
        private AbstractValue InvokeFunction(ControlFlowGraph? cfg, IMethodSymbol symbol, IReadOnlyList<AbstractValue> arguments, FlowState callerState, SinkInfo? returnSink = null, bool escapes = false)
        {
            if (cfg == null || _nesting >= MaxNestedFunctions)
            {
                return AbstractValue.Of(JoinAll(arguments));
            }

            var nested = new MethodFlowAnalysis(_engine, _request, symbol, _hits, _fieldWrites, _nesting + 1, _budget, _invoked) { _returnSink = returnSink, _conditions = _conditions };
            var entry = callerState.Clone();
            for (var i = 0; i < symbol.Parameters.Length; i++)
            {
                // [PersonalData] on a lambda's parameter (a minimal-API handler) makes it a source, whatever it is called with.
                var sources = ParameterSources(symbol.Parameters[i]);
                var argument = i < arguments.Count ? arguments[i] : AbstractValue.Empty;
                entry.Set(symbol.Parameters[i], sources.IsEmpty ? argument : argument.Join(AbstractValue.Of(sources)));
            }

            nested.Run(cfg, entry);

            // What the function stored, called or threw belongs to this method's summary.
            foreach (var write in nested._functionWrites)
            {
                AddFunctionWrite(write);
            }

            foreach (var pair in nested._delegateCallIndex)
            {
                AddDelegateCall(pair.Key, nested._delegateCalls[pair.Value]);
            }
            Throw(nested._thrown);
            _escapeCatches.AddRange(nested._escapeCatches);
            if (escapes)
            {
                RecordEscaped(nested._thrown);
            }

            return nested._returnValue;
        }

        /// <summary>
        /// Lambdas the method creates but never calls itself (event handlers, callbacks handed to code
        /// the engine cannot see) may still run: analyze each once, with what it captures at exit.
        /// </summary>
        private void RunUninvokedLambdas(ControlFlowGraph cfg, FlowState exit)
        {
            _cfg = cfg;
            foreach (var block in cfg.Blocks)
            {
                foreach (var operation in block.Operations)
                {
                    foreach (var lambda in operation.DescendantsAndSelf().OfType<IFlowAnonymousFunctionOperation>())
                    {
                        if (!_invoked.Contains(lambda))
                        {
                            InvokeFunction(LambdaGraph(lambda), lambda.Symbol, System.Array.Empty<AbstractValue>(), exit, escapes: true);
                        }
                    }
                }
            }
        }

        private static Taint JoinAll(IEnumerable<AbstractValue> values)
        {
            var result = Taint.Empty;
            foreach (var value in values)
            {
                result = result.Join(value.AllTaint());
            }

            return result;
        }
    }
}
