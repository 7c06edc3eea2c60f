namespace PrivacyAnalyzers.CodeGen.Generation;

/// <summary>
/// Bulk of a module: clean feature methods of the statistics class, rotated by module so the code
/// varies. Each is a method <c>Feature$M$()</c> returning an int; only display names, ids, dates and
/// tags reach sinks, and personal members only feed sizes, booleans and branches.
/// </summary>
internal static class StatisticsTemplates
{
    public const string Header = """
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Shop.Common;

namespace Shop.Module$N$
{
    internal sealed class $E$Statistics
    {
        private readonly $E$Repository _repository;
        private readonly IProductAnalytics _analytics;

        public $E$Statistics($E$Repository repository, IProductAnalytics analytics)
        {
            _repository = repository;
            _analytics = analytics;
        }
""";

    public const string Footer = """
        public static int Score(string label) => Text.Score(label, $N$);
    }
}
""";

    public static readonly string[] Features =
    {
        """
        public int Feature$M$()
        {
            var groups = _repository.All()
                .GroupBy(x => x.Created.Year)
                .Select(g => new { Year = g.Key, Count = g.Count(), Names = string.Join(",", g.Select(x => x.DisplayName)) })
                .OrderByDescending(g => g.Count)
                .ToList();
            foreach (var group in groups)
            {
                _analytics.Track("year-" + group.Year, group.Names);
                _analytics.Count("year-count", group.Count);
            }

            return groups.Count + $PREV$.Score("feature$M$");
        }
""",
        """
        public int Feature$M$()
        {
            var queue = new Queue<$E$>(_repository.Active());
            var seen = new HashSet<int>();
            var total = 0;
            while (queue.Count > 0)
            {
                var item = queue.Dequeue();
                if (!seen.Add(item.Id))
                {
                    continue;
                }

                total += item.Tags.Count + (item.$K$.StartsWith("+1") ? 1 : 0);
            }

            _analytics.Count("queue-total", total);
            return total;
        }
""",
        """
        public int Feature$M$()
        {
            var (count, longest) = Measure(_repository.Labels());
            _analytics.Track("longest", longest);
            return count;

            static (int Count, string Longest) Measure(IReadOnlyList<string> labels)
            {
                var best = "";
                foreach (var label in labels)
                {
                    if (label.Length > best.Length)
                    {
                        best = label;
                    }
                }

                return (labels.Count, best);
            }
        }
""",
        """
        public int Feature$M$()
        {
            var byId = _repository.LabelsById();
            var builder = new StringBuilder();
            foreach (var pair in byId.OrderBy(p => p.Key))
            {
                builder.Append(pair.Key).Append('=').Append(Text.Shorten(pair.Value, 12)).Append(';');
            }

            var report = builder.ToString();
            _analytics.Track("labels", report);
            Console.WriteLine("labels: " + byId.Count);
            return report.Length;
        }
""",
        """
        public int Feature$M$()
        {
            var level = _repository.CountActive() switch
            {
                0 => "none",
                1 or 2 => "few",
                var n when n < 10 => "some",
                _ => "many",
            };
            var verified = _repository.All().Where(x => x.$C$.EndsWith("@example.com", StringComparison.Ordinal)).Count();
            _analytics.Track("level", level);
            _analytics.Count("verified", verified);
            return verified;
        }
""",
        """
        public int Feature$M$()
        {
            var stack = new Stack<string>();
            var legacy = new ArrayList();
            foreach (var summary in _repository.Summaries())
            {
                stack.Push(Text.Quote(summary.Label));
                legacy.Add(summary.TagCount);
            }

            var top = stack.Count > 0 ? stack.Pop() : "<none>";
            _analytics.Track("top", top);
            _analytics.TrackMany("stack", stack.ToArray());
            return legacy.Count;
        }
""",
        """
        public int Feature$M$()
        {
            Func<$E$, string> label = x => x.DisplayName.ToUpperInvariant();
            Func<$E$, string> ignore = x => x.$K$.Length > 10 ? "long" : "short";
            var labels = _repository.All().Select(label).ToList();
            var kinds = _repository.All().Select(ignore).Distinct().ToList();
            _analytics.TrackMany("upper", labels);
            _analytics.TrackMany("kinds", kinds);
            return labels.Count + kinds.Count;
        }
""",
        """
        public int Feature$M$()
        {
            var total = 0;
            foreach (var item in _repository.All())
            {
                if (TryRank(item, out var rank))
                {
                    total += rank;
                }
            }

            Console.WriteLine("rank total " + total);
            return total;
        }

        private static bool TryRank($E$ item, out int rank)
        {
            rank = item.Tags.Count * 10 + item.Id;
            return item.IsActive && item.$C$.Length > 0;
        }
""",
        """
        public async Task<int> Feature$M$Async()
        {
            var results = new List<string>();
            foreach (var summary in _repository.Summaries())
            {
                results.Add(await LabelAsync(summary));
            }

            _analytics.TrackMany("async-labels", results);
            return results.Count;
        }

        private static async Task<string> LabelAsync($E$Summary summary)
        {
            await Task.Yield();
            return summary.Label + "#" + summary.TagCount;
        }
""",
    };
}
