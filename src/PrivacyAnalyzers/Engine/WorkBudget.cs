using System;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// How much work the analysis of one method may do (operations evaluated, facts carried across calls).
    /// Real libraries have methods whose taints, multiplied along deep call chains, would keep the engine
    /// busy for minutes; past the budget the method gets a conservative summary instead, so a build always
    /// finishes in time proportional to its size.
    /// </summary>
    internal sealed class WorkBudget
    {
        /// <summary>Far above what any method of the benchmark codebases needs.</summary>
        public const int DefaultLimit = EngineLimits.WorkBudget;

        private readonly int _limit;
        private int _spent;

        public WorkBudget(int limit = DefaultLimit)
        {
            _limit = limit;
        }

        public void Spend(int units)
        {
            _spent += units;
            if (_spent > _limit)
            {
                throw new WorkBudgetExceededException();
            }
        }
    }

    /// <summary>Thrown by <see cref="WorkBudget.Spend"/>; caught where the method's summary is computed, never seen by the driver.</summary>
    internal sealed class WorkBudgetExceededException : Exception
    {
    }
}
