using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeGen.Harness;
using Xunit;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>
/// The reference sets every test compiles against come from restore, never from a download at test time,
/// and a missing package says which one and what to run.
/// </summary>
public sealed class ReferenceSetTests
{
    [Fact]
    public void Every_declared_reference_package_is_restored_with_compile_assemblies()
    {
        Assert.Contains(ReferenceSets.FrameworkPack, RestoredPackages.Declared);
        Assert.All(RestoredPackages.Declared, package =>
            Assert.NotEmpty(RestoredPackages.CompileAssemblies(package.Id, package.Version)));
    }

    [Fact]
    public void The_net80_set_compiles_a_program_and_holds_the_annotations()
    {
        var compilation = TestCompilations.Create("""
            using System.Linq;
            public class C { [PrivacyAnalyzers.PersonalData("user.name")] public string Name { get; set; } = ""; public int N() => new[] { 1 }.Count(); }
            """);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(ReferenceSets.Annotations, ReferenceSets.Net80);
        Assert.DoesNotContain(ReferenceSets.Annotations, ReferenceSets.Net80WithoutAnnotations);
        Assert.Same(ReferenceSets.Net80.First(), ReferenceSets.Net80.First()); // one set, shared metadata
    }

    [Fact]
    public void A_package_that_is_not_declared_names_itself_and_the_restore_step_every_time()
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var error = Assert.Throws<InvalidOperationException>(() => ReferenceSets.Net80With(("Acme.NotDeclared", "1.2.3")));
            Assert.Contains("Acme.NotDeclared 1.2.3", error.Message, StringComparison.Ordinal);
            Assert.Contains("<TestReferencePackage Include=\"Acme.NotDeclared\" Version=\"1.2.3\" />", error.Message, StringComparison.Ordinal);
            Assert.Contains("dotnet restore", error.Message, StringComparison.Ordinal);
        }

        Assert.NotEmpty(ReferenceSets.Net80); // a failed set leaves nothing behind
    }

    [Fact]
    public void A_package_replaces_the_framework_assembly_of_the_same_name()
    {
        var withPackage = ReferenceSets.Net80With(("Microsoft.Extensions.AI.Abstractions", "10.11.0"));
        var paths = withPackage.OfType<PortableExecutableReference>().Select(r => r.FilePath!).ToList();

        Assert.Single(paths, p => Path.GetFileName(p) == "System.Runtime.dll");
        Assert.Contains(paths, p => p.Contains("microsoft.extensions.ai.abstractions", StringComparison.Ordinal));
        Assert.Equal(ReferenceSets.Net80.Length + 1, withPackage.Length);
    }
}
