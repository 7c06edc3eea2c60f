using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Facts about methods outside the compilation that the engine cannot look into. Everything else
    /// follows the default of SPEC section 6: a call whose receiver or argument carries personal data
    /// returns personal data.
    /// </summary>
    internal static class KnownMethods
    {
        /// <summary>Sizes, positions and comparisons: derived facts that carry nothing.</summary>
        private static readonly ImmutableHashSet<string> CleanResults = ImmutableHashSet.Create(
            "GetHashCode", "CompareTo", "Compare", "CompareOrdinal", "Equals", "ReferenceEquals", "GetType",
            "IndexOf", "IndexOfAny", "LastIndexOf", "LastIndexOfAny", "FindIndex", "FindLastIndex", "BinarySearch",
            "Contains", "ContainsKey", "ContainsValue", "StartsWith", "EndsWith", "Exists", "TrueForAll",
            "Count", "LongCount", "Any", "All", "SequenceEqual", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Sign",
            "get_Length", "get_Count", "get_LongLength", "get_Capacity", "GetLength", "GetLongLength", "get_Rank",
            "get_IsEmpty", "get_HasValue", "get_IsCompleted");

        /// <summary>Methods that return the receiver itself, so its content flows on (foreach lowering, fluent builders).</summary>
        private static readonly ImmutableHashSet<string> ReturnReceiver = ImmutableHashSet.Create(
            "GetEnumerator", "GetAsyncEnumerator", "ConfigureAwait", "AsEnumerable", "AsQueryable", "AsReadOnly", "AsSpan", "AsMemory");

        /// <summary>Methods that read one element of the receiver.</summary>
        private static readonly ImmutableHashSet<string> ReadElement = ImmutableHashSet.Create(
            "get_Current", "get_Item", "Dequeue", "Peek", "Pop", "TryDequeue", "TryPeek", "TryPop", "TryGetValue", "GetValueOrDefault",
            "ElementAt", "ElementAtOrDefault", "Find", "FindLast", "get_Key", "get_Value");

        /// <summary>Methods that never change their receiver even when they return void or bool.</summary>
        private static readonly ImmutableHashSet<string> NonMutating = ImmutableHashSet.Create(
            "CopyTo", "ForEach", "Dispose", "Wait", "Clear", "Remove", "RemoveAt", "TryGetValue", "TryPeek", "TryDequeue", "TryPop",
            "Save", "Flush", "Close", "GetObjectData");

        /// <summary>Names that store their arguments whatever they return (ArrayList.Add returns an index).</summary>
        private static readonly ImmutableHashSet<string> Stores = ImmutableHashSet.Create(
            "Add", "AddRange", "Insert", "InsertRange", "Push", "Enqueue", "TryAdd", "AddOrUpdate", "GetOrAdd", "Append", "AppendLine", "AppendFormat", "Prepend");

        public static bool IsCleanResult(IMethodSymbol method) => CleanResults.Contains(method.Name);

        public static bool ReturnsReceiver(IMethodSymbol method) => ReturnReceiver.Contains(method.Name);

        public static bool ReadsElement(IMethodSymbol method) => ReadElement.Contains(method.Name);

        /// <summary>A method of a mutable object (a collection, a builder) that stores its arguments in the receiver.</summary>
        public static bool MayStoreArguments(IMethodSymbol method) =>
            !method.IsStatic && method.Parameters.Length > 0 && !NonMutating.Contains(method.Name) && !IsCleanResult(method)
            && method.ContainingType?.SpecialType != SpecialType.System_String
            && (method.ReturnsVoid || Stores.Contains(method.Name) || method.ReturnType.SpecialType == SpecialType.System_Boolean
                || SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType));

        /// <summary>A sequence type other than string: its content is kept under <see cref="AbstractValue.Element"/>.</summary>
        public static bool IsSequence(ITypeSymbol? type) =>
            type != null && type.SpecialType != SpecialType.System_String
            && (type is IArrayTypeSymbol || type.SpecialType == SpecialType.System_Collections_IEnumerable
                || type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable));
    }
}
