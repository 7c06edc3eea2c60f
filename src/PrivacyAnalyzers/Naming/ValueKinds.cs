using System;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Naming
{
    /// <summary>Maps a member's type to the <see cref="ValueKind"/> the name classifier needs, and knows the types that are personal data by themselves.</summary>
    internal static class ValueKinds
    {
        /// <summary>Types whose names say "a tool", not "a value": an <c>IEmailSender Email</c> holds no e-mail address.</summary>
        private static readonly string[] ToolSuffixes =
        {
            "Validator", "Formatter", "Attribute", "Options", "Settings", "Configuration", "Config", "Service", "Client", "Sender",
            "Provider", "Factory", "Handler", "Repository", "Template", "Policy", "Generator", "Builder", "Parser", "Exception",
            "Logger", "Manager", "Store", "Regex", "Archive", "Stream", "Writer", "Reader",
        };

        private static readonly string[] ExcludedTypes =
        {
            "System.Type", "System.Uri", "System.TimeSpan", "System.Guid", "System.Threading.CancellationToken",
            "System.Text.RegularExpressions.Regex", "System.Net.EndPoint",
        };

        /// <summary>Types that are personal data of one category whatever the member is called (when the name matched at all).</summary>
        private static readonly (string Type, string Category)[] CategoryTypes =
        {
            ("System.Net.IPAddress", "IpAddress"),
            ("System.Net.IPEndPoint", "IpAddress"),
            ("System.Net.NetworkInformation.PhysicalAddress", "DeviceId"),
            ("System.Net.Mail.MailAddress", "Email"),
        };

        private static readonly string[] DateTypes = { "System.DateTime", "System.DateTimeOffset", "System.DateOnly" };

        public static ValueKind Of(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return Of(nullable.TypeArguments[0]);
            }

            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType.SpecialType == SpecialType.System_Byte ? ValueKind.Text : Of(array.ElementType);
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Char:
                    return ValueKind.Text;
                case SpecialType.System_Boolean:
                    return ValueKind.Excluded;
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return ValueKind.Number;
                case SpecialType.System_DateTime:
                    return ValueKind.Date;
            }

            var name = type.OriginalDefinition.ToDisplayString();
            if (type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.TypeParameter || Array.IndexOf(ExcludedTypes, name) >= 0
                || Array.Exists(ToolSuffixes, s => type.Name.EndsWith(s, StringComparison.Ordinal)))
            {
                return ValueKind.Excluded;
            }

            if (Array.IndexOf(DateTypes, name) >= 0)
            {
                return ValueKind.Date;
            }

            return ElementOf(type) is { } element ? Of(element) : ValueKind.Other;
        }

        /// <summary>The category a type carries by itself (<c>IPAddress</c> → <c>IpAddress</c>), or null.</summary>
        public static string? CategoryOf(ITypeSymbol type)
        {
            var name = (ElementOf(type) ?? type).OriginalDefinition.ToDisplayString();
            foreach (var (typeName, category) in CategoryTypes)
            {
                if (name == typeName)
                {
                    return category;
                }
            }

            return null;
        }

        /// <summary>The element type of a generic collection (<c>List&lt;string&gt;</c> → string), or null.</summary>
        private static ITypeSymbol? ElementOf(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            if (type is not INamedTypeSymbol { IsGenericType: true } named || named.TypeArguments.Length != 1)
            {
                return null;
            }

            foreach (var iface in named.AllInterfaces)
            {
                if (iface.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return named.TypeArguments[0];
                }
            }

            return null;
        }
    }
}
