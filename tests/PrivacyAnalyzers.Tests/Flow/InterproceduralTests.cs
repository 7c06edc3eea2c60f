using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>Calls within the compilation, referenced assemblies, fields across methods.</summary>
public class InterproceduralTests
{
    [Fact]
    public Task A_number_a_callee_computes_from_a_whole_object_carries_what_the_object_holds() => VerifyAsync("""
        public sealed class Card { public string Holder = ""; public string Label = ""; }
        class C
        {
            static long Checksum(Card card) => System.Convert.ToInt64(card);
            static int LabelLength(Card card) => card.Label.Length;
            static int IdOf(Account a) => a.Id;
            void Send(Account a)
            {
                var card = new Card { Holder = a.PhoneNumber, Label = "gold" };
                Ads.Upload({|PRIV001:Checksum(card)|});
                Ads.Upload(LabelLength(card));
                Ads.Upload(IdOf(a));
            }
        }
        """);

    [Fact]
    public Task A_method_whose_personal_data_comes_only_from_a_callee_reports_its_own_flow() => VerifyAsync("""
        class C
        {
            private readonly Account _account = new Account();
            void Send() { Ads.Upload({|PRIV001:Phone()|}); }
            string Phone() => _account.PhoneNumber;
        }
        """);

    [Fact]
    public Task Instance_extension_generic_and_static_calls() => VerifyAsync("""
        public static class Ext { public static string Shout(this string s) => s.ToUpper(); }
        class Helper
        {
            public string Echo(string s) => s;
            public static T Same<T>(T value) => value;
        }
        class C
        {
            void M(Account a)
            {
                var h = new Helper();
                Ads.Upload({|PRIV001:h.Echo(a.PhoneNumber)|});
                Ads.Upload({|PRIV001:a.PhoneNumber.Shout()|});
                Ads.Upload({|PRIV001:Helper.Same(a.PhoneNumber)|});
                Ads.Upload(h.Echo(a.DisplayName));
            }
        }
        """);

    [Fact]
    public Task Interface_calls_follow_every_implementation() => VerifyAsync("""
        public interface IFormatter { string Format(Account a); }
        public class PhoneFormatter : IFormatter { public string {|PRIV020:Format|}(Account a) => a.PhoneNumber; }
        public class NameFormatter : IFormatter { public string Format(Account a) => a.DisplayName; }
        class C
        {
            void M(IFormatter f, Account a) { Ads.Upload({|PRIV001:f.Format(a)|}); }
        }
        """);

