using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.CodeFixes;

public sealed class UnmarkedPersonalDataCodeFixTests
{
    private static CodeFixTest<UnmarkedPersonalDataAnalyzer, UnmarkedPersonalDataCodeFixProvider> Test(string source, string fixedSource) => new(source, fixedSource);

    [Fact]
    public async Task Marks_every_field_and_property_of_a_file_and_adds_the_using_once_but_leaves_method_parameters()
    {
        var source = """
            using System;

            public class Customer
            {
                private string {|PRIV100:_email|} = "";

                public string {|PRIV100:PhoneNumber|} { get; set; } = "";

                [Obsolete]
                public DateTime {|PRIV100:BirthDate|} { get; set; }

                public void Move(string {|PRIV100:zipCode|}, int floor) { }
            }
            """;
        var fixedSource = """
            using System;
            using PrivacyAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategory.Email)]
                private string _email = "";

                [PersonalData(DataCategory.PhoneNumber)]
                public string PhoneNumber { get; set; } = "";

                [PersonalData(DataCategory.DateOfBirth)]
                [Obsolete]
                public DateTime BirthDate { get; set; }

                public void Move(string {|PRIV100:zipCode|}, int floor) { }
            }
            """;
        // A method parameter stays unmarked, so its PRIV100 stays too.
        var test = Test(source, fixedSource);
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        await test.RunAsync();
    }

    [Fact]
    public async Task Marks_record_members_as_properties_in_a_file_without_usings()
    {
        var source = """
            public record Person(string {|PRIV100:FirstName|}, string {|PRIV100:Iban|});
            """;
        var fixedSource = """
            using PrivacyAnalyzers;

            public record Person([property: PersonalData(DataCategory.Name)] string FirstName, [property: PersonalData(DataCategory.Financial)] string Iban);
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Adds_no_using_where_the_annotations_are_already_in_scope()
    {
        var source = """
            namespace PrivacyAnalyzers.Sample
            {
                public class Device
                {
                    public string {|PRIV100:Idfa|} { get; set; } = "";
                }
            }
            """;
        var fixedSource = """
            namespace PrivacyAnalyzers.Sample
            {
                public class Device
                {
                    [PersonalData(DataCategory.DeviceId)]
                    public string Idfa { get; set; } = "";
                }
            }
            """;
        await Test(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Fix_all_covers_every_document_of_the_project()
    {
        var test = Test("", "");
        test.TestState.Sources.Clear();
        test.FixedState.Sources.Clear();
        test.TestState.Sources.Add(("A.cs", "public class A\n{\n    public string {|PRIV100:Email|} { get; set; } = \"\";\n}\n"));
        test.TestState.Sources.Add(("B.cs", "public class B\n{\n    public double {|PRIV100:Latitude|};\n}\n"));
        test.FixedState.Sources.Add(("A.cs", "using PrivacyAnalyzers;\n\npublic class A\n{\n    [PersonalData(DataCategory.Email)]\n    public string Email { get; set; } = \"\";\n}\n"));
        test.FixedState.Sources.Add(("B.cs", "using PrivacyAnalyzers;\n\npublic class B\n{\n    [PersonalData(DataCategory.PreciseLocation)]\n    public double Latitude;\n}\n"));
        await test.RunAsync();
    }
}
