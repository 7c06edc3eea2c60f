using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Configuration;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Configuration;

/// <summary>Microsoft.Extensions.Compliance interop against the real packages.</summary>
[Trait(TestGroups.Category, TestGroups.RealPackages)]
public class ComplianceInteropTests
{
    private static readonly (string, string)[] Compliance =
    {
        ("Microsoft.Extensions.Compliance.Abstractions", "8.10.0"),
        ("Microsoft.Extensions.Compliance.Redaction", "8.10.0"),
        ("Microsoft.Extensions.Logging.Abstractions", "8.0.2"),
        ("Microsoft.Extensions.ObjectPool", "8.0.11"), // 8.0.10, the version 8.10.0 names, is not served here
    };

    private const string Taxonomy = """
        using Microsoft.Extensions.Compliance.Classification;

        public static class MyTaxonomy
        {
            public static string Name => "MyTaxonomy";
            public const string Prefix = "user.";
            public static DataClassification PrivateInformation => new(Name, nameof(PrivateInformation));
            public static DataClassification Email { get; } = new DataClassification("fides", Prefix + "contact.email");
            public static readonly DataClassification Phone = new("fides", "user.contact.phone_number");
            public static DataClassification Address { get { return new DataClassification("fides", "user.contact.address"); } }
        }

        public sealed class LiteralAttribute : DataClassificationAttribute
        {
            public LiteralAttribute() : base(new DataClassification("fides", "user.financial.credit_card")) { }
        }

        public sealed class PrivateInformationAttribute : DataClassificationAttribute
        {
            public PrivateInformationAttribute() : base(MyTaxonomy.PrivateInformation) { }
        }

        public sealed class EmailAttribute : DataClassificationAttribute
        {
            public EmailAttribute() : base(MyTaxonomy.Email) { }
        }

        public sealed class PhoneAttribute() : DataClassificationAttribute(MyTaxonomy.Phone);

        public sealed class AddressAttribute : DataClassificationAttribute
        {
            public AddressAttribute() : base(MyTaxonomy.Address) { }
        }

        public class IntermediateAttribute : DataClassificationAttribute
        {
            protected IntermediateAttribute(DataClassification classification) : base(classification) { }
        }

        public sealed class HealthAttribute : IntermediateAttribute
        {
            public HealthAttribute() : base(new("fides", "user.health_and_medical")) { }
        }

        public sealed class OpaqueAttribute : DataClassificationAttribute
        {
            public OpaqueAttribute() : base(Pick()) { }
            private static DataClassification Pick() => DataClassification.Unknown;
        }
        """;

    private static async Task<(Compilation Compilation, PrivacyModel Model)> ModelAsync(string extra = "", params MetadataReference[] references)
    {
        var compilation = TestCompilations.Create(Taxonomy + extra, Compliance).AddReferences(references);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return (compilation, TestCompilations.Model(compilation));
    }

    [Theory]
    [InlineData("LiteralAttribute", "user.financial.credit_card")]
    [InlineData("PrivateInformationAttribute", "MyTaxonomy:PrivateInformation")]
    [InlineData("EmailAttribute", "user.contact.email")]
    [InlineData("PhoneAttribute", "user.contact.phone_number")]
    [InlineData("AddressAttribute", "user.contact.address")]
    [InlineData("HealthAttribute", "user.health_and_medical")]
    [InlineData("OpaqueAttribute", "unknown")]
    [InlineData("Microsoft.Extensions.Compliance.Classification.UnknownDataClassificationAttribute", "unknown")]
    public async Task CategoryComesFromTheClassificationPassedToTheBaseConstructor(string attribute, string expected)
    {
        var (compilation, model) = await ModelAsync();

        Assert.Equal(expected, model.Classifications.CategoryOf(compilation.GetTypeByMetadataName(attribute)!));
    }

    [Fact]
    public async Task ClassifiedMembersAreSourcesAndNoDataClassificationIsNot()
    {
        var (compilation, model) = await ModelAsync("""
            public class Customer
            {
                [Phone] public string Mobile { get; set; } = "";
                [PrivateInformation] public string Notes { get; set; } = "";
                [Microsoft.Extensions.Compliance.Classification.NoDataClassification] public string Id { get; set; } = "";
            }
            """);
        var customer = compilation.GetTypeByMetadataName("Customer")!;

        Assert.Equal(new[] { "user.contact.phone_number" }, model.SourceCategories(customer.GetMembers("Mobile").Single()));
        Assert.Equal(new[] { "MyTaxonomy:PrivateInformation" }, model.SourceCategories(customer.GetMembers("Notes").Single()));
        Assert.Empty(model.SourceCategories(customer.GetMembers("Id").Single()));
    }

    [Fact]
    public async Task AttributesFromAReferencedAssemblyAreUnknown()
    {
        // The same taxonomy, compiled into a library: only metadata reaches the consumer.
        var library = TestCompilations.Create(Taxonomy, Compliance);
        using var image = new MemoryStream();
        Assert.True(library.WithAssemblyName("Taxonomy").Emit(image).Success);
        var consumer = (TestCompilations.Create("public class C { [Phone] public string P { get; set; } = \"\"; }", Compliance))
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        var model = TestCompilations.Model(consumer);

        Assert.Equal(CategoryKey.Unknown, model.Classifications.CategoryOf(consumer.GetTypeByMetadataName("PhoneAttribute")!));
        Assert.Equal(new[] { "unknown" }, model.SourceCategories(consumer.GetTypeByMetadataName("C")!.GetMembers("P").Single()));
    }

    [Fact]
    public async Task RedactorRedactIsAnAnonymizerOfEveryCategory()
    {
        var (compilation, model) = await ModelAsync();
        var redactor = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.Redactor")!;
        var redact = redactor.GetMembers("Redact").OfType<IMethodSymbol>().Single(m => m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_String);
        var length = redactor.GetMembers("GetRedactedLength").OfType<IMethodSymbol>().First();

        Assert.Equal(Array.Empty<string>(), model.Anonymizer(redact));
        Assert.Null(model.Anonymizer(length));
    }

    [Fact]
    public async Task LoggerMessageParametersAreLoggingSinksUnlessClassified()
    {
        var (compilation, model) = await ModelAsync("""
            public static partial class Log
            {
                [Microsoft.Extensions.Logging.LoggerMessage(1, Microsoft.Extensions.Logging.LogLevel.Information, "Signed up {Phone} {Email}")]
                public static void SignedUp(Microsoft.Extensions.Logging.ILogger logger, [Phone] string phone, string email) { }
            }
            """);
        var signedUp = (IMethodSymbol)compilation.GetTypeByMetadataName("Log")!.GetMembers("SignedUp").Single();

        Assert.Null(model.ParameterSink(signedUp.Parameters[0]));
        Assert.Null(model.ParameterSink(signedUp.Parameters[1]));
        Assert.Equal(RecipientKind.Logging, model.ParameterSink(signedUp.Parameters[2])!.Recipients);
    }
}
