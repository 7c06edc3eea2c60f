using System.Text.Json.Nodes;
using PrivacyAnalyzers.Tests.EndToEnd;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Editor;

/// <summary>
/// csharp-ls (restored from the repository's tool manifest) running on a <see cref="ScratchProject"/> that uses the packed package,
/// initialized with analyzers on. Opens documents and polls <c>textDocument/diagnostic</c> until the
/// server has loaded the project and analyzed the text.
/// </summary>
public sealed class EditorSession : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private static readonly object ToolGate = new();
    private static string? _toolDirectory;
    private readonly LanguageServerClient _client;
    private readonly Dictionary<string, int> _versions = new();

    private EditorSession(ScratchProject project, LanguageServerClient client)
    {
        Project = project;
        _client = client;
    }

    public ScratchProject Project { get; }

    public static async Task<EditorSession> StartAsync(ScratchProject project)
    {
        var restore = project.Run("restore", project.ProjectPath);
        Assert.True(restore.Succeeded, restore.ToString());

        var settings = new JsonObject { ["analyzersEnabled"] = true };
        var client = LanguageServerClient.Start(RestoredToolDirectory(), "csharp-ls", settings);
        var root = new Uri(project.Directory).AbsoluteUri;
        await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "scratch" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject(), ["publishDiagnostics"] = new JsonObject() },
            },
            ["initializationOptions"] = new JsonObject { ["csharp"] = settings.DeepClone() },
        }, Patience);
        await client.NotifyAsync("initialized", new JsonObject());
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["csharp"] = settings.DeepClone() } });
        return new EditorSession(project, client);
    }

    public string UriOf(string relativePath) => new Uri(Project.PathOf(relativePath)).AbsoluteUri;

    public Task OpenAsync(string relativePath)
    {
        _versions[relativePath] = 1;
        return _client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject
            {
                ["uri"] = UriOf(relativePath),
                ["languageId"] = "csharp",
                ["version"] = 1,
                ["text"] = File.ReadAllText(Project.PathOf(relativePath)),
            },
        });
    }

    /// <summary>Replaces the whole text of an open document, as an editor does on a full-document change.</summary>
    public Task ChangeAsync(string relativePath, string text)
    {
        var version = ++_versions[relativePath];
        return _client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(relativePath), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
    }

    /// <summary>Pulls the document's diagnostics until <paramref name="done"/> holds for them; fails with what it saw last.</summary>
    public async Task<IReadOnlyList<LspDiagnostic>> DiagnosticsWhenAsync(string relativePath, Func<IReadOnlyList<LspDiagnostic>, bool> done, string waitingFor)
    {
        var deadline = DateTime.UtcNow + Patience;
        IReadOnlyList<LspDiagnostic> last = [];
        while (DateTime.UtcNow < deadline)
        {
            var report = await _client.RequestAsync("textDocument/diagnostic",
                new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = UriOf(relativePath) } }, Patience);
            last = ((report?["items"] as JsonArray) ?? []).Select(LspDiagnostic.From).ToList();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        Assert.Fail($"Waited {Patience} for {waitingFor}. Last diagnostics:\n{string.Join("\n", last)}\nServer log:\n{_client.Log}");
        return last;
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();

    /// <summary>
    /// <c>dotnet tool restore</c> in the repository (a no-op when <c>.ci/run</c> restored it already); returns the
    /// folder holding the manifest. Remembered only once it succeeded, so a failure is retried, not replayed.
    /// </summary>
    private static string RestoredToolDirectory()
    {
        lock (ToolGate)
        {
            if (_toolDirectory == null)
            {
                var restore = DotNetCli.Run(RepositoryPaths.Root, "tool", "restore");
                Assert.True(restore.Succeeded, "csharp-ls could not be restored; run `dotnet tool restore` in the repository.\n" + restore);
                _toolDirectory = RepositoryPaths.Root;
            }

            return _toolDirectory;
        }
    }
}

/// <summary>One diagnostic of an LSP report: code, zero-based range, message.</summary>
public sealed record LspDiagnostic(string Code, int StartLine, int StartCharacter, int EndLine, int EndCharacter, string Message)
{
    public static LspDiagnostic From(JsonNode? item)
    {
        var range = item!["range"]!;
        return new LspDiagnostic(
            item["code"]?.ToString() ?? "",
            range["start"]!["line"]!.GetValue<int>(), range["start"]!["character"]!.GetValue<int>(),
            range["end"]!["line"]!.GetValue<int>(), range["end"]!["character"]!.GetValue<int>(),
            item["message"]?.GetValue<string>() ?? "");
    }

    /// <summary>True when the diagnostic covers exactly the first occurrence of <paramref name="snippet"/> in <paramref name="text"/>.</summary>
    public bool Covers(string text, string snippet)
    {
        var index = text.IndexOf(snippet, StringComparison.Ordinal);
        var (line, character) = Position(text, index);
        var (endLine, endCharacter) = Position(text, index + snippet.Length);
        return index >= 0 && (StartLine, StartCharacter, EndLine, EndCharacter) == (line, character, endLine, endCharacter);
    }

    private static (int Line, int Character) Position(string text, int offset)
    {
        var before = text[..Math.Max(0, offset)];
        var line = before.Count(c => c == '\n');
        return (line, before.Length - (before.LastIndexOf('\n') + 1));
    }
}
