using PrivacyAnalyzers.Report.Model;
using PrivacyAnalyzers.Report.Sarif;
using PrivacyAnalyzers.Report.Writers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Report;

public class MermaidWriterTests
{
    [Fact]
    public void Draws_categories_to_parties_coloured_by_recipient_with_broken_promises_in_red()
    {
        var mermaid = MermaidWriter.Write(SarifReader.Read(CraftedSarif.Shop().ToSarif21(), CraftedSarif.ProjectDirectory, "Shop"));

        var lines = mermaid.Split('\n').Select(l => l.Trim()).ToArray();
        Assert.Equal("```mermaid", lines[0]);
        Assert.Equal("flowchart LR", lines[1]);
        Assert.Equal(new[]
        {
            "c1[\"user.contact.address\"]",
            "c2[\"user.contact.email\"]",
            "c3[\"user.contact.phone_number\"]",
            "p1([\"(logging)\"])",
            "p2([\"Acme Metrics\"])",
            "p3([\"Meta\"])",
            "p4([\"Segment\"])",
            "p5([\"SendGrid\"])",
            "c1 -->|\"analytics, third-party · 1\"| p2",
            "c2 -->|\"logging · 1\"| p1",
            "c2 -->|\"analytics, third-party · 1\"| p4",
            "c2 -->|\"processor · 1\"| p5",
            "c3 -->|\"advertising, third-party · 1 · breaks a promise\"| p3",
        }, lines.Skip(2).Take(13));
        Assert.Equal(new[] { "class p1 logging", "class p2 analytics", "class p3 advertising", "class p4 analytics", "class p5 processor", "class c3 broken" },
            lines.Where(l => l.StartsWith("class ", StringComparison.Ordinal)));
        Assert.Contains("linkStyle 4 stroke:#d50000,stroke-width:3px", lines);
        Assert.Equal(8, lines.Count(l => l.StartsWith("classDef ", StringComparison.Ordinal)));
        Assert.Contains("```", lines.Skip(3));
    }

    [Fact]
    public void Labels_with_quotes_are_escaped_and_a_report_without_broken_promises_has_no_red()
    {
        var flow = new ReportFlow { Category = "user.name", Source = "A", Sink = "S", Recipients = new[] { "analytics", "third_party" }, Party = "Say \"hi\" <Co>" };

        var mermaid = MermaidWriter.Write(new PrivacyReport("P", new[] { flow }, Array.Empty<ReportPromise>(), Array.Empty<ReportDisclosure>()));

        Assert.Contains("p1([\"Say #quot;hi#quot; #lt;Co#gt;\"])", mermaid);
        Assert.DoesNotContain("linkStyle", mermaid);
        Assert.DoesNotContain(" broken\n", mermaid);
    }
}
