namespace PrivacyAnalyzers.CodeGen.Generation;

/// <summary>
/// The clean files of one module (an entity, its repository, service, reporter, controller and
/// wiring). Tokens: <c>$N$</c> module number, <c>$E$</c> entity, <c>$K$</c>/<c>$C$</c> the phone and
/// e-mail members, <c>$KA$</c>/<c>$CA$</c> their attributes (empty in a control codebase),
/// <c>$PREV$</c> the statistics class of the previous module. Every flow here is clean by the flow rules:
/// personal data only reaches the processor, an anonymizer, sizes, booleans or branches.
/// </summary>
internal static class ModuleTemplates
{
    public const string Entity = """
using System;
using System.Collections.Generic;
using PrivacyAnalyzers;

namespace Shop.Module$N$
{
    internal sealed class $E$
    {
        $KA$public string $K$ { get; set; } = "";

        $CA$public string $C$ { get; set; } = "";

        public string DisplayName { get; set; } = "";

        public int Id { get; set; }

        public bool IsActive { get; set; }

        public DateTime Created { get; set; }

        public List<string> Tags { get; } = new List<string>();
    }

    internal sealed class $E$Summary
    {
        public int Id;
        public string Label = "";
        public int TagCount;
    }

    internal sealed class $E$Draft
    {
        public string Label = "";
    }

    /// <summary>Written by the service, read by the reporter.</summary>
    internal sealed class $E$Cache
    {
        public string LastKey = "";
        public string LastLabel = "";
        public int Hits;
    }
}
""";

    public const string Repository = """
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Shop.Module$N$
{
    internal sealed class $E$Repository
    {
        private readonly Dictionary<int, $E$> _byId = new Dictionary<int, $E$>();
        private readonly List<$E$> _all = new List<$E$>();

        public void Add($E$ item)
        {
            _byId[item.Id] = item;
            _all.Add(item);
        }

        public $E$? Find(int id) => _byId.TryGetValue(id, out var found) ? found : null;

        public async Task<$E$?> FindAsync(int id)
        {
            await Task.Yield();
            return Find(id);
        }

        public IReadOnlyList<$E$> All() => _all;

        public IEnumerable<$E$> Active() => _all.Where(x => x.IsActive);

        public int CountActive() => _all.Count(x => x.IsActive);

        public List<string> Labels() => _all.Select(x => x.DisplayName).OrderBy(x => x).ToList();

        public Dictionary<int, string> LabelsById() => _all.ToDictionary(x => x.Id, x => x.DisplayName);

        public $E$ Create(int id, string label, string key, string contact) =>
            new $E$ { Id = id, DisplayName = label, $K$ = key, $C$ = contact, IsActive = id % 2 == 0, Created = DateTime.UnixEpoch.AddDays(id) };

        public IEnumerable<$E$Summary> Summaries()
        {
            foreach (var item in _all)
            {
                yield return new $E$Summary { Id = item.Id, Label = item.DisplayName, TagCount = item.Tags.Count };
            }
        }
    }
}
""";

