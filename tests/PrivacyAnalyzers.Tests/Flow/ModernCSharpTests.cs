using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>
/// The C# that services are written in, one region per kind of construct, each with a leak and a look-alike that
/// must stay clean: objects through collections, caches and static fields; every way to build an object;
/// deconstruction; exceptions; stored delegates; awaited results; one diagnostic per argument; ToString overrides;
/// annotations under every name.
/// </summary>
public class ModernCSharpTests
{
    private const string Customer = """
        public sealed class Customer
        {
            public int Id { get; set; }
            public string Tier { get; set; } = "";
            [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
        }
        """;

    // ---- Objects keep their members apart wherever they travel -------------------------------------------------

    [Fact]
    public Task Object_read_back_from_a_repository_dictionary_keeps_its_members_apart() => VerifyAsync(Customer + """
        public sealed class Repo
        {
            private readonly Dictionary<int, Customer> _byId = new();
            public void Add(Customer c) => _byId[c.Id] = c;
            public Customer Get(int id) => _byId[id];
            public List<Customer> All() => _byId.Values.ToList();
        }
        class C
        {
            void M(Repo repo, int id)
            {
                var customer = repo.Get(id);
                Log.Write(customer.Id);
                Log.Write(customer.Tier);
                Log.Write({|PRIV003:customer.Email|});
                var vip = repo.All().Where(c => c.Tier == "gold").ToList();
                Log.Write(vip.Count);
                Log.Write(vip.Any());
                Log.Write({|PRIV003:vip[0].Email|});
            }
        }
        """);

    [Fact]
    public Task Object_in_a_static_field_is_followed_across_methods_member_by_member() => VerifyAsync("""
        public sealed class SignupEvent { public string Email { get; set; } = ""; public string Plan { get; set; } = ""; }
        public static class Store { public static SignupEvent Last = new(); }
        class C
        {
            void Save(Account form) { Store.Last = new SignupEvent { Email = form.Email, Plan = "free" }; }
            void Send() { Stats.Track("lead", {|PRIV002:Store.Last.Email|}); Stats.Track("plan", Store.Last.Plan); }
        }
        """);

    [Fact]
    public Task Object_queued_in_one_method_and_dequeued_in_another_keeps_its_members_apart() => VerifyAsync("""
        public sealed record Job(int Id, string Contact);
        public sealed class Jobs
        {
            private readonly Queue<Job> _pending = new();
            public void Enqueue(Account a) => _pending.Enqueue(new Job(a.Id, a.PhoneNumber));
            public void Run()
            {
                var job = _pending.Dequeue();
                Ads.Upload(job.Id);
                Ads.Upload({|PRIV001:job.Contact|});
            }
        }
        """);

    [Fact]
    public Task A_member_a_callee_reads_from_an_object_of_a_personal_type_is_personal() => VerifyAsync("""
        [PersonalData(DataCategory.PostalAddress)]
        public sealed record PostalAddress(string Line1, string City) { public string OneLine() => Line1 + ", " + City; }
        public sealed record Box(string Label, int Weight) { public string Describe() => Label + " " + Weight; }
        public sealed class Customer { public PostalAddress? Address { get; set; } public Box Parcel { get; set; } = new("x", 1); }
        class C
        {
            void M(Customer customer)
            {
                if (customer.Address is null) return;
                Stats.Track("to", {|PRIV002:customer.Address.OneLine()|});
                Stats.Track("box", customer.Parcel.Describe());
            }
        }
        """);

    // ---- Every way C# builds an object ----------------------------------------------------------------------------

    [Fact]
    public Task With_expression_copies_each_member() => VerifyAsync("""
        public record Lead(string Name, string Contact);
        class C
        {
            void M(Account a)
            {
                var lead = new Lead(a.DisplayName, a.PhoneNumber);
                var copy = lead with { Name = "x" };
                Ads.Upload(copy.Name);
                Ads.Upload({|PRIV001:copy.Contact|});
                var cleaned = lead with { Contact = "" };
                Ads.Upload(cleaned.Contact);
            }
        }
        """);

