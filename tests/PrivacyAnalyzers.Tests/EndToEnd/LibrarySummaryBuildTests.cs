using System.IO.Compression;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.EndToEnd;

/// <summary>
/// Summaries across assemblies, with the packed package: a library's build writes Acme.Lib.PrivacySummary.txt beside
/// its assembly (and packs it under lib/), and an app that references the library as a project of the build, or as a
/// package from a local feed, gets the diagnostics one project with the same code gets.
/// </summary>
[Trait(TestGroups.Category, TestGroups.EndToEnd)]
[Collection(PackedPackage.Collection)]
public sealed class LibrarySummaryBuildTests
{
    // A logging helper, a pass-through formatter, a type-name helper and a DTO constructor; no personal data of its own.
    private const string Library = """
        namespace Acme.Lib;

        public static class Log
        {
            public static void Info(string message) => Console.WriteLine(message);
        }

        public static class Format
        {
            public static string Quote(string value, string note) => "'" + value + "'";
        }

        public static class TypeNames
        {
            public static string GetGenericTypeName(this object value) => value.GetType().Name;
        }

        public sealed class Order
        {
            public Order(string buyer, string contact) { Buyer = buyer; Contact = contact; }
            public string Buyer { get; }
            public string Contact { get; }
        }
        """;

    private const string App = """
        using Acme.Lib;
        using PrivacyAnalyzers;

        namespace Shop;

        public sealed class Account
        {
            [PersonalData(DataCategory.PhoneNumber)] public string Phone { get; init; } = "";
            public string Nick { get; init; } = "";
        }

        [DataSink(Recipient.Advertising, Party = "AdCo")] public interface IAds { void Upload(string id); }

        public static class Checkout
        {
            public static void Run(Account account, IAds ads)
            {
                Log.Info(account.Phone);
                Log.Info(account.Nick);
                ads.Upload(Format.Quote(account.Phone, ""));
                ads.Upload(Format.Quote(account.Nick, account.Phone));
                ads.Upload(account.GetGenericTypeName());
                var order = new Order(account.Nick, account.Phone);
                ads.Upload(order.Buyer);
                ads.Upload(order.Contact);
            }
        }
        """;

    private readonly PackedPackage _package;

    public LibrarySummaryBuildTests(PackedPackage package) => _package = package;

    /// <summary>"Checkout.cs(17,18): warning PRIV003" for each PRIV001-003 the build printed, once each.</summary>
    private static string[] Flows(CommandResult build) =>
        [.. Regex.Matches(build.Output, @"([\w.]+)\((\d+),(\d+)\): (error|warning) (PRIV00\d)")
            .Select(m => $"{m.Groups[1].Value}({m.Groups[2].Value},{m.Groups[3].Value}): {m.Groups[4].Value} {m.Groups[5].Value}")
            .Distinct().Order(StringComparer.Ordinal)];

    // In one project the logging flow sits inside the helper, at the argument of Console.WriteLine (Log.cs); across
    // assemblies the library is already built, so it sits at the call in the app, naming the helper.
    private static readonly string[] Expected =
    [
        "Checkout.cs(18,18): warning PRIV003",
        "Checkout.cs(20,20): warning PRIV002",
        "Checkout.cs(25,20): warning PRIV002",
    ];

    [Fact]
    public void A_referenced_project_and_a_packed_library_give_the_diagnostics_of_one_project()
    {
        var single = ScratchProject.Create(_package, "SummarySingle").Write("Lib.cs", Library).Write("Checkout.cs", App);
        var singleBuild = single.Build();
        Assert.True(singleBuild.Succeeded, singleBuild.ToString());
        Assert.Equal(["Checkout.cs(20,20): warning PRIV002", "Checkout.cs(25,20): warning PRIV002", "Lib.cs(5,66): warning PRIV003"], Flows(singleBuild));

        // Two projects of one build: the app references the library's project.
        var lib = ScratchProject.Create(_package, "Acme.Lib", folder: Path.Combine("SummarySolution", "Acme.Lib"),
            properties: "<PackageId>Acme.Lib</PackageId><Version>1.2.0</Version>").Write("Lib.cs", Library);
        // A solution turns summaries on for its libraries, so project references get them; packing needs no setting.
        var solutionProps = Path.Combine(lib.Directory, "Directory.Build.props"); // its own: a scratch project stops the search there
        File.WriteAllText(solutionProps, "<Project><PropertyGroup><PrivacySummary>true</PrivacySummary></PropertyGroup></Project>");
        var app = ScratchProject.Create(_package, "Shop", folder: Path.Combine("SummarySolution", "Shop"),
            items: """<ProjectReference Include="../Acme.Lib/Acme.Lib.csproj" />""").Write("Checkout.cs", App);
        var appBuild = app.Build();
        Assert.True(appBuild.Succeeded, appBuild.ToString());
        Assert.Equal(Expected, Flows(appBuild));
        Assert.Contains("'Console.WriteLine via Log.Info'", appBuild.Output);

        var summary = File.ReadAllText(Path.Combine(lib.Directory, "bin", "Debug", "net10.0", "Acme.Lib.PrivacySummary.txt"));
        Assert.Contains("assembly: Acme.Lib, Version=1.2.0.0", summary);
        Assert.Contains("model: M:Acme.Lib.TypeNames.GetGenericTypeName(System.Object) ; clean", summary);

        // The library packed into a local feed and consumed as a package: the summary travels under lib/net10.0/. Packing
        // writes it by itself: with the setting gone and the file deleted, packing the built Debug library (whose compile
        // is up to date) compiles it again for its summary.
        File.WriteAllText(solutionProps, "<Project />");
        File.Delete(Path.Combine(lib.Directory, "bin", "Debug", "net10.0", "Acme.Lib.PrivacySummary.txt"));
        var feed = Path.Combine(_package.Root, "SummaryFeed");
        var pack = lib.Run("pack", lib.ProjectPath, "-c", "Debug", "-o", feed, "-nodeReuse:false");
        Assert.True(pack.Succeeded, pack.ToString());
        using (var nupkg = ZipFile.OpenRead(Path.Combine(feed, "Acme.Lib.1.2.0.nupkg")))
        {
            Assert.Contains(nupkg.Entries, e => e.FullName == "lib/net10.0/Acme.Lib.PrivacySummary.txt");
        }

        var consumer = ScratchProject.Create(_package, "ShopFromFeed",
            items: """<PackageReference Include="Acme.Lib" Version="1.2.0" />""").Write("Checkout.cs", App);
        consumer.Write("NuGet.config", ScratchProject.NuGetConfig(_package).Replace("<clear />", $"<clear />\n    <add key=\"acme\" value=\"{feed}\" />"));
        var consumerBuild = consumer.Build();
        Assert.True(consumerBuild.Succeeded, consumerBuild.ToString());
        Assert.Equal(Expected, Flows(consumerBuild));
    }
}
