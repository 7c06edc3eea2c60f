using System.Threading;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Where the compilation's HTTP sends go, made on the first send of personal data (most compilations never ask).</summary>
    internal sealed partial class PrivacyModel
    {
        private HttpDestination? _http;

        public HttpDestination Http => LazyInitializer.EnsureInitialized(ref _http, () => new HttpDestination(this))!;
    }
}