    [Fact]
    public Task Primary_constructor_parameters_captured_by_members_are_state_of_the_object() => VerifyAsync("""
        public sealed class Notifier(string phone, string name) { public string Target => phone; public string Greeting() => "Hi " + phone; public string Title => name; }
        class C
        {
            void M(Account a)
            {
                var n = new Notifier(a.PhoneNumber, a.DisplayName);
                Ads.Upload({|PRIV001:n.Target|});
                Ads.Upload({|PRIV001:n.Greeting()|});
                Ads.Upload(n.Title);
            }
        }
        """);

    [Fact]
    public Task Field_and_property_initializers_carry_into_the_object() => VerifyAsync("""
        public sealed class Profile(Account account)
        {
            private readonly string _key = account.PhoneNumber;
            public string Key { get; } = account.PhoneNumber;
            public string Label { get; } = account.DisplayName;
            public string Stored() => _key;
        }
        class C
        {
            void M(Account a)
            {
                var p = new Profile(a);
                Ads.Upload({|PRIV001:p.Key|});
                Ads.Upload(p.Label);
                Ads.Upload({|PRIV001:p.Stored()|});
            }
        }
        """);

    [Fact]
    public Task PersonalData_on_a_positional_record_parameter_marks_its_property() => VerifyAsync("""
        public sealed record UpdateContact([PersonalData(DataCategory.PhoneNumber)] string? Phone, string? Nickname);
        class C { void M(UpdateContact request) { Ads.Upload({|PRIV001:request.Phone|}); Ads.Upload(request.Nickname); } }
        """);

    // ---- Deconstruction ---------------------------------------------------------------------------------------------

    [Fact]
    public Task Deconstruction_gives_each_variable_only_its_element() => VerifyAsync("""
        public record Card(string Name, string Number, string City);
        public sealed class Pair { public string A = ""; public string B = ""; public void Deconstruct(out string a, out string b) { a = A; b = B; } }
        class C
        {
            void M(Account a)
            {
                var (name, _, city) = new Card(a.DisplayName, a.PhoneNumber, "Oslo");
                Ads.Upload(name);
                Ads.Upload(city);
                var (first, second) = new Pair { A = a.DisplayName, B = a.PhoneNumber };
                Ads.Upload(first);
                Ads.Upload({|PRIV001:second|});
                var (x, y) = (a.PhoneNumber, a.DisplayName);
                Ads.Upload({|PRIV001:x|});
                Ads.Upload(y);
            }
        }
        """);

    // ---- Exceptions -----------------------------------------------------------------------------------------------

    [Fact]
    public Task Exception_built_from_personal_data_reaches_the_catch_of_its_try_in_a_caller() => VerifyAsync("""
        public sealed class SubscriptionMissing(string email) : Exception("No subscription for " + email) { public string Email { get; } = email; public int Code { get; } = 404; }
        class C
        {
            void Find(Account a) { throw new KeyNotFoundException($"No subscription for {a.Email}"); }
            void Check(Account a) { throw new SubscriptionMissing(a.Email); }
            void M(Account a)
            {
                try { Find(a); }
                catch (KeyNotFoundException ex) { Log.Write({|PRIV003:ex.Message|}); }
                try { Check(a); }
                catch (SubscriptionMissing ex) { Log.Write({|PRIV003:ex.Email|}); Log.Write(ex.Code); }
                try { throw new InvalidOperationException("static text"); }
                catch (Exception ex) { Log.Write(ex.Message); Log.Write(ex); }
            }
        }
        """);

    [Fact]
    public Task A_catch_receives_only_the_exception_types_it_can_hold_and_not_what_an_earlier_catch_took() => VerifyAsync("""
        public class ShippingException(string message, bool retryable) : Exception(message) { public bool Retryable { get; } = retryable; }
        public interface ICarrier { void Book(string address); }
        public sealed class Carrier : ICarrier { public void Book(string address) => throw new ShippingException($"Cannot route '{address}'", false); }
        class C
        {
            void Run(ICarrier carrier, Account a)
            {
                try { carrier.Book(a.Email); }
                catch (ShippingException ex) when (ex.Retryable) { Log.Write({|PRIV003:ex|}); }
                catch (ShippingException ex) { Log.Write({|PRIV003:ex.Message|}); }
                catch (Exception ex) { Log.Write(ex); }
                try { carrier.Book(a.Email); }
                catch (ArgumentException ex) { Log.Write(ex); }
                catch (Exception ex) { Log.Write({|PRIV003:ex.Message|}); }
            }
        }
        """);

