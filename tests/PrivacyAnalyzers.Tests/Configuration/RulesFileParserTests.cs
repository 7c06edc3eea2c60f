using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

public class RulesFileParserTests
{
    private static RulesFile Parse(string text) => RulesFileParser.Parse(SourceText.From(text));

    [Fact]
    public void ReadsEveryKeywordOfTheSpecExample()
    {
        var file = Parse("""
            source:     M:Contacts.AddressBook.GetAll ; user.social.contacts
            source:     P:Acme.Session.CurrentPhone ; user.contact.phone_number
            sink:       M:FlowBlot.Model.Framework.Sink(System.String) ; advertising, third_party ; Acme Ads
            sink:       T:Acme.Telemetry.Client ; analytics ; Acme
            anonymizer: M:Acme.Privacy.Hash.Anonymize(System.String)
            promise:    user.contact.phone_number ; never: advertising, affiliate ; We never share your phone number.
            disclosure: user.contact.email ; processor ; SendGrid ; Account e-mails
            """);

        Assert.Empty(file.Problems);
        Assert.Equal(7, file.Entries.Length);

        var sink = file.Entries[2];
        Assert.Equal(RulesEntryKind.Sink, sink.Kind);
        Assert.Equal("M:FlowBlot.Model.Framework.Sink(System.String)", sink.SymbolId);
        Assert.Equal(RecipientKind.Advertising | RecipientKind.ThirdParty, sink.Recipients);
        Assert.Equal("Acme Ads", sink.Party);
        Assert.Equal(2, sink.Line.Number);

        var anonymizer = file.Entries[4];
        Assert.Equal(RulesEntryKind.Anonymizer, anonymizer.Kind);
        Assert.Empty(anonymizer.Categories);

        var promise = file.Entries[5];
        Assert.Equal(new[] { "user.contact.phone_number" }, promise.Categories);
        Assert.Equal(RecipientKind.Advertising | RecipientKind.Affiliate, promise.Recipients);
        Assert.Equal("We never share your phone number.", promise.Text);

        var disclosure = file.Entries[6];
        Assert.Equal(RecipientKind.Processor, disclosure.Recipients);
        Assert.Equal("SendGrid", disclosure.Party);
        Assert.Equal("Account e-mails", disclosure.Text);
    }

    [Fact]
    public void CommentsRunToTheEndOfTheLineWhereverTheyStand()
    {
        var file = Parse("""
            # a whole-line comment
               # an indented one

            sink: M:Acme.Ads.Upload ; advertising # Meta's uploader ; not a party
            source: P:Acme.User.Phone ; user.contact.phone_number#no space before it
            """);

        Assert.Empty(file.Problems);
        Assert.Equal(2, file.Entries.Length);
        Assert.Null(file.Entries[0].Party);
        Assert.Equal(3, file.Entries[0].Line.Number);
        Assert.Equal(new[] { "user.contact.phone_number" }, file.Entries[1].Categories);
    }

    [Fact]
    public void A_constructor_id_is_no_comment_but_what_follows_it_can_be()
    {
        var file = Parse("""
            model: M:Acme.Order.#ctor(System.String) ; arg0 -> this.Phone # the order keeps the phone
            model: M:Acme.Order.#cctor ; clean
            sink: M:Acme.Ads.Upload ; advertising #ctor here is a comment
            """);

        Assert.Empty(file.Problems);
        Assert.Equal(new[] { "M:Acme.Order.#ctor(System.String)", "M:Acme.Order.#cctor", "M:Acme.Ads.Upload" }, file.Entries.Select(e => e.SymbolId));
        Assert.Null(file.Entries[2].Party);
    }

    [Fact]
    public void ByteOrderMarkAndWindowsLineEndingsAreHarmless()
    {
        var file = Parse("\uFEFFsink: M:Acme.Ads.Upload ; advertising\r\nsource: P:Acme.User.Phone ; user.contact.phone_number\r\n");

        Assert.Empty(file.Problems);
        Assert.Equal(new[] { "M:Acme.Ads.Upload", "P:Acme.User.Phone" }, file.Entries.Select(e => e.SymbolId));
        Assert.Equal(1, file.Entries[1].Line.Number);
    }

