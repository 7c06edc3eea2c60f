using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>Strings, conversions, encodings and hashes.</summary>
public class StringAndConversionTests
{
    [Fact]
    public Task String_apis_carry() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var p = a.PhoneNumber;
                Ads.Upload({|PRIV001:string.Format("{0}", p)|});
                Ads.Upload({|PRIV001:string.Concat("a", p)|});
                Ads.Upload({|PRIV001:string.Join(",", new[] { p })|});
                Ads.Upload({|PRIV001:p.Substring(1).Trim().ToUpper().ToLower().Replace("-", "").PadLeft(12).Normalize()|});
                Ads.Upload({|PRIV001:p.Split(' ')|});
                Ads.Upload({|PRIV001:p.ToString()|});
                var sb = new StringBuilder();
                sb.Append("tel:").Append(p);
                Ads.Upload({|PRIV001:sb.ToString()|});
                var clean = new StringBuilder();
                clean.Append(a.DisplayName);
                Ads.Upload(clean.ToString());
            }
        }
        """);

    [Fact]
    public Task Conversions_encodings_and_hashes_carry() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var bytes = Encoding.UTF8.GetBytes(a.PhoneNumber);
                Ads.Upload({|PRIV001:SHA256.HashData(bytes)|});
                Ads.Upload({|PRIV001:Convert.ToBase64String(bytes)|});
                Ads.Upload({|PRIV001:Convert.ToHexString(MD5.HashData(bytes))|});
                using var hmac = new HMACSHA256(new byte[16]);
                Ads.Upload({|PRIV001:hmac.ComputeHash(bytes)|});
                var n = long.Parse(a.PhoneNumber);
                Ads.Upload({|PRIV001:n|});
                long.TryParse(a.PhoneNumber, out var m);
                Ads.Upload({|PRIV001:(object)m|});
                Ads.Upload({|PRIV001:Convert.ToInt64(a.PhoneNumber)|});
            }
        }
        """);

    [Fact]
    public Task Only_anonymizers_clear_and_they_follow_the_hierarchy() => VerifyAsync("""
        public static class Scrub
        {
            [Anonymizer(DataCategory.Contact)] public static string Contact(string s) => "";
            [Anonymizer(DataCategory.Email)] public static string Email(string s) => "";
        }
        class C
        {
            void M(Account a)
            {
                Ads.Upload(Scrub.Contact(a.PhoneNumber));
                Ads.Upload({|PRIV001:Scrub.Email(a.PhoneNumber)|});
            }
        }
        """);
}
