namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Every bound the flow engine applies, in one place. Each keeps a build's cost proportional to its size on real
    /// libraries; each is far above what ordinary service code needs. Where a bound can make a method's result an
    /// approximation (the work budget, a loop that did not settle), the method gets PRIV901 naming the bound; the
    /// others only shorten what is shown (paths) or merge what is kept (facts, nesting), and are listed in
    /// docs/performance.md.
    /// </summary>
    internal static class EngineLimits
    {
        /// <summary>Operations evaluated and facts carried per method; past it the method returns what it is given (PRIV901).</summary>
        public const int WorkBudget = 100_000;

        /// <summary>Passes over a method's control-flow graph to reach a fixpoint in loops; a loop still changing after them gets PRIV901.</summary>
        public const int PassesPerMethod = 12;

        /// <summary>Lambdas and local functions followed inside one another at a call; deeper ones return what they are given.</summary>
        public const int NestedFunctions = 4;

        /// <summary>Implementations of one virtual or interface method followed at a call; the rest are left out (the first in declaration order are kept).</summary>
        public const int ImplementationsPerCall = 16;

        /// <summary>Rounds of copying field contents into other fields at compilation end.</summary>
        public const int FieldRounds = 8;

        /// <summary>Member paths one field keeps apart at compilation end; past it deeper paths merge into its direct members, or all into the field.</summary>
        public const int PathsPerField = 32;

        /// <summary>Distinct origins one value keeps; past it the longest paths are dropped first.</summary>
        public const int FactsPerValue = 64;

        /// <summary>Nesting of members kept apart in one value (<c>order.Customer.Address.City</c>); deeper ones are merged into their owner.</summary>
        public const int MemberDepth = 3;

        /// <summary>
        /// Placeholders for members of fields (<c>stream.BaseStream.position</c>) that a number a callee computed from a
        /// caller's object keeps apart; past it they stand for their whole fields. A parser's offsets would otherwise carry
        /// every path of its state into every loop that calls it.
        /// </summary>
        public const int FieldPathsPerNumber = 8;

        /// <summary>Parameter placeholders of one method (<c>order</c>, <c>order.Customer</c>...) that reach fields and are resolved apart at compilation end; past it, member placeholders stand for their whole parameter.</summary>
        public const int ParameterNodesPerMethod = 1024;

        /// <summary>Steps of a path kept for a diagnostic; a longer path shows its first steps, then the sink.</summary>
        public const int PathLength = 32;

        /// <summary>The name PRIV901 gives the work budget.</summary>
        public const string WorkBudgetName = "work budget";

        /// <summary>The name PRIV901 gives the passes bound.</summary>
        public const string PassesName = "passes per method";
    }
}
