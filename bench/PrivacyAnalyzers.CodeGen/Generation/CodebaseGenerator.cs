namespace PrivacyAnalyzers.CodeGen.Generation;

/// <summary>What to generate.</summary>
/// <param name="TargetLines">Modules are added until the codebase has at least this many lines.</param>
/// <param name="PersonalData">False for the control: no <c>[PersonalData]</c>, neutral member names, no leaks expected.</param>
/// <param name="LeakEvery">A module whose number is a multiple of this gets one planted leak.</param>
/// <param name="FeaturesPerModule">Statistics methods per module (at most one of each variant).</param>
public sealed record GeneratorOptions(int TargetLines, bool PersonalData = true, int LeakEvery = 3, int FeaturesPerModule = 7);

/// <summary>
/// Generates a realistic codebase: a shared platform file (policy, sinks, helpers) and numbered
/// modules of an entity with personal members, its repository, service, reporter, controller and
/// statistics. Deterministic: the same options give the same text.
/// </summary>
public static class CodebaseGenerator
{
    private static readonly string[] Entities = { "Customer", "Patient", "Member", "Driver", "Tenant", "Student", "Subscriber", "Guest" };

    public static GeneratedCodebase Generate(GeneratorOptions options)
    {
        var leaks = new List<PlantedLeak>();
        var files = new List<GeneratedFile> { Single(CommonTemplate.Path, CommonTemplate.Text, leaks, options) };
        var lines = files[0].Lines;
        var module = 0;
        while (lines < options.TargetLines)
        {
            foreach (var file in WriteModule(module, options, leaks))
            {
                files.Add(file);
                lines += file.Lines;
            }

            module++;
        }

        return new GeneratedCodebase(files, leaks, module);
    }

    private static IEnumerable<GeneratedFile> WriteModule(int n, GeneratorOptions options, List<PlantedLeak> leaks)
    {
        var tokens = Tokens(n, options);
        var leak = n % options.LeakEvery == 0 ? LeakTemplates.All[n / options.LeakEvery % LeakTemplates.All.Length] : null;
        var folder = $"Module{n}/";
        var entity = tokens["$E$"];

        yield return Single(folder + entity + ".cs", Apply(ModuleTemplates.Entity, tokens), leaks, options);
        yield return Single(folder + entity + "Repository.cs", Apply(ModuleTemplates.Repository, tokens), leaks, options);
        yield return WithLeak(folder + entity + "Service.cs", ModuleTemplates.Service, leak?.Host == LeakHost.Service ? leak : null, tokens, leaks, options);
        yield return WithLeak(folder + entity + "Reporter.cs", ModuleTemplates.Reporter, leak?.Host == LeakHost.Reporter ? leak : null, tokens, leaks, options);
        yield return Single(folder + entity + "Controller.cs", Apply(ModuleTemplates.Controller, tokens), leaks, options);
        yield return Single(folder + entity + "Statistics.cs", Statistics(n, options, tokens), leaks, options);
    }

    private static Dictionary<string, string> Tokens(int n, GeneratorOptions options)
    {
        var previous = n == 0 ? n : n - 1;
        var entity = Entities[n % Entities.Length] + n;
        return new Dictionary<string, string>
        {
            ["$N$"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["$E$"] = entity,
            ["$K$"] = options.PersonalData ? "Phone" : "Code",
            ["$C$"] = options.PersonalData ? "Email" : "Handle",
            ["$KA$"] = options.PersonalData ? "[PersonalData(DataCategory.PhoneNumber)]\n        " : "",
            ["$CA$"] = options.PersonalData ? "[PersonalData(DataCategory.Email)]\n        " : "",
            ["$PREV$"] = $"Shop.Module{previous}.{Entities[previous % Entities.Length]}{previous}Statistics",
        };
    }

    private static string Statistics(int n, GeneratorOptions options, Dictionary<string, string> tokens)
    {
        var count = Math.Min(options.FeaturesPerModule, StatisticsTemplates.Features.Length);
        var parts = new List<string> { StatisticsTemplates.Header };
        var calls = new List<string>();
        for (var j = 0; j < count; j++)
        {
            var feature = StatisticsTemplates.Features[(n + j) % StatisticsTemplates.Features.Length].Replace("$M$", j.ToString(System.Globalization.CultureInfo.InvariantCulture));
            parts.Add("");
            parts.Add(feature);
            calls.Add(feature.Contains($"Feature{j}Async()", StringComparison.Ordinal) ? $"Feature{j}Async().Result" : $"Feature{j}()");
        }

        parts.Add("");
        parts.Add("        public int Total() => " + string.Join(" + ", calls) + ";");
        parts.Add("");
        parts.Add(StatisticsTemplates.Footer);
        return Apply(string.Join("\n", parts), tokens);
    }

    private static GeneratedFile WithLeak(string path, string template, LeakTemplate? leak, Dictionary<string, string> tokens, List<PlantedLeak> leaks, GeneratorOptions options)
    {
        var split = Apply(template, tokens).Split("$LEAKS$\n");
        var writer = new SourceWriter(path, leaks, options.PersonalData);
        writer.Write(split[0].TrimEnd('\n'));
        if (leak != null)
        {
            writer.Write(Apply(leak.Code, tokens).TrimEnd('\n'), leak.Kind);
        }

        writer.Write(split[1].TrimEnd('\n'));
        return writer.ToFile();
    }

    private static GeneratedFile Single(string path, string text, List<PlantedLeak> leaks, GeneratorOptions options)
    {
        var writer = new SourceWriter(path, leaks, options.PersonalData);
        writer.Write(text.TrimEnd('\n'));
        return writer.ToFile();
    }

    private static string Apply(string template, Dictionary<string, string> tokens)
    {
        var text = template.Replace("\r\n", "\n");
        foreach (var (token, value) in tokens)
        {
            text = text.Replace(token, value, StringComparison.Ordinal);
        }

        return text;
    }
}
