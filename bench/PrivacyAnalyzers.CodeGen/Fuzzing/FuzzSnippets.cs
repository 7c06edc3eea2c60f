namespace PrivacyAnalyzers.CodeGen.Fuzzing;

/// <summary>A valid input for the fuzzer: C# code and an optional rules file.</summary>
public sealed record FuzzSnippet(string Name, string Code, string Rules = "");

/// <summary>Representative inputs: each valid as written, each exercising a different corner of the product.</summary>
public static class FuzzSnippets
{
    public static readonly FuzzSnippet[] All =
    {
        new FuzzSnippet("Promise", """
using System.Collections.Generic;
using PrivacyAnalyzers;

[assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising | Recipient.Affiliate,
    Statement = "We will never share your phone number with advertisers or with our parent company.")]
[assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "SendGrid", Purpose = "Account e-mails")]

public sealed class Account
{
    [PersonalData(DataCategory.PhoneNumber)] public string PhoneNumber { get; init; } = "";
    [PersonalData(DataCategory.Email)] public string Email { get; init; } = "";
    public string DisplayName { get; init; } = "";
}

[DataSink(Recipient.Advertising | Recipient.Affiliate, Party = "Meta")]
public interface IAudienceUploader { void Upload(IEnumerable<string> identifiers); }

public static class Pii
{
    [Anonymizer] public static string Anonymize(string value) => "...";
}

public sealed class Growth
{
    private readonly IAudienceUploader _uploader;
    public Growth(IAudienceUploader uploader) => _uploader = uploader;

    public void Sync(List<Account> accounts)
    {
        var phones = new List<string>();
        foreach (var account in accounts)
        {
            phones.Add(account.PhoneNumber);
        }
        _uploader.Upload(phones);
        _uploader.Upload(new[] { Pii.Anonymize(accounts[0].PhoneNumber), accounts[0].DisplayName });
    }
}
"""),
        new FuzzSnippet("RulesFile", """
namespace Acme
{
    public sealed class Session
    {
        public string CurrentPhone => "+15550100";
    }

    public static class Telemetry
    {
        public static void Send(string name, object value) { }
    }

    public static class Hash
    {
        public static string Anonymize(string value) => value.GetHashCode().ToString();
    }

    public sealed class Screen
    {
        public void Show(Session session)
        {
            var phone = session.CurrentPhone;
            Telemetry.Send("screen", phone.Trim());
            Telemetry.Send("masked", Hash.Anonymize(phone));
            System.Console.WriteLine($"shown to {phone}");
        }
    }
}
""", """
# rules for code we cannot annotate
source:     P:Acme.Session.CurrentPhone ; user.contact.phone_number
sink:       M:Acme.Telemetry.Send(System.String,System.Object) ; analytics, third_party ; Acme   # the SDK
anonymizer: M:Acme.Hash.Anonymize(System.String)
promise:    user.contact.phone_number ; never: advertising, affiliate ; We never share your phone number.
disclosure: user.contact.email ; processor ; SendGrid ; Account e-mails
sink:       T:Acme.Missing ; nonsense
"""),
        new FuzzSnippet("FlowConstructs", """
using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using PrivacyAnalyzers;

[DataSink(Recipient.Analytics | Recipient.ThirdParty, Party = "Stats")]
public interface IStats { void Track(string name, params string[] values); }

public record Person([property: PersonalData(DataCategory.PhoneNumber)] string Phone, string Nick);

public struct Pair { public string A; public string B; }

public static class Flows
{
    public static async Task<string> LoadAsync(Person p) { await Task.Yield(); return p.Phone; }

    public static IEnumerable<string> Phones(IEnumerable<Person> people)
    {
        foreach (var p in people) yield return p.Phone;
    }

    public static void Run(IStats stats, Person person, List<Person> people)
    {
        var (phone, nick) = (person.Phone, person.Nick);
        var pair = new Pair { A = phone, B = nick };
        string Local(string v) => v.ToUpperInvariant();
        Func<Person, string> pick = x => x.Nick;
        var hashed = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(phone)));
        var text = person switch { { Nick: "x" } => "x", var q when q.Phone.Length > 3 => q.Nick, _ => "" };
        stats.Track("a", pair.B, Local(nick), pick(person), text, people.Select(pick).First());
        stats.Track("b", hashed, string.Join(",", Phones(people)), LoadAsync(person).Result);
        var dict = people.ToDictionary(p => p.Phone, p => p.Nick);
        stats.Track("c", dict.Keys.First(), dict.Values.First(), people.Count.ToString());
        if (false) { stats.Track("dead", phone); }
        TryGet(person, out var got);
        stats.Track("d", got ?? "");
    }

    private static bool TryGet(Person p, out string? value) { value = p.Phone; return true; }
}
"""),
        new FuzzSnippet("TypesAndInheritance", """
using System;
using System.Collections;
using System.Collections.Generic;
using PrivacyAnalyzers;

[PersonalData(DataCategory.PreciseLocation)]
public sealed class GeoFix { public double Lat; public double Lon; }

[DataSink(Recipient.Advertising)]
public abstract class AdNetwork
{
    public abstract void Send(object payload);
    public string Tag { get; set; } = "";
}

public sealed class MetaAds : AdNetwork
{
    public override void Send(object payload) { }
}

public interface IRepo<T> { T Get(int id); }

public sealed class FixRepo : IRepo<GeoFix>
{
    private readonly Hashtable _table = new Hashtable();
    public GeoFix Get(int id) => (GeoFix)_table[id]!;
}

public static class Use
{
    public static void Go(AdNetwork ads, IRepo<GeoFix> repo, [PersonalData("user.custom_key")] string key)
    {
        var fix = repo.Get(1);
        ads.Send(new { fix.Lat, Where = fix });
        ads.Tag = key;
        var list = new ArrayList { fix };
        ads.Send(list);
        var q = new Queue<string>(); q.Enqueue(key);
        var s = new Stack<string>(q); ads.Send(s.Peek());
        GC.KeepAlive(new Action(() => ads.Send(key)));
    }
}
"""),
        new FuzzSnippet("Malformed", """
using PrivacyAnalyzers;

[assembly: PrivacyPromise("Not A Key", NeverSharedWith = Recipient.ThirdParty)]
[assembly: PrivacyPromise(DataCategory.Email, NeverSharedWith = Recipient.Processor, Statement = "no e-mail leaves us")]
[assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "Mailer")]

public class Odd
{
    [PersonalData("")] public string A = "";
    [PersonalData(DataCategory.Health)] public void Nothing() { }
    [Anonymizer] public void AlsoNothing() { }
    [Anonymizer("bad key!")] public string Clean(string v) => v;
    [DataSink((Recipient)1024)] public void Weird(string v) { }
    [PersonalData(null!)] public string B { get; set; } = "";
    public string PhoneNumber { get; set; } = "";
    public string EmailAddress = "";
}
"""),
        new FuzzSnippet("Logging", """
using System;
using System.Diagnostics;
using System.Text;
using PrivacyAnalyzers;

public partial class Signup
{
    [PersonalData(DataCategory.Email)] public string Email { get; set; } = "";
    [PersonalData(DataCategory.DateOfBirth)] public DateTime Birth { get; set; }

    public void Done()
    {
        var sb = new StringBuilder();
        sb.Append("signup ").Append(Email);
        Console.WriteLine(sb.ToString());
        Debug.WriteLine(Birth.ToString("yyyy"));
        Trace.WriteLine(string.Format("{0} {1}", Email.Length, Email.Contains('@')));
        Console.Write(Email.Substring(0, Email.IndexOf('@')));
        var n = Email.Length > 5 ? 1 : 0;
        Console.WriteLine(n);
        Recurse(Email, 3);
    }

    private static string Recurse(string v, int depth) => depth == 0 ? v : Recurse(v + "!", depth - 1);
}
"""),
    };
}
