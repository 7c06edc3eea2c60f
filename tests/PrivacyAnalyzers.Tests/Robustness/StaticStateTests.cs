using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.CodeGen.Harness;
using Xunit;

namespace PrivacyAnalyzers.Tests.Robustness;

/// <summary>
/// Analyzers run on many threads and across compilations in one IDE process: no static field of the
/// package may hold mutable state. Static fields must be readonly (or const) and of an immutable or
/// thread-safe type; memo caches keyed by immutable inputs (<see cref="ConditionalWeakTable{TKey,TValue}"/>,
/// <c>System.Collections.Concurrent</c>) are allowed.
/// </summary>
public sealed class StaticStateTests
{
    /// <summary>
    /// Reviewed exceptions, each changing no result: the engine's empty values are shared, and an abstract value
    /// memoizes its flattened and derived taints in fields, a taint its derived taint (an empty value or taint never
    /// writes them; the shared opaque summary holds only empty values). The shared whole-parameter origins memoize the
    /// origins of the members read from them, which hold only names (equal to origins built anew, no symbol kept).
    /// </summary>
    private static readonly ImmutableHashSet<string> Allowed = ImmutableHashSet.Create<string>(StringComparer.Ordinal,
        "AbstractValue.Empty", "AbstractValue.FreshEmpty", "MethodSummary.Opaque", "Origin.WholeParameters", "Taint.Empty");

    [Fact]
    public void Package_assemblies_have_no_mutable_static_fields()
    {
        var assemblies = new[] { PackageAnalyzers.Assembly, Assembly.Load("PrivacyAnalyzers.CodeFixes") };
        var offenders = assemblies.SelectMany(StaticStateChecker.MutableStaticFields)
            .Where(offender => !Allowed.Contains(offender.Split(' ')[0])).ToList();
        Assert.True(offenders.Count == 0, "mutable static state:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Checker_flags_mutable_statics_and_accepts_immutable_ones()
    {
        var offenders = StaticStateChecker.MutableStaticFields(typeof(Fixtures)).Select(f => f.Split(' ')[0]).ToList();
        Assert.Equal(
            new[] { "Fixtures.Array", "Fixtures.List", "Fixtures.Mutable", "Fixtures.Settable", "Fixtures.Writable" }.OrderBy(x => x, StringComparer.Ordinal),
            offenders.OrderBy(x => x, StringComparer.Ordinal));
    }

#pragma warning disable CS0414, CS0649, CA2211 // fixtures for the checker: the fields only need to exist
    private static class Fixtures
    {
        public const string Constant = "c";
        public static readonly string Text = "t";
        public static readonly ImmutableArray<string> Names = ImmutableArray<string>.Empty;
        public static readonly ImmutableDictionary<string, int> Map = ImmutableDictionary<string, int>.Empty;
        public static readonly ConditionalWeakTable<object, string> Memo = new ConditionalWeakTable<object, string>();
        public static readonly ConcurrentDictionary<string, int> Cache = new ConcurrentDictionary<string, int>();
        public static readonly Regex Pattern = new Regex("a");
        public static readonly Frozen Point = new Frozen(1);
        public static readonly Func<int, int> Twice = x => x * 2;

        public static string Writable = "w";
        public static readonly string[] Array = { "a" };
        public static readonly List<int> List = new List<int>();
        public static readonly Thawed Mutable = new Thawed();

        public static int Settable { get; set; }
    }

    private sealed class Frozen
    {
        private readonly int _value;

        public Frozen(int value) => _value = value;

        public override string ToString() => _value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class Thawed
    {
        public int Value;
    }
#pragma warning restore CS0414, CS0649, CA2211
}

/// <summary>Finds static fields that can hold mutable state, by reflection.</summary>
internal static class StaticStateChecker
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly HashSet<Type> SafeTypes = new HashSet<Type>
    {
        typeof(string), typeof(decimal), typeof(DateTime), typeof(TimeSpan), typeof(Guid), typeof(object), typeof(Type),
        typeof(Regex), typeof(StringComparer), typeof(System.Text.Encoding), typeof(System.Globalization.CultureInfo),
        typeof(DiagnosticDescriptor), typeof(LocalizableString), typeof(SymbolDisplayFormat),
    };

    public static IEnumerable<string> MutableStaticFields(Assembly assembly) =>
        assembly.GetTypes().Where(t => !IsCompilerGenerated(t)).SelectMany(MutableStaticFields);

    public static IEnumerable<string> MutableStaticFields(Type type)
    {
        foreach (var field in type.GetFields(Static))
        {
            if (field.IsLiteral)
            {
                continue;
            }

            if (!field.IsInitOnly)
            {
                yield return $"{Name(field)} is not readonly";
            }
            else if (!IsSafe(field.FieldType, new HashSet<Type>()))
            {
                yield return $"{Name(field)} has the mutable type {field.FieldType}";
            }
        }
    }

    private static bool IsSafe(Type type, HashSet<Type> visiting)
    {
        if (type.IsPrimitive || type.IsEnum || SafeTypes.Contains(type) || typeof(Delegate).IsAssignableFrom(type) || SafeTypes.Any(s => s.IsAssignableFrom(type) && s != typeof(object)))
        {
            return true;
        }

        // Roslyn's object model (symbols, operations, syntax, locations) is immutable by design.
        if (type.Assembly.GetName().Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true && !type.IsArray)
        {
            return true;
        }

        if (type.IsArray || type.IsPointer)
        {
            return false;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(ConditionalWeakTable<,>) || definition.Namespace == "System.Collections.Concurrent")
            {
                return true;
            }

            // KeyValuePair is a readonly struct: immutable whenever its key and value are.
            if (definition.Namespace == "System.Collections.Immutable" || definition == typeof(Nullable<>) || definition == typeof(Lazy<>) || definition == typeof(KeyValuePair<,>)
                || definition.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
            {
                return type.GetGenericArguments().All(a => IsSafe(a, visiting));
            }
        }

        // Types of the package itself: immutable when every instance field is readonly and of a safe type.
        if (type.Assembly.GetName().Name?.StartsWith("PrivacyAnalyzers", StringComparison.Ordinal) == true || type.IsNested && type.DeclaringType == typeof(StaticStateTests))
        {
            if (!visiting.Add(type))
            {
                return true;
            }

            for (var current = type; current != null && current != typeof(object); current = current.BaseType)
            {
                foreach (var field in current.GetFields(Instance | BindingFlags.DeclaredOnly))
                {
                    if (!field.IsInitOnly || !IsSafe(field.FieldType, visiting))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        return false;
    }

    private static bool IsCompilerGenerated(Type type) =>
        type.Name.Contains('<', StringComparison.Ordinal) || type.GetCustomAttribute<CompilerGeneratedAttribute>() != null
        || (type.DeclaringType != null && IsCompilerGenerated(type.DeclaringType));

    /// <summary>The field, or the property for an auto-property's backing field (<c>&lt;Name&gt;k__BackingField</c>).</summary>
    private static string Name(FieldInfo field)
    {
        var name = field.Name.StartsWith('<') ? field.Name.Substring(1, field.Name.IndexOf('>') - 1) : field.Name;
        return $"{field.DeclaringType!.Name}.{name}";
    }
}
