"""Annotates a temporary copy of FlowBlot's Framework.cs: Source() returns a phone number, Sink() is an advertising sink behind a promise."""
import os
import sys

path = sys.argv[1]
text = open(path, encoding="utf-8-sig").read()
text = text.replace("public static string Source()", "[return: PrivacyAnalyzers.PersonalData(PrivacyAnalyzers.DataCategory.PhoneNumber)]\n        public static string Source()", 1)
text = text.replace("public static void Sink(string input)", "public static void Sink([PrivacyAnalyzers.DataSink(PrivacyAnalyzers.Recipient.Advertising)] string input)", 1)
assert "PersonalData" in text and "DataSink" in text, "Framework.cs did not have the expected shape"
open(path, "w", encoding="utf-8").write(text)
promise = os.path.join(os.path.dirname(path), "Promise.cs")
open(promise, "w", encoding="utf-8").write(
    '[assembly: PrivacyAnalyzers.PrivacyPromise(PrivacyAnalyzers.DataCategory.PhoneNumber, '
    'NeverSharedWith = PrivacyAnalyzers.Recipient.Advertising, Statement = "FlowBlot: never to advertising.")]\n')
