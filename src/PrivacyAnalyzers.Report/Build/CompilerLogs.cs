using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using PrivacyAnalyzers.Report.Json;
using PrivacyAnalyzers.Report.Sarif;

namespace PrivacyAnalyzers.Report.Build
{
    /// <summary>
    /// A task that writes one file from the privacy findings of the compiler's error log. A missing or
    /// unreadable log is one message, never a failed build, and leaves the file as it was.
    /// </summary>
    public abstract class CompilerLogTask : Microsoft.Build.Utilities.Task
    {
        /// <summary>The SARIF file the compiler wrote (the path part of <c>ErrorLog</c>).</summary>
        [Required]
        public string ErrorLog { get; set; } = "";

        /// <summary>"the baseline": what is written, for messages.</summary>
        protected abstract string What { get; }

        /// <summary>True when the task copies the log's locations, which must then be SARIF 2.1 ones.</summary>
        protected virtual bool NeedsSarif21 => false;

        /// <summary>False for a task nobody asked for by name, which then stays silent without a log.</summary>
        protected virtual bool ExplainsMissingLog => true;

        public override bool Execute()
        {
            if (!File.Exists(ErrorLog))
            {
                if (ExplainsMissingLog)
                {
                    Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: no error log at '{0}', so {1} was not written.", ErrorLog, What);
                }

                return true;
            }

            IReadOnlyList<LoggedFinding> findings;
            IReadOnlyDictionary<string, object?> rules;
            try
            {
                var text = File.ReadAllText(ErrorLog);
                if (NeedsSarif21 && !(JsonValues.String(JsonReader.Parse(text), "version") ?? "").StartsWith("2.1", StringComparison.Ordinal))
                {
                    Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: the error log '{0}' is not SARIF 2.1 (set ErrorLog to \"path,version=2.1\"), so {1} was not written.", ErrorLog, What);
                    return true;
                }

                findings = LoggedFinding.Read(text, out rules);
            }
            catch (FormatException e) when (ExplainsMissingLog)
            {
                Log.LogMessage(MessageImportance.High, "PrivacyAnalyzers: the error log '{0}' cannot be read ({1}), so {2} was not written.", ErrorLog, e.Message, What);
                return true;
            }
            catch (FormatException)
            {
                return true;
            }

            Write(findings, rules);
            return true;
        }

        protected abstract void Write(IReadOnlyList<LoggedFinding> findings, IReadOnlyDictionary<string, object?> rules);
    }
}