    [Fact]
    public Task An_exception_a_callback_throws_into_a_framework_reaches_the_catch_around_the_frameworks_call() => VerifyAsync("""
        public class DomainException(string message) : Exception(message) { public string Code { get; } = "duplicate"; }
        public delegate Task Next(string path);
        public static class Framework { public static void Map(string route, Func<Account, Task> handler) { } }
        public static class Endpoints
        {
            public static void Register() => Framework.Map("/signup", a => throw new DomainException($"{a.Email} already exists"));
        }
        public sealed class Middleware(Next next)
        {
            public async Task Invoke(string path)
            {
                try { await next(path); }
                catch (DomainException ex) { Log.Write({|PRIV003:ex|}); }
                catch (Exception ex) { Log.Write(ex); }
            }
            public void Quiet(string path)
            {
                try { Console.WriteLine(path); }
                catch (Exception ex) { Log.Write(ex); }
            }
        }
        """);

    // ---- Delegates wherever they are stored -------------------------------------------------------------------------

    [Fact]
    public Task Delegates_stored_in_fields_and_events_run_with_what_they_are_called_with_elsewhere() => VerifyAsync("""
        public sealed class Bus
        {
            private Action<string>? _sink;
            public event Action<string>? Signed;
            public void Wire() { _sink = s => Ads.Upload({|PRIV001:s|}); Signed += e => Log.Write({|PRIV003:e|}); }
            public void Fire(Account a) { _sink?.Invoke(a.PhoneNumber); Signed?.Invoke(a.Email); }
            public void Quiet(Account a) { _sink?.Invoke(a.DisplayName); }
        }
        """);

    [Fact]
    public Task Method_groups_stored_in_events_run_with_what_they_are_called_with_and_write_what_others_read() => VerifyAsync("""
        public sealed class Feed
        {
            private string _copy = "";
            private Account? _account;
            public event Action<string>? Posted;
            private void Copy(string text) { _copy = _account!.PhoneNumber; }
            private void Send(string text) => Ads.Upload({|PRIV001:text|});
            public void Watch(Account a) { _account = a; Posted += Copy; }
            public void Shout(Account a) { _account = a; Posted += Send; }
            public void Fire(Account a) { Posted?.Invoke(a.PhoneNumber); Posted?.Invoke(a.DisplayName); }
            public void Report() => Log.Write({|PRIV003:_copy|});
        }
        """);

    [Fact]
    public Task Framework_methods_run_the_delegates_they_are_given_with_their_elements() => VerifyAsync("""
        class C
        {
            void M(List<Account> accounts)
            {
                accounts.ForEach(x => Ads.Upload({|PRIV001:x.PhoneNumber|}));
                Array.ForEach(accounts.ToArray(), x => Ads.Upload(x.DisplayName));
                Parallel.ForEach(accounts.Select(x => x.DisplayName), n => Ads.Upload(n));
            }
        }
        """);

    [Fact]
    public Task PersonalData_on_a_lambda_parameter_is_a_source() => VerifyAsync("""
        class C
        {
            void M()
            {
                Func<string, string> handler = ([PersonalData(DataCategory.PhoneNumber)] string phone) => { Ads.Upload({|PRIV001:phone|}); return "ok"; };
                string Local([PersonalData(DataCategory.Email)] string email) { Log.Write({|PRIV003:email|}); return email.Length.ToString(); }
                handler("x");
                Local("y");
            }
        }
        """);

