using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.CodeFixes.Editing;
using PrivacyAnalyzers.Model;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.CodeFixes;

public sealed class MalformedCategoryCodeFixTests
{
    [Theory]
    [InlineData("Phone", "PhoneNumber")]
    [InlineData("PhoneNumber", "PhoneNumber")]
    [InlineData("phone-number", "PhoneNumber")]
    [InlineData("User.Contact.Email", "Email")]
    [InlineData("user.contact.emial", "Email")]
    [InlineData("e-mail", "Email")]
    [InlineData("date of birth", "DateOfBirth")]
    [InlineData("address", "PostalAddress")]
    [InlineData("user.Location.Precise", "PreciseLocation")]
    [InlineData("Helth", "Health")]
    [InlineData("credit card", "CreditCard")]
    [InlineData("Zebra Stripes", null)]
    [InlineData("", null)]
    public void Finds_the_nearest_well_known_category(string malformed, string? expected) =>
        Assert.Equal(expected, NearestCategory.Find(malformed));

    [Fact]
    public async Task Replaces_malformed_keys_on_the_attribute_and_fixes_all_of_them()
    {
        var source = """
            using System;

            public class Account
            {
                [{|PRIV010:PrivacyAnalyzers.PersonalData("Phone")|}] public string A { get; set; } = "";
                [{|PRIV010:PrivacyAnalyzers.PersonalData("User.Contact.Email")|}] public string B { get; set; } = "";
                [{|PRIV010:PrivacyAnalyzers.PersonalData("zebra stripes")|}] public string C { get; set; } = "";
            }
            """;
        var fixedSource = """
            using System;
            using PrivacyAnalyzers;

            public class Account
            {
                [PrivacyAnalyzers.PersonalData(DataCategory.PhoneNumber)] public string A { get; set; } = "";
                [PrivacyAnalyzers.PersonalData(DataCategory.Email)] public string B { get; set; } = "";
                [{|PRIV010:PrivacyAnalyzers.PersonalData("zebra stripes")|}] public string C { get; set; } = "";
            }
            """;
        var test = new CodeFixTest<MalformedAnnotationAnalyzer, MalformedCategoryCodeFixProvider>(source, fixedSource);
        test.FixedState.MarkupHandling = MarkupMode.Allow; // The unfixable key keeps its diagnostic.
        await test.RunAsync();
    }

    [Fact]
    public async Task Replaces_only_the_argument_the_diagnostic_points_at()
    {
        var source = """
            using PrivacyAnalyzers;

            public static class Hash
            {
                [Anonymizer({|PRIV010:"Phone Number"|}, {|PRIV010:"e-mail"|})]
                public static string Anonymize(string value) => "";
            }
            """;
        var fixedSource = """
            using PrivacyAnalyzers;

            public static class Hash
            {
                [Anonymizer(DataCategory.PhoneNumber, DataCategory.Email)]
                public static string Anonymize(string value) => "";
            }
            """;
        await new CodeFixTest<ArgumentLevelAnalyzer, MalformedCategoryCodeFixProvider>(source, fixedSource).RunAsync();
    }

    /// <summary>
    /// PRIV010 on the bad argument itself, naming the bad key in the <c>key</c> property: the fix must also
    /// work for a diagnostic placed there (MalformedAnnotationAnalyzer places it on the whole attribute).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ArgumentLevelAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [RuleDescriptors.MalformedAnnotation];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(c =>
            {
                var attribute = (AttributeSyntax)c.Node;
                foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
                {
                    if (argument.Expression is LiteralExpressionSyntax literal && !CategoryKey.IsValid(literal.Token.ValueText))
                    {
                        var properties = ImmutableDictionary<string, string?>.Empty.Add(MalformedCategoryCodeFixProvider.KeyProperty, literal.Token.ValueText);
                        c.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.MalformedAnnotation, argument.GetLocation(), properties, "bad key"));
                    }
                }
            }, SyntaxKind.Attribute);
        }
    }
}