    [Fact]
    public void SourceAndAnonymizerTakeSeveralCategories()
    {
        var file = Parse("""
            source: M:Acme.Profile.Get ; user.name, user.contact.email
            anonymizer: M:Acme.Mask.Apply ; user.contact
            """);

        Assert.Equal(new[] { "user.name", "user.contact.email" }, file.Entries[0].Categories);
        Assert.Equal(new[] { "user.contact" }, file.Entries[1].Categories);
    }

    [Fact]
    public void ReadsModelLinesAndSinkArguments()
    {
        var file = Parse("""
            model: M:Acme.Geo.Find ; this, arg0 -> return ; arg1[] -> this[]
            model: M:Acme.Jobs.Each ; call arg1(arg0[]) -> return[] ; call args(this)
            model: P:Acme.Jobs.Count ; clean
            sink: M:Acme.Log.Write ; logging ; ; args: 1, message
            """);

        Assert.Empty(file.Problems);
        var find = file.Entries[0].Model!.Transfers;
        Assert.Equal(2, find.Length);
        Assert.Equal(new[] { "this", "arg0" }, find[0].From.Select(p => p.ToString()));
        Assert.Equal("return", find[0].To!.Value.ToString());
        Assert.Equal(("arg1[]", "this[]"), (find[1].From.Single().ToString(), find[1].To!.Value.ToString()));
        var each = file.Entries[1].Model!.Transfers;
        Assert.Equal((1, "arg0[]", "return[]"), (each[0].DelegateOrdinal!.Value, each[0].From.Single().ToString(), each[0].To!.Value.ToString()));
        Assert.Equal((ModelPlace.AllArguments, "this"), (each[1].DelegateOrdinal!.Value, each[1].From.Single().ToString()));
        Assert.Null(each[1].To);
        Assert.Empty(file.Entries[2].Model!.Transfers);
        Assert.Equal(new[] { "1", "message" }, file.Entries[3].SinkArguments);
        Assert.Equal("handler", new Model.SinkInfo("Tools.Register", Model.RecipientKind.AIProvider, null, null,
            Parse("sink: M:Acme.Tools.Register ; ai_provider ; ; returns: handler").Entries.Single().SinkArguments).ReturnsOf);
        Assert.Null(file.Entries[3].Party);
    }

