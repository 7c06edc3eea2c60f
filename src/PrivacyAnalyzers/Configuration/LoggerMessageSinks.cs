using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>
    /// A <c>[LoggerMessage]</c> method logs its parameters, except the logger, the level and the
    /// exception; a parameter with a data classification is redacted by the generator and is no sink.
    /// </summary>
    internal static class LoggerMessageSinks
    {
        public static SinkInfo? ForParameter(PrivacyModel model, IMethodSymbol method, IParameterSymbol parameter)
        {
            var symbols = model.Symbols;
            if (symbols.LoggerMessageAttribute == null || !HasLoggerMessage(method, symbols.LoggerMessageAttribute))
            {
                return null;
            }

            var type = parameter.Type;
            if (WellKnownSymbols.Is(type as INamedTypeSymbol, symbols.ILogger) || type.AllInterfaces.Contains(symbols.ILogger!)
                || SymbolEqualityComparer.Default.Equals(type, symbols.LogLevel) || WellKnownSymbols.Is(type as INamedTypeSymbol, symbols.Exception))
            {
                return null;
            }

            foreach (var attribute in parameter.GetAttributes())
            {
                if (model.Classifications.IsClassification(attribute.AttributeClass))
                {
                    return null;
                }
            }

            return new SinkInfo(PrivacyModel.DisplayName(method), RecipientKind.Logging, null, method);
        }

        private static bool HasLoggerMessage(IMethodSymbol method, INamedTypeSymbol loggerMessage)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, loggerMessage))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
