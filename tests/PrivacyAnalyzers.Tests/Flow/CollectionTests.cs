using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>Collections, params, foreach, LINQ and iterators.</summary>
public class CollectionTests
{
    [Fact]
    public Task Arrays_lists_sets_queues_and_stacks_carry_their_elements() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var array = new[] { a.PhoneNumber };
                Ads.Upload({|PRIV001:array|});
                Ads.Upload({|PRIV001:array[0]|});
                var list = new List<string>();
                list.Add(a.PhoneNumber);
                Ads.Upload({|PRIV001:list|});
                Ads.Upload({|PRIV001:list[0]|});
                var set = new HashSet<string> { a.PhoneNumber };
                Ads.Upload({|PRIV001:set|});
                var queue = new Queue<string>();
                queue.Enqueue(a.PhoneNumber);
                Ads.Upload({|PRIV001:queue.Dequeue()|});
                var stack = new Stack<string>();
                stack.Push(a.PhoneNumber);
                Ads.Upload({|PRIV001:stack.Peek()|});
                var legacy = new System.Collections.ArrayList();
                legacy.Add(a.PhoneNumber);
                Ads.Upload({|PRIV001:legacy|});
            }
        }
        """);

    [Fact]
    public Task Collections_of_clean_values_are_clean() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var list = new List<string> { a.DisplayName };
                list.Add("x");
                Ads.Upload(list);
                Ads.Upload(list.Count);
                var array = new[] { a.DisplayName };
                Ads.Upload(array[0]);
            }
        }
        """);

    [Fact]
    public Task Dictionaries_carry_keys_and_values() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var byPhone = new Dictionary<string, int> { [a.PhoneNumber] = 1 };
                Ads.Upload({|PRIV001:byPhone|});
                var values = new Dictionary<int, string>();
                values[1] = a.PhoneNumber;
                Ads.Upload({|PRIV001:values[1]|});
                values.TryGetValue(1, out var found);
                Ads.Upload({|PRIV001:found|});
                var added = new Dictionary<string, string>();
                added.Add("k", a.PhoneNumber);
                foreach (var pair in added) { Ads.Upload({|PRIV001:pair.Value|}); }
                var table = new System.Collections.Hashtable();
                table["p"] = a.PhoneNumber;
                Ads.Upload({|PRIV001:table|});
            }
        }
        """);

    [Fact]
    public Task Foreach_and_params_carry_and_the_element_is_the_location() => VerifyAsync("""
        public static class Multi { [DataSink(Recipient.Advertising)] public static void Send(params object[] values) { } }
        class C
        {
            void M(Account a, List<Account> accounts)
            {
                var phones = new List<string> { a.PhoneNumber };
                foreach (var p in phones) { Ads.Upload({|PRIV001:p|}); }
                Multi.Send("id", {|PRIV001:a.PhoneNumber|}, a.DisplayName);
            }
        }
        """);

    [Fact]
    public Task Linq_follows_the_selector_precisely() => VerifyAsync("""
        class C
        {
            void M(List<Account> users)
            {
                Ads.Upload(users.Select(u => u.DisplayName).ToList());
                Ads.Upload({|PRIV001:users.Select(u => u.PhoneNumber).ToList()|});
                Ads.Upload({|PRIV001:users.Where(u => u.Id > 3).Select(u => u.PhoneNumber).First()|});
                Ads.Upload(users.Where(u => u.PhoneNumber.StartsWith("+1")).Select(u => u.Id).ToArray());
                Ads.Upload({|PRIV001:users.ToDictionary(u => u.PhoneNumber, u => u.Id)|});
                Ads.Upload(users.Count(u => u.PhoneNumber != ""));
            }
        }
        """);

    [Fact]
    public Task Iterators_yield_what_they_are_given() => VerifyAsync("""
        class C
        {
            static IEnumerable<string> Phones(IEnumerable<Account> users) { foreach (var u in users) yield return u.PhoneNumber; }
            static IEnumerable<string> Names(IEnumerable<Account> users) { foreach (var u in users) yield return u.DisplayName; }
            void M(List<Account> users)
            {
                foreach (var p in Phones(users)) { Ads.Upload({|PRIV001:p|}); }
                foreach (var n in Names(users)) { Ads.Upload(n); }
            }
        }
        """);
}