    [Theory]
    [InlineData("track: M:Acme.Ads.Upload ; advertising", "Unknown keyword 'track'")]
    [InlineData("just some words", "expected 'keyword: ...'")]
    [InlineData("sink: X:Acme.Ads.Upload ; advertising", "is not a documentation-comment ID")]
    [InlineData("sink: Acme.Ads.Upload ; advertising", "is not a documentation-comment ID")]
    [InlineData("sink: M:Acme.Ads.Up load ; advertising", "is not a documentation-comment ID")]
    [InlineData("sink: T:Acme.Ads* ; advertising", "is not a documentation-comment ID")]
    [InlineData("sink: M:Acme.*.Upload ; advertising", "is not a documentation-comment ID")]
    [InlineData("sink: M:Acme.Ads.Upload ; advertisers", "Unknown recipient 'advertisers'")]
    [InlineData("sink: M:Acme.Ads.Upload", "'sink:' expects")]
    [InlineData("sink: M:Acme.Ads.Upload ; ; Meta", "No recipient named")]
    [InlineData("sink: M:Acme.Ads.Upload ; advertising ; Meta ; args: 1 ; via: X ; extra", "'sink:' expects")]
    [InlineData("sink: M:Acme.Ads.Upload ; advertising ; Meta ; args: 1 ; extra", "A sink's fifth field names the sink inside the method")]
    [InlineData("sink: M:Acme.Ads.Upload ; advertising ; Meta ; extra", "A sink's fourth field names the parameters handed over")]
    [InlineData("sink: M:Acme.Ads.Upload ; advertising ; ; args: 1, x-y", "'x-y' in 'args: 1, x-y' is no parameter name or ordinal")]
    [InlineData("sink: M:Acme.Ai.Register ; ai_provider ; ; returns: 1", "'returns: 1' names no delegate parameter")]
    [InlineData("sink: [M:Acme.Audit.Write] ; logging", "'[M:Acme.Audit.Write]' names no attribute type")]
    [InlineData("sink: [T:Acme.AuditAttribute ; logging", "names no attribute type")]
    [InlineData("sink: [T:Acme.AuditAttribute] ; logging ; ; args: 1", "An attribute-keyed sink names the parameters it does not hand over")]
    [InlineData("sink: [T:Acme.AuditAttribute] ; logging ; ; args: except Acme.Channel", "'Acme.Channel' in 'args: except Acme.Channel' is neither a type ID")]
    [InlineData("model: M:Acme.Geo.Find", "'model:' expects 'model: ID ; transfers' (2 or more fields")]
    [InlineData("model: M:Acme.Geo.Find ; arg0 => return", "Cannot read the model 'arg0 => return'")]
    [InlineData("model: M:Acme.Geo.Find ; arg0 -> result", "does not name one place after '->'")]
    [InlineData("model: M:Acme.Geo.Find ; return -> arg0", "Cannot read the model 'return -> arg0'")]
    [InlineData("model: M:Acme.Geo.Find ; call this(arg0)", "Cannot read the delegate call 'call this(arg0)'")]
    [InlineData("model: M:Acme.Geo.Find ; call arg1(arg0[]", "Cannot read the delegate call")]
    [InlineData("modle: M:Acme.Geo.Find ; clean", "Unknown keyword 'modle': expected source, sink, anonymizer, promise, consent, disclosure, model, host or assembly")]
    [InlineData("source: P:Acme.User.Phone ; User.Phone", "'User.Phone' is not a valid category key")]
    [InlineData("source: P:Acme.User.Phone", "'source:' expects")]
    [InlineData("source: P:Acme.User.Phone ;", "A category is missing")]
    [InlineData("anonymizer: M:Acme.Mask.Apply ; user..contact", "is not a valid category key")]
    [InlineData("promise: user.contact.phone_number ; advertising ; We never share it.", "A promise needs 'never: <recipients>'")]
    [InlineData("promise: user.contact.phone_number", "'promise:' expects")]
    [InlineData("promise: user.contact.phone_number ; never: marketing", "Unknown recipient 'marketing'")]
    [InlineData("promise: user.contact.phone_number, user.name ; never: advertising", "exactly one category")]
    [InlineData("promise: Phone ; never: advertising", "'Phone' is not a valid category key")]
    [InlineData("disclosure: user.contact.email", "'disclosure:' expects")]
    [InlineData("disclosure: user.contact.email ; processors ; SendGrid", "Unknown recipient 'processors'")]
    [InlineData("disclosure: user.contact.email ; processor ; SendGrid ; Account e-mails ; extra", "'disclosure:' expects")]
    public void EveryBadLineIsAProblemAtItsLineAndTheOtherLinesStillApply(string badLine, string expectedMessage)
    {
        var file = Parse($"""
            sink: M:Acme.Ads.Upload ; advertising
            {badLine}   # a comment after it
            source: P:Acme.User.Phone ; user.contact.phone_number
            """);

        var problem = Assert.Single(file.Problems);
        Assert.Equal(1, problem.Line.Number);
        Assert.Contains(expectedMessage, problem.Message);
        Assert.Equal(badLine.Length, problem.Line.Span.Length);
        Assert.Equal(new[] { 0, 2 }, file.Entries.Select(e => e.Line.Number));
    }

    [Fact]
    public void ProblemSpanCoversTheEntryTextWithoutIndentOrComment()
    {
        var text = "sink: M:A.B ; logging\n   sink: M:A.C ; loging   # typo\n";
        var problem = Assert.Single(Parse(text).Problems);

        Assert.Equal("sink: M:A.C ; loging", text.Substring(problem.Line.Span.Start, problem.Line.Span.Length));
        Assert.Equal(3, problem.Line.StartColumn);
        Assert.Equal(new LinePositionSpan(new LinePosition(1, 3), new LinePosition(1, 23)), problem.Line.LineSpan);
    }

    [Theory]
    [InlineData("PrivacyRules.txt", true)]
    [InlineData("/src/app/PrivacyRules.txt", true)]
    [InlineData("C:\\src\\privacyrules.ads.txt", true)]
    [InlineData("/src/PrivacyRules.Meta.Ads.txt", true)]
    [InlineData("/src/PrivacyRules.txt.bak", false)]
    [InlineData("/src/PrivacyRulesX.txt", false)]
    [InlineData("/src/PrivacyRules.md", false)]
    [InlineData("/src/BannedSymbols.txt", false)]
    public void RecognizesRulesFileNames(string path, bool expected) =>
        Assert.Equal(expected, RulesLoader.IsRulesFile(path.Replace('\\', '/')));
}
