using System;
using System.Collections.Generic;
using PrivacyAnalyzers.Model;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>What a request to one host hands over: its recipients (none for an <c>internal</c> host) and party.</summary>
    internal sealed class HostRule
    {
        public HostRule(string pattern, RecipientKind recipients, string? party)
        {
            Pattern = pattern;
            Recipients = recipients;
            Party = party;
        }

        public string Pattern { get; }

        public RecipientKind Recipients { get; }

        public string? Party { get; }

        public bool IsInternal => Recipients == RecipientKind.None;
    }

    /// <summary>
    /// The <c>host:</c> lines of the catalog and the team's rules files. A name matches itself; <c>*.acme.net</c>
    /// matches every name below <c>acme.net</c> (not <c>acme.net</c> itself). The exact name wins, then the longest
    /// wildcard; for the same pattern the line applied last (the team's, after the catalog's) wins.
    /// </summary>
    internal sealed class HostTable
    {
        private readonly Dictionary<string, HostRule> _exact = new Dictionary<string, HostRule>(StringComparer.Ordinal);
        private readonly Dictionary<string, HostRule> _wildcards = new Dictionary<string, HostRule>(StringComparer.Ordinal);

        public int Count => _exact.Count + _wildcards.Count;

        /// <summary>What a request to a host that no line names hands over (<c>privacy_analyzers.unknown_host</c>; none: nothing).</summary>
        public RecipientKind UnknownHost { get; set; }

        public void Add(string pattern, RecipientKind recipients, string? party)
        {
            var rule = new HostRule(pattern, recipients, party);
            if (pattern.StartsWith("*.", StringComparison.Ordinal))
            {
                _wildcards[pattern.Substring(1)] = rule;
            }
            else
            {
                _exact[pattern] = rule;
            }
        }

        /// <summary>The rule for <paramref name="host"/> (any case, an optional trailing dot), or null when no line names it.</summary>
        public HostRule? Find(string host)
        {
            var name = host.TrimEnd('.').ToLowerInvariant();
            if (_exact.TryGetValue(name, out var rule))
            {
                return rule;
            }

            // ".b.acme.net", then ".acme.net", then ".net": the longest suffix first.
            for (var dot = name.IndexOf('.'); dot >= 0; dot = name.IndexOf('.', dot + 1))
            {
                if (_wildcards.TryGetValue(name.Substring(dot), out rule))
                {
                    return rule;
                }
            }

            return null;
        }

        /// <summary>The recipients and party of a request to <paramref name="host"/>: its line, else the unknown-host option.</summary>
        public HostRule Resolve(string host) => Find(host) ?? new HostRule(host, UnknownHost, null);
    }

    /// <summary>The syntax of host patterns: lower-case DNS labels, optionally behind one leading <c>*.</c>.</summary>
    internal static class HostPatterns
    {
        public static bool IsWellFormed(string pattern)
        {
            var name = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern.Substring(2) : pattern;
            if (name.Length == 0 || name.Length > 253 || (name.Length != pattern.Length && name.IndexOf('.') < 0))
            {
                return false;
            }

            foreach (var label in name.Split('.'))
            {
                if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
                {
                    return false;
                }

                foreach (var c in label)
                {
                    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
