using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>Types the analyzers look for, resolved once per compilation.</summary>
    internal sealed class WellKnownSymbols
    {
        public WellKnownSymbols(Compilation compilation)
        {
            PersonalData = compilation.GetTypeByMetadataName("PrivacyAnalyzers.PersonalDataAttribute");
            PrivacyPromise = compilation.GetTypeByMetadataName("PrivacyAnalyzers.PrivacyPromiseAttribute");
            PrivacyDisclosure = compilation.GetTypeByMetadataName("PrivacyAnalyzers.PrivacyDisclosureAttribute");
            DataSink = compilation.GetTypeByMetadataName("PrivacyAnalyzers.DataSinkAttribute");
            Anonymizer = compilation.GetTypeByMetadataName("PrivacyAnalyzers.AnonymizerAttribute");
            ConsentCheck = compilation.GetTypeByMetadataName("PrivacyAnalyzers.ConsentCheckAttribute");
            DataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
            NoDataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.NoDataClassificationAttribute");
            UnknownDataClassificationAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.UnknownDataClassificationAttribute");
            DataClassification = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Classification.DataClassification");
            Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
            TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
            ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
            IEnumerable = compilation.GetTypeByMetadataName("System.Collections.IEnumerable");
            StringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
            Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
            Queryable = compilation.GetTypeByMetadataName("System.Linq.Queryable");
        }

        public INamedTypeSymbol? PersonalData { get; }
        public INamedTypeSymbol? PrivacyPromise { get; }
        public INamedTypeSymbol? PrivacyDisclosure { get; }
        public INamedTypeSymbol? DataSink { get; }
        public INamedTypeSymbol? Anonymizer { get; }
        public INamedTypeSymbol? ConsentCheck { get; }
        public INamedTypeSymbol? DataClassificationAttribute { get; }
        public INamedTypeSymbol? NoDataClassificationAttribute { get; }
        public INamedTypeSymbol? UnknownDataClassificationAttribute { get; }
        public INamedTypeSymbol? DataClassification { get; }
        public INamedTypeSymbol? Task { get; }
        public INamedTypeSymbol? TaskOfT { get; }
        public INamedTypeSymbol? ValueTaskOfT { get; }
        public INamedTypeSymbol? IEnumerable { get; }
        public INamedTypeSymbol? StringBuilder { get; }
        public INamedTypeSymbol? Enumerable { get; }
        public INamedTypeSymbol? Queryable { get; }

        /// <summary>True when <paramref name="attributeClass"/> is or derives from <paramref name="wanted"/>.</summary>
        public static bool Is(INamedTypeSymbol? attributeClass, INamedTypeSymbol? wanted)
        {
            if (wanted == null)
            {
                return false;
            }

            for (var t = attributeClass; t != null; t = t.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(t, wanted))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