    [Fact]
    public Task A_sink_interface_implemented_here_is_followed_inside_too() => VerifyAsync("""
        [DataSink(Recipient.Processor, Party = "SendGrid")] public interface IMailer { bool Send(string to, string template); }
        public sealed class SendGridMailer : IMailer
        {
            public bool Send(string to, string template) { Log.Write({|PRIV003:to|}); Log.Write(template); return true; }
        }
        class C { void M(IMailer mailer, Account a) { mailer.Send(a.Email, "welcome"); } }
        """);

    // ---- Values that carry nothing stay clean, also through await ---------------------------------------------------

    [Fact]
    public Task Awaited_bool_enum_and_count_of_an_interface_without_implementation_are_clean() => VerifyAsync("""
        public enum Status { Active, Closed }
        public interface ISubscriptions { Task<bool> IsActiveAsync(string email); Task<Status> StatusAsync(string email); ValueTask<int> CountAsync(string email); Task<string> LookupAsync(string email); }
        class C
        {
            async Task M(ISubscriptions s, Account a)
            {
                Log.Write(await s.IsActiveAsync(a.Email));
                Log.Write(await s.StatusAsync(a.Email));
                Log.Write(await s.CountAsync(a.Email));
                Log.Write({|PRIV003:await s.LookupAsync(a.Email)|});
            }
        }
        """);

    [Fact]
    public Task A_nullable_count_or_bool_from_code_the_engine_cannot_see_is_clean() => VerifyAsync("""
        public interface IModel { long? CountTokens(string text); bool? Flagged(string text); string? Echo(string text); }
        class C
        {
            void M(IModel model, Account a)
            {
                Log.Write(model.CountTokens(a.Email));
                Log.Write(model.Flagged(a.Email));
                Log.Write({|PRIV003:model.Echo(a.Email)|});
            }
        }
        """);

    // ---- ToString overrides ------------------------------------------------------------------------------------------

    [Fact]
    public Task Implicit_ToString_follows_the_override_as_an_explicit_call_does() => VerifyAsync("""
        public sealed class Card { public string Last4 { get; set; } = ""; public string Holder { get; set; } = ""; public override string ToString() => "**** " + Last4; }
        class C
        {
            void M(Account a)
            {
                var card = new Card { Last4 = "1234", Holder = a.PhoneNumber };
                Ads.Upload($"card {card}");
                Ads.Upload("card " + card);
                Ads.Upload(card.ToString());
                var named = new Card { Last4 = a.PhoneNumber };
                Ads.Upload({|PRIV001:$"card {named}"|});
                Ads.Upload({|PRIV001:"card " + named|});
            }
        }
        """);

    // ---- Annotations under every name C# allows ----------------------------------------------------------------------

    [Fact]
    public Task Annotations_count_by_alias_full_name_and_suffix() => VerifyAsync("""
        public sealed class Person
        {
            [PrivacyAnalyzers.PersonalData("user.contact.phone_number")] public string A { get; set; } = "";
            [PersonalDataAttribute(DataCategory.PhoneNumber)] public string B { get; set; } = "";
            [PrivacyAnalyzers.PersonalDataAttribute(DataCategory.Email)] public string C { get; set; } = "";
            public string D { get; set; } = "";
        }
        class Use { void M(Person p) { Ads.Upload({|PRIV001:p.A|}); Ads.Upload({|PRIV001:p.B|}); Log.Write({|PRIV003:p.C|}); Ads.Upload(p.D); } }
        """);

    [Fact]
    public Task A_using_alias_of_the_attribute_is_seen_by_the_presence_check_and_the_engine()
    {
        // No "PersonalData(" text anywhere but in the alias: the cheap check must still find the marked member.
        var test = new AnalyzerTest<PrivacyAnalyzers.Rules.PrivacyFlowAnalyzer>("""
            using PD = PrivacyAnalyzers.PersonalDataAttribute;
            using PrivacyAnalyzers;
            public sealed class Person { [PD(DataCategory.PhoneNumber)] public string Phone { get; set; } = ""; }
            public static class Ads { [DataSink(Recipient.Advertising)] public static void Upload(object value) { } }
            class Use { void M(Person p) { Ads.Upload({|PRIV002:p.Phone|}); } }
            """);
        return test.RunAsync();
    }
}