    public const string Service = """
using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Shop.Common;

namespace Shop.Module$N$
{
    internal sealed class $E$Service
    {
        private readonly $E$Repository _repository;
        private readonly $E$Cache _cache;
        private readonly IProductAnalytics _analytics;
        private readonly IMailer _mailer;
        private readonly IAudienceUploader _audience;

        public $E$Service($E$Repository repository, $E$Cache cache, IProductAnalytics analytics, IMailer mailer, IAudienceUploader audience)
        {
            _repository = repository;
            _cache = cache;
            _analytics = analytics;
            _mailer = mailer;
            _audience = audience;
        }

        public async Task<string> DescribeAsync(int id)
        {
            var item = await _repository.FindAsync(id);
            if (item == null)
            {
                return "missing";
            }

            var label = Normalize(item.DisplayName);
            _cache.LastKey = item.$K$;
            _cache.LastLabel = label;
            _cache.Hits++;
            return Decorate(label, item.Tags.Count);
        }

        private static string Normalize(string text) => Text.Normalize(text).Replace(' ', '-');

        private static string Decorate(string text, int count) => Wrap(text) + " (" + count + ")";

        private static string Wrap(string text) => "[" + text + "]";

        public void Welcome(int id)
        {
            var item = _repository.Find(id);
            if (item == null)
            {
                return;
            }

            var greeting = $"Welcome, {item.DisplayName}!";
            _mailer.Send(Text.Normalize(item.$C$), greeting);
            _mailer.Send(item.$K$, "Your code is " + item.Id);
            _analytics.Track("welcome", Text.Normalize(item.DisplayName));
            _analytics.Count("key-length", item.$K$.Length);
            var hasKey = !string.IsNullOrEmpty(item.$K$);
            _analytics.Track("has-key", hasKey ? "yes" : "no");
            _audience.Upload(Pii.Mask(item.$K$));
        }

        public int Report()
        {
            var labels = _repository.Active().Select(x => x.DisplayName).Where(x => x.Length > 0).ToList();
            _analytics.TrackMany("active", labels);
            var byTag = _repository.All().SelectMany(x => x.Tags).GroupBy(t => t).Select(g => g.Key + ":" + g.Count());
            _analytics.TrackMany("tags", byTag);
            _analytics.Count("with-contact", _repository.All().Count(x => x.$C$.Contains('@')));
            Console.WriteLine("active: " + labels.Count);
            return labels.Count;
        }

        public void Precise(int id)
        {
            var item = _repository.Find(id);
            if (item == null)
            {
                return;
            }

            var (label, key) = (item.DisplayName, item.$K$);
            _analytics.Track("pair", label);
            _mailer.Send(key, "pair");
            var text = item.$K$;
            text = item.DisplayName;
            _analytics.Track("overwritten", text);
            var bucket = item.$K$.Length switch { < 8 => "short", < 12 => "medium", _ => "long" };
            _analytics.Track("bucket", bucket);
            _analytics.Count("hash", item.$K$.GetHashCode() % 7);
            var first = new $E$Draft();
            first.Label = item.$K$;
            var second = new $E$Draft();
            second.Label = item.DisplayName;
            _analytics.Track("draft", second.Label);
            _mailer.Send(first.Label, "draft");
        }

        public string Digest(int id)
        {
            var builder = new StringBuilder();
            foreach (var summary in _repository.Summaries().Where(s => s.Id != id).Take(5))
            {
                builder.Append(summary.Label).Append(';').Append(summary.TagCount);
            }

            var digest = builder.ToString();
            _analytics.Track("digest", digest);
            return digest;
        }
$LEAKS$
    }
}
""";

    public const string Reporter = """
using System;
using Shop.Common;

namespace Shop.Module$N$
{
    internal sealed class $E$Reporter
    {
        private readonly $E$Cache _cache;
        private readonly IProductAnalytics _analytics;
        private readonly IAudienceUploader _audience;

        public $E$Reporter($E$Cache cache, IProductAnalytics analytics, IAudienceUploader audience)
        {
            _cache = cache;
            _analytics = analytics;
            _audience = audience;
        }

        public void Flush()
        {
            _analytics.Track("last", _cache.LastLabel);
            _analytics.Count("last-key-length", _cache.LastKey.Length);
            _audience.Upload(Pii.Mask(_cache.LastKey));
            Console.WriteLine("hits: " + _cache.Hits);
        }
$LEAKS$
    }
}
""";

    public const string Controller = """
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Shop.Common;

namespace Shop.Module$N$
{
    internal sealed class $E$Controller
    {
        private readonly $E$Service _service;
        private readonly $E$Reporter _reporter;
        private readonly $E$Statistics _statistics;
        private readonly IProductAnalytics _analytics;

        public $E$Controller($E$Service service, $E$Reporter reporter, $E$Statistics statistics, IProductAnalytics analytics)
        {
            _service = service;
            _reporter = reporter;
            _statistics = statistics;
            _analytics = analytics;
        }

        public async Task<string> GetAsync(int id)
        {
            var text = await _service.DescribeAsync(id);
            _analytics.Track("describe", text);
            _reporter.Flush();
            return text;
        }

        public async Task<int> RunAllAsync(IEnumerable<int> ids)
        {
            var tasks = ids.Select(id => GetAsync(id)).ToList();
            var results = await Task.WhenAll(tasks);
            _service.Welcome(ids.FirstOrDefault());
            _service.Precise(ids.LastOrDefault());
            _analytics.Track("digest", _service.Digest(results.Length));
            return results.Count(r => r.Length > 3) + _service.Report() + _statistics.Total();
        }
    }

    internal static class $E$Module
    {
        public static $E$Controller Build(IProductAnalytics analytics, IMailer mailer, IAudienceUploader audience)
        {
            var repository = new $E$Repository();
            for (var i = 0; i < 4; i++)
            {
                repository.Add(repository.Create(i, "user " + i, "+1555000" + i, "user" + i + "@example.com"));
            }

            var cache = new $E$Cache();
            var service = new $E$Service(repository, cache, analytics, mailer, audience);
            var reporter = new $E$Reporter(cache, analytics, audience);
            var statistics = new $E$Statistics(repository, analytics);
            return new $E$Controller(service, reporter, statistics, analytics);
        }
    }
}
""";
}
