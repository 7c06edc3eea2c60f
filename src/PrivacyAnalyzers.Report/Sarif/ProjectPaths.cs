using System;
using PrivacyAnalyzers.Report.Json;
using PrivacyAnalyzers.Report.Model;

namespace PrivacyAnalyzers.Report.Sarif
{
    /// <summary>Reads SARIF locations and makes their paths relative to the project directory, with forward slashes.</summary>
    internal sealed class ProjectPaths
    {
        private readonly Uri _projectDirectory;

        public ProjectPaths(string projectDirectory)
        {
            var full = System.IO.Path.GetFullPath(projectDirectory);
            var withSlash = full.EndsWith("/", StringComparison.Ordinal) || full.EndsWith("\\", StringComparison.Ordinal) ? full : full + System.IO.Path.DirectorySeparatorChar;
            _projectDirectory = new Uri(withSlash);
        }

        /// <summary>A SARIF 2.1 <c>location</c> (physicalLocation.artifactLocation) or 1.0 one (resultFile, or physicalLocation.uri).</summary>
        public CodeLocation? Read(object? location)
        {
            var physical = JsonValues.Member(location, "physicalLocation") ?? JsonValues.Member(location, "resultFile");
            var uri = JsonValues.String(physical, "artifactLocation", "uri") ?? JsonValues.String(physical, "uri");
            var region = JsonValues.Member(physical, "region");
            if (uri == null || region == null)
            {
                return null;
            }

            return new CodeLocation(Relative(uri), JsonValues.Int(region, "startLine"), Math.Max(1, JsonValues.Int(region, "startColumn")));
        }

        public string Relative(string pathOrUri)
        {
            if (!Uri.TryCreate(pathOrUri, UriKind.Absolute, out var absolute))
            {
                absolute = new Uri(_projectDirectory, pathOrUri.Replace('\\', '/'));
            }

            if (!absolute.IsFile)
            {
                return pathOrUri;
            }

            var relative = _projectDirectory.MakeRelativeUri(absolute).ToString();
            return Uri.UnescapeDataString(relative).Replace('\\', '/');
        }
    }
}