    [Fact]
    public Task Lambdas_local_functions_and_delegates() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                Func<Account, string> phone = x => x.PhoneNumber;
                Func<Account, string> name = x => x.DisplayName;
                Ads.Upload({|PRIV001:phone(a)|});
                Ads.Upload(name(a));
                string Local(string s) => "[" + s + "]";
                Ads.Upload({|PRIV001:Local(a.PhoneNumber)|});
                Ads.Upload(Local(a.DisplayName));
            }
        }
        """);

    [Fact]
    public Task Lambda_the_method_never_calls_is_analyzed_with_what_it_captures() => VerifyAsync("""
        class C
        {
            public event Action? Done;
            void M(Account a)
            {
                var phone = a.PhoneNumber;
                Done += () => Ads.Upload({|PRIV001:phone|});
                Done += () => Ads.Upload(a.DisplayName);
            }
        }
        """);

    [Fact]
    public Task Async_and_tasks_carry() => VerifyAsync("""
        class C
        {
            static async Task<string> LoadAsync(Account a) { await Task.Yield(); return a.PhoneNumber; }
            async Task M(Account a)
            {
                var p = await LoadAsync(a);
                Ads.Upload({|PRIV001:p|});
                var q = await Task.Run(() => a.PhoneNumber);
                Ads.Upload({|PRIV001:q|});
                var r = await Task.FromResult(a.DisplayName);
                Ads.Upload(r);
            }
        }
        """);

    [Fact]
    public Task Recursion_terminates_and_carries() => VerifyAsync("""
        class C
        {
            static string Strip(string s) => s.Length > 10 ? Strip(s.Substring(1)) : s;
            void M(Account a) { Ads.Upload({|PRIV001:Strip(a.PhoneNumber)|}); }
        }
        """);

    [Fact]
    public Task Field_written_in_one_method_and_sunk_in_another() => VerifyAsync("""
        class Session
        {
            private string _phone = "";
            private string _name = "";
            public void SignIn(Account a) { _phone = a.PhoneNumber; _name = a.DisplayName; }
            public void Report() { Ads.Upload({|PRIV001:_phone|}); Ads.Upload(_name); }
        }
        static class Cache { public static string Last = ""; }
        class C
        {
            void Save(Account a) { Cache.Last = a.PhoneNumber; }
            void Send() { Ads.Upload({|PRIV001:Cache.Last|}); }
        }
        """);

    [Fact]
    public Task What_callers_pass_reaches_a_field_stored_several_calls_below() => VerifyAsync("""
        class Store
        {
            private string _last = "";
            private Account _owner = new Account();
            private string _cleaned = "";
            private void Keep(string s) { _last = s; }
            private void Through(string s) => Keep(s);
            public void Save(string s) => Through(s + "!");
            private void KeepOwner(Account a) { _owner = a; }
            public void Own(Account a) => KeepOwner(a);
            private void KeepCleaned(string s) { _cleaned = s; }
            public void Clean(string s) => KeepCleaned(Pii.Anonymize(s));
            public void Report()
            {
                Ads.Upload({|PRIV001:_last|});
                Ads.Upload({|PRIV001:_owner.PhoneNumber|});
                Ads.Upload(_owner.DisplayName);
                Ads.Upload(_cleaned);
            }
        }
        class C
        {
            void M(Account a, Store store)
            {
                store.Save(a.PhoneNumber);
                store.Own(a);
                store.Clean(a.PhoneNumber);
            }
        }
        """);

    [Fact]
    public Task What_a_caller_passes_reaches_a_field_twenty_calls_below()
    {
        // Each level is a parameter node copying into the one below: more than the field copies' rounds of old.
        var levels = string.Concat(Enumerable.Range(1, 20).Select(i => $"    private void L{i}(string s) => L{i - 1}(s);\n"));
        return VerifyAsync($$"""
            class Chain
            {
                private string _last = "";
                private void L0(string s) { _last = s; }
            {{levels}}
                public void Save(string s) => L20(s);
                public void Report() { Ads.Upload({|PRIV001:_last|}); }
            }
            class C
            {
                void M(Account a, Chain c) { c.Save(a.PhoneNumber); }
            }
            """);
    }

    [Fact]
    public Task What_a_recursive_caller_passes_reaches_the_field() => VerifyAsync("""
        class Walker
        {
            private string _seen = "";
            public void Walk(string s, int depth) { _seen = s; if (depth > 0) { Step(s + "/", depth - 1); } }
            private void Step(string s, int depth) => Walk(s, depth);
            public void Report() { Ads.Upload({|PRIV001:_seen|}); }
        }
        class C
        {
            void M(Account a, Walker w) { w.Walk("", 3); new Walker().Walk(a.PhoneNumber, 2); }
        }
        """);

    [Fact]
    public Task Property_with_body_is_followed() => VerifyAsync("""
        class Wrapper
        {
            private readonly Account _a;
            public Wrapper(Account a) { _a = a; }
            public string Phone => _a.PhoneNumber;
            public string Name { get { return _a.DisplayName; } }
        }
        class C
        {
            void M(Account a)
            {
                var w = new Wrapper(a);
                Ads.Upload({|PRIV001:w.Phone|});
                Ads.Upload(w.Name);
            }
        }
        """);

    [Fact]
    public Task Unknown_external_call_carries_unless_result_is_derived() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var uri = new Uri("tel:" + a.PhoneNumber);
                Ads.Upload({|PRIV001:uri|});
                Ads.Upload({|PRIV001:uri.AbsoluteUri|});
                Ads.Upload(uri.IsAbsoluteUri);
                Ads.Upload(a.PhoneNumber.CompareTo("x"));
            }
        }
        """);

    [Fact]
    public Task Callee_sink_is_reported_once_whatever_the_number_of_callers() => VerifyAsync("""
        class C
        {
            static void Share(string s) { Ads.Upload({|PRIV001:s|}); }
            void A(Account a) { Share(a.PhoneNumber); }
            void B(Account a) { Share(a.PhoneNumber); }
            void D(Account a) { Share(a.DisplayName); }
        }
        """);
}
