using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.CodeGen.Harness;

/// <summary>One line per diagnostic with everything a user sees: id, location, path of additional locations, message.</summary>
public static class DiagnosticText
{
    public static string Describe(Diagnostic diagnostic)
    {
        var path = string.Join(" -> ", diagnostic.AdditionalLocations.Select(Place));
        return $"{diagnostic.Id} {Place(diagnostic.Location)} [{path}] {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public static string Place(Location location)
    {
        if (!location.IsInSource)
        {
            return location.Kind.ToString();
        }

        var span = location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
    }
}
