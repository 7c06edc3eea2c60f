using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using PrivacyAnalyzers.CodeFixes.Editing;
using PrivacyAnalyzers.Rules;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// PRIV002: discloses the flow, adding <c>[assembly: PrivacyDisclosure(category, recipients, Party = "...")]</c>
    /// next to the assembly's other privacy attributes, or in a new <c>PrivacyPolicy.cs</c>. The disclosure
    /// is a statement to users, so the fix writes it where the team reviews its policy, and Fix All writes
    /// each distinct disclosure once.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDisclosureCodeFixProvider)), Shared]
    public sealed class AddDisclosureCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = nameof(AddDisclosureCodeFixProvider);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UndisclosedSharing);

        public override FixAllProvider GetFixAllProvider() => new FixAll();

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (DisclosureText.From(diagnostic) is { } disclosure)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create($"Disclose {disclosure.Summary}", ct => PolicyFile.AddAsync(context.Document.Project, new[] { disclosure }, ct), EquivalenceKey),
                        diagnostic);
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>Collects the disclosures of every diagnostic in scope and adds each project's once.</summary>
        private sealed class FixAll : FixAllProvider
        {
            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
            {
                var byProject = new List<(ProjectId Project, List<DisclosureText> Disclosures)>();
                foreach (var project in Projects(context))
                {
                    var diagnostics = context.Scope == FixAllScope.Document && context.Document != null
                        ? await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false)
                        : await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                    var disclosures = diagnostics.Select(DisclosureText.From).OfType<DisclosureText>().ToList();
                    if (disclosures.Count > 0)
                    {
                        byProject.Add((project.Id, disclosures));
                    }
                }

                return byProject.Count == 0 ? null : CodeAction.Create("Disclose every undisclosed flow", async ct =>
                {
                    var solution = context.Solution;
                    foreach (var (projectId, disclosures) in byProject)
                    {
                        solution = await PolicyFile.AddAsync(solution.GetProject(projectId)!, disclosures, ct).ConfigureAwait(false);
                    }

                    return solution;
                }, EquivalenceKey);
            }

            private static IEnumerable<Project> Projects(FixAllContext context) =>
                context.Scope == FixAllScope.Solution ? context.Solution.Projects : new[] { context.Project };
        }
    }
}
