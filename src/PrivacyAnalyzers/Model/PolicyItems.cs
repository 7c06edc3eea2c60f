using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Model
{
    /// <summary>Where a sink hands data: to whom, and which company.</summary>
    internal sealed class SinkInfo
    {
        public SinkInfo(string name, RecipientKind declared, string? party, ISymbol? member, ImmutableArray<string> arguments = default, string? via = null)
        {
            Via = via;
            Name = via == null ? name : via + " via " + name;
            Member = member;
            Declared = declared;
            Recipients = RecipientKinds.Effective(declared);
            Party = string.IsNullOrEmpty(party) ? null : party;
            Arguments = arguments;
            ReturnsOf = arguments.IsDefault ? null : arguments.FirstOrDefault(a => a.StartsWith(ReturnsPrefix, System.StringComparison.Ordinal))?.Substring(ReturnsPrefix.Length);
            HostOf = arguments.IsDefault ? null : arguments.FirstOrDefault(a => a.StartsWith(HostPrefix, System.StringComparison.Ordinal))?.Substring(HostPrefix.Length);
        }

        private const string ReturnsPrefix = "returns:";
        private const string HostPrefix = "host:";

        /// <summary>
        /// For an HTTP send (<c>sink: M:...HttpClient.PostAsync ; host: requestUri</c>): the parameter holding the request or its
        /// URI; the sink's recipients and party are those of the request's host, known only at the call.
        /// </summary>
        public string? HostOf { get; }

        /// <summary>This sink at one call whose destination is known: the host's recipients and party, named after the host.</summary>
        public SinkInfo ToHost(string name, RecipientKind recipients, string? party) => new SinkInfo(name, recipients, party, Member, Arguments.RemoveAll(a => a.StartsWith(HostPrefix, System.StringComparison.Ordinal)));

        /// <summary>
        /// For a sink such as <c>AIFunctionFactory.Create(method)</c>: the delegate parameter whose return values are handed
        /// over (a tool's results go to the model's provider); its arguments themselves are not.
        /// </summary>
        public string? ReturnsOf { get; }

        /// <summary>The parameters whose arguments are handed over, by name or 0-based ordinal; default: every argument.</summary>
        public ImmutableArray<string> Arguments { get; }

        /// <summary>Whether the argument of this parameter reaches the recipients (a log level or an event id does not).</summary>
        public bool HandsOver(IParameterSymbol parameter) =>
            ReturnsOf == null && (Arguments.IsDefault || Arguments.Any(a => Names(a, parameter) != null));

        /// <summary>
        /// The members of the argument that are handed over (<c>args: 0.Id</c>, as a library summary writes a helper that
        /// logs one member of what it is given); empty when the whole argument is.
        /// </summary>
        public ImmutableArray<string> MembersHandedOver(IParameterSymbol parameter)
        {
            if (Arguments.IsDefault)
            {
                return ImmutableArray<string>.Empty;
            }

            var members = ImmutableArray.CreateBuilder<string>();
            foreach (var argument in Arguments)
            {
                switch (Names(argument, parameter))
                {
                    case "":
                        return ImmutableArray<string>.Empty;
                    case { } member:
                        members.Add(member);
                        break;
                }
            }

            return members.ToImmutable();
        }

        /// <summary>"" when <paramref name="argument"/> names the whole parameter, its member when it names one, null when another parameter.</summary>
        private static string? Names(string argument, IParameterSymbol parameter)
        {
            var dot = argument.IndexOf('.');
            var name = dot < 0 ? argument : argument.Substring(0, dot);
            var matches = name == parameter.Name || name == parameter.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return !matches ? null : dot < 0 ? "" : argument.Substring(dot + 1);
        }

        /// <summary>Short display name such as "FB.LogAppEvent".</summary>
        public string Name { get; }

        public RecipientKind Declared { get; }

        /// <summary>Declared recipients plus third party when only a purpose was named.</summary>
        public RecipientKind Recipients { get; }

        public string? Party { get; }

        /// <summary>The method or property that hands the data over, which names the sink in a baseline fingerprint.</summary>
        public ISymbol? Member { get; }

        public SinkInfo WithMember(string name, ISymbol member) => new SinkInfo(name, Declared, Party, member, Arguments, Via);

        /// <summary>A library summary's sink inside the referenced method (<c>Console.WriteLine</c>), which names the sink first.</summary>
        public string? Via { get; }
    }

    /// <summary>A promise from <c>[assembly: PrivacyPromise]</c> or a rules-file <c>promise:</c> line.</summary>
    internal sealed class Promise
    {
        public Promise(string category, RecipientKind neverSharedWith, string statement, Location location, RecipientKind consentRequiredFor = RecipientKind.None)
        {
            Category = category;
            NeverSharedWith = neverSharedWith;
            ConsentRequiredFor = consentRequiredFor;
            Statement = statement;
            Location = location;
        }

        /// <summary>What a promise without a <c>Statement</c> says.</summary>
        public static string DefaultStatement(string category, RecipientKind never, RecipientKind consent) =>
            never == RecipientKind.None ? $"{category} is shared with {RecipientKinds.Describe(consent)} only with the user's consent"
            : consent == RecipientKind.None ? $"{category} is never shared with {RecipientKinds.Describe(never)}"
            : $"{category} is never shared with {RecipientKinds.Describe(never)}, and with {RecipientKinds.Describe(consent)} only with the user's consent";

        public string Category { get; }
        public RecipientKind NeverSharedWith { get; }

        /// <summary>Recipients that may receive the data only behind a consent check covering them.</summary>
        public RecipientKind ConsentRequiredFor { get; }

        public string Statement { get; }
        public Location Location { get; }
    }

    /// <summary>A disclosure from <c>[assembly: PrivacyDisclosure]</c> or a rules-file <c>disclosure:</c> line.</summary>
    internal sealed class Disclosure
    {
        public Disclosure(string category, RecipientKind recipients, string? party, string? purpose, Location location)
        {
            Category = category;
            Declared = recipients;
            Recipients = RecipientKinds.Effective(recipients);
            Party = string.IsNullOrEmpty(party) ? null : party;
            Purpose = purpose;
            Location = location;
        }

        public string Category { get; }

        /// <summary>The recipients as written.</summary>
        public RecipientKind Declared { get; }

        /// <summary>Read as sinks are: a purpose with nobody named (analytics) is a third party's too.</summary>
        public RecipientKind Recipients { get; }

        public string? Party { get; }
        public string? Purpose { get; }
        public Location Location { get; }

        /// <summary>A disclosure with a party covers sinks of that party and sinks that name no party (<c>ILogger</c>, <c>IChatClient</c>).</summary>
        public bool CoversParty(string? sinkParty) =>
            Party == null || sinkParty == null || string.Equals(Party, sinkParty, System.StringComparison.OrdinalIgnoreCase);
    }
}
