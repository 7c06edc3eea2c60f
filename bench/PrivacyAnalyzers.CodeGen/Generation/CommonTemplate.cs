namespace PrivacyAnalyzers.CodeGen.Generation;

/// <summary>The file every generated codebase shares: the policy, the sinks, the anonymizer and text helpers.</summary>
internal static class CommonTemplate
{
    public const string Path = "Common/Platform.cs";

    /// <summary>The policy: phone numbers never go to advertisers or affiliates; e-mails go to a processor.</summary>
    public const string Text = """
using System;
using System.Collections.Generic;
using PrivacyAnalyzers;

[assembly: PrivacyPromise(DataCategory.PhoneNumber, NeverSharedWith = Recipient.Advertising | Recipient.Affiliate,
    Statement = "We never share your phone number with advertisers or with our parent company.")]
[assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "MailCo", Purpose = "Receipts and account e-mails")]

namespace Shop.Common
{
    [DataSink(Recipient.Advertising | Recipient.ThirdParty, Party = "AdCo")]
    public interface IAudienceUploader
    {
        void Upload(string identifier);
    }

    [DataSink(Recipient.Analytics | Recipient.ThirdParty, Party = "StatsCo")]
    public interface IProductAnalytics
    {
        void Track(string eventName, string value);

        void Count(string eventName, int value);

        void TrackMany(string eventName, IEnumerable<string> values);
    }

    [DataSink(Recipient.Processor, Party = "MailCo")]
    public interface IMailer
    {
        void Send(string recipient, string body);
    }

    public static class Pii
    {
        [Anonymizer]
        public static string Mask(string value) =>
            value.Length <= 2 ? "**" : value.Substring(0, 2) + new string('*', value.Length - 2);
    }

    /// <summary>Shared helpers called with personal and with plain text alike.</summary>
    public static class Text
    {
        public static string Normalize(string value) => value.Trim().ToLowerInvariant();

        public static string Quote(string value) => "\"" + value + "\"";

        public static string Shorten(string value, int max) => value.Length <= max ? value : value.Substring(0, max);

        public static int Score(string value, int seed)
        {
            var score = seed;
            foreach (var c in value)
            {
                score = unchecked(score * 31 + c);
            }

            return Math.Abs(score % 1000);
        }
    }
}
""";
}
