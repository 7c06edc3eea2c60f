using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What the engine knows of one value: the origins it carries itself, what its members and
    /// elements carry (field-sensitive, a few levels deep), the lambdas and methods it may refer to
    /// when it is a delegate, and whether it was allocated in the method being analyzed.
    /// </summary>
    internal sealed class AbstractValue
    {
        /// <summary>Key under which collections keep their elements.</summary>
        public const string Element = "[]";

        private const int MaxDepth = EngineLimits.MemberDepth;

        public static readonly AbstractValue Empty = new AbstractValue(Taint.Empty, SmallMap<string, AbstractValue>.Empty, ImmutableArray<object>.Empty, fresh: false);
        public static readonly AbstractValue FreshEmpty = new AbstractValue(Taint.Empty, SmallMap<string, AbstractValue>.Empty, ImmutableArray<object>.Empty, fresh: true);

        private AbstractValue(Taint direct, SmallMap<string, AbstractValue> members, ImmutableArray<object> functions, bool fresh, IOperation? allocation = null)
        {
            Direct = direct;
            Members = members;
            Functions = functions;
            Fresh = fresh;
            Allocation = allocation;
        }

        public Taint Direct { get; }

        public SmallMap<string, AbstractValue> Members { get; }

        /// <summary><see cref="IFlowAnonymousFunctionOperation"/>s and <see cref="IMethodSymbol"/>s a delegate may call.</summary>
        public ImmutableArray<object> Functions { get; }

        /// <summary>Allocated in this method: its members hold only what this method wrote.</summary>
        public bool Fresh { get; }

        /// <summary>The <c>new</c> that made this object in the method being analyzed, so that aliases see the same writes.</summary>
        public IOperation? Allocation { get; }

        /// <summary>A fresh object made by <paramref name="creation"/>.</summary>
        public static AbstractValue AllocatedBy(IOperation creation) =>
            new AbstractValue(Taint.Empty, SmallMap<string, AbstractValue>.Empty, ImmutableArray<object>.Empty, true, creation);

        public bool IsEmpty => Direct.IsEmpty && Members.IsEmpty && Functions.IsEmpty;

        public static AbstractValue Of(Taint taint) => taint.IsEmpty ? Empty : new AbstractValue(taint, SmallMap<string, AbstractValue>.Empty, ImmutableArray<object>.Empty, false);

        public static AbstractValue OfFunction(object function) =>
            new AbstractValue(Taint.Empty, SmallMap<string, AbstractValue>.Empty, ImmutableArray.Create(function), false);

        public AbstractValue WithDirect(Taint direct) => new AbstractValue(direct, Members, Functions, Fresh, Allocation);

        /// <summary>
        /// The value without the allocations that made it: they mean something only inside the method that
        /// made them, and a summary that kept them would keep that method's operation tree, and its semantic
        /// model, alive for the whole compilation.
        /// </summary>
        public AbstractValue WithoutAllocations() =>
            HasAllocations() ? new AbstractValue(Direct, Members.Select(member => member.WithoutAllocations()), Functions, Fresh) : this;

        private bool HasAllocations()
        {
            if (Allocation != null)
            {
                return true;
            }

            foreach (var member in Members)
            {
                if (member.Value.HasAllocations())
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A value computed from this one (a number, a flag): everything it carries as its own taint, no members kept apart,
        /// and its parameter placeholders <see cref="Origin.Derived"/>, so that callers resolve them the same way. With
        /// <paramref name="wholeFields"/>, what it holds from fields counts as the whole field: a number a callee made from a
        /// caller's parser would otherwise carry every path of the parser's state.
        /// </summary>
        public AbstractValue Derived(bool wholeFields = false)
        {
            if (IsEmpty)
            {
                return this; // the shared empty values are never written
            }

            if (wholeFields)
            {
                return DerivedFrom(AllTaint().Derived(wholeFields: true));
            }

            return _derived ??= DerivedFrom(AllTaint().Derived()); // asked at every evaluation of a number: kept, as AllTaint is
        }

        private AbstractValue? _derived;

        private AbstractValue DerivedFrom(Taint taint) =>
            Members.IsEmpty && ReferenceEquals(taint, Direct) ? this : new AbstractValue(taint, SmallMap<string, AbstractValue>.Empty, Functions, fresh: false);

        public AbstractValue AsFresh() => Fresh ? this : new AbstractValue(Direct, Members, Functions, true, Allocation);

        public AbstractValue Member(string name) => Members.TryGetValue(name, out var value) ? value : Empty;

        /// <summary>A strong update: the member now holds exactly <paramref name="value"/>.</summary>
        public AbstractValue SetMember(string name, AbstractValue value, int depth = 0)
        {
            if (depth >= MaxDepth)
            {
                return WithDirect(Direct.Join(value.AllTaint()));
            }

            return new AbstractValue(Direct, value.IsEmpty ? Members.Remove(name) : Members.SetItem(name, value.Truncate(MaxDepth - depth - 1)), Functions, Fresh, Allocation);
        }

        /// <summary>A weak update: the member may also hold <paramref name="value"/> (collection elements).</summary>
        public AbstractValue AddToMember(string name, AbstractValue value) => SetMember(name, Member(name).Join(value));

        /// <summary>
        /// Everything the value and its members carry, flattened. Joined on first use and kept (values never change, and
        /// a race joins the same taint twice, harmlessly): callers ask often, and most values are never asked.
        /// </summary>
        public Taint AllTaint()
        {
            if (Members.IsEmpty)
            {
                return Direct;
            }

            if (_allTaint == null)
            {
                var result = Direct;
                foreach (var member in Members)
                {
                    result = result.Join(member.Value.AllTaint());
                }

                _allTaint = result;
            }

            return _allTaint;
        }

        private Taint? _allTaint;

        /// <summary>
        /// What storing the value at <paramref name="path"/> of a field records, path by path: its own facts, and each
        /// member's apart a few levels deep (at <see cref="EngineLimits.MemberDepth"/>, everything below it together).
        /// </summary>
        public IEnumerable<(string Path, Taint Taint)> StoredAt(string path)
        {
            var depth = path.Length == 0 ? 0 : 1 + path.Count(c => c == '.');
            var own = depth >= MaxDepth ? AllTaint() : Direct;
            if (!own.IsEmpty)
            {
                yield return (path, own);
            }

            if (depth >= MaxDepth)
            {
                yield break;
            }

            foreach (var member in Members)
            {
                if (!member.Value.AllTaint().IsEmpty)
                {
                    foreach (var stored in member.Value.StoredAt(path.Length == 0 ? member.Key : path + "." + member.Key))
                    {
                        yield return stored;
                    }
                }
            }
        }

        /// <summary>Facts and members of the value and its members: what walking it costs. Kept, as <see cref="AllTaint"/> is.</summary>
        public int Size
        {
            get
            {
                if (_size == 0)
                {
                    var size = 1 + Direct.Facts.Count;
                    foreach (var member in Members)
                    {
                        size += member.Value.Size;
                    }

                    _size = size;
                }

                return _size;
            }
        }

        private int _size;

        public AbstractValue Join(AbstractValue other)
        {
            if (ReferenceEquals(this, other) || other.IsEmpty && (Fresh || !other.Fresh))
            {
                return this;
            }

            if (IsEmpty && (other.Fresh || !Fresh))
            {
                return other;
            }

            var members = Members;
            foreach (var pair in other.Members)
            {
                members = members.SetItem(pair.Key, members.TryGetValue(pair.Key, out var mine) ? mine.Join(pair.Value) : pair.Value);
            }

            var functions = Functions;
            foreach (var function in other.Functions)
            {
                if (!functions.Contains(function))
                {
                    functions = functions.Add(function);
                }
            }

            // Joined with a value of unknown allocation, the members may hold what others wrote.
            return new AbstractValue(Direct.Join(other.Direct), members, functions, Fresh && other.Fresh,
                ReferenceEquals(Allocation, other.Allocation) ? Allocation : null);
        }

        /// <summary>What <paramref name="after"/> holds that <paramref name="before"/> did not: origins, member by member, and delegates.</summary>
        public static AbstractValue Added(AbstractValue before, AbstractValue after)
        {
            if (ReferenceEquals(before, after) || after.IsEmpty)
            {
                return Empty;
            }

            var members = SmallMap<string, AbstractValue>.Empty;
            foreach (var member in after.Members)
            {
                var added = Added(before.Member(member.Key), member.Value);
                if (!added.IsEmpty)
                {
                    members = members.SetItem(member.Key, added);
                }
            }

            var functions = ImmutableArray.CreateBuilder<object>();
            foreach (var function in after.Functions)
            {
                if (!before.Functions.Contains(function))
                {
                    functions.Add(function);
                }
            }

            return new AbstractValue(after.Direct.Except(before.Direct), members, functions.ToImmutable(), fresh: false);
        }

        public AbstractValue WithStep(Location location)
        {
            if (IsEmpty)
            {
                return this;
            }

            return new AbstractValue(Direct.WithStep(location), Members.Select(location, static (member, at) => member.WithStep(at)), Functions, Fresh, Allocation);
        }

        public bool SameAs(AbstractValue other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (Fresh != other.Fresh || !ReferenceEquals(Allocation, other.Allocation) || !Direct.SameAs(other.Direct) || Members.Count != other.Members.Count || Functions.Length != other.Functions.Length)
            {
                return false;
            }

            foreach (var pair in Members)
            {
                if (!other.Members.TryGetValue(pair.Key, out var theirs) || !pair.Value.SameAs(theirs))
                {
                    return false;
                }
            }

            return true;
        }

        private AbstractValue Truncate(int depth)
        {
            if (Members.IsEmpty)
            {
                return this;
            }

            if (depth <= 0)
            {
                return new AbstractValue(AllTaint(), SmallMap<string, AbstractValue>.Empty, Functions, Fresh, Allocation);
            }

            return new AbstractValue(Direct, Members.Select(depth - 1, static (member, d) => member.Truncate(d)), Functions, Fresh, Allocation);
        }
    }
}
