using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>Locals, parameters, assignments, control flow, tuples, patterns, out/ref/in.</summary>
public class IntraproceduralTests
{
    [Fact]
    public Task Compound_assignment_carries() => VerifyAsync("""
        class C { void M(Account a) { var s = "tel:"; s += a.PhoneNumber; Ads.Upload({|PRIV001:s|}); } }
        """);

    [Fact]
    public Task Conditional_and_coalesce_carry_either_branch() => VerifyAsync("""
        class C
        {
            void M(Account a, bool b, string? x)
            {
                var p = b ? a.PhoneNumber : "none";
                Ads.Upload({|PRIV001:p|});
                var q = x ?? a.PhoneNumber;
                Ads.Upload({|PRIV001:q|});
            }
        }
        """);

    [Fact]
    public Task Branching_on_personal_data_between_constants_is_clean() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var p = a.PhoneNumber.StartsWith("+1") ? "us" : "other";
                Ads.Upload(p);
                string r;
                if (a.PhoneNumber.Length > 5) { r = "long"; } else { r = "short"; }
                Ads.Upload(r);
                var s = a.PhoneNumber switch { "" => "none", _ => "some" };
                Ads.Upload(s);
            }
        }
        """);

    [Fact]
    public Task Switch_expression_arm_carries() => VerifyAsync("""
        class C
        {
            void M(Account a, int k)
            {
                var s = k switch { 0 => a.PhoneNumber, _ => "none" };
                Ads.Upload({|PRIV001:s|});
            }
        }
        """);

    [Fact]
    public Task Pattern_variables_carry() => VerifyAsync("""
        class C
        {
            void M(Account a, object o)
            {
                object boxed = a.PhoneNumber;
                if (boxed is string s) { Ads.Upload({|PRIV001:s|}); }
                if (a is { PhoneNumber: var p }) { Ads.Upload({|PRIV001:p|}); }
                if (a is { DisplayName: var d }) { Ads.Upload(d); }
            }
        }
        """);

    [Fact]
    public Task Tuples_are_field_sensitive_and_deconstruct() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var t = (a.PhoneNumber, a.DisplayName);
                Ads.Upload({|PRIV001:t.Item1|});
                Ads.Upload(t.Item2);
                var (phone, name) = t;
                Ads.Upload({|PRIV001:phone|});
                Ads.Upload(name);
                (string x, string y) = (a.DisplayName, a.PhoneNumber);
                Ads.Upload(x);
                Ads.Upload({|PRIV001:y|});
            }
        }
        """);

    [Fact]
    public Task Out_ref_and_in_arguments_carry() => VerifyAsync("""
        class C
        {
            static void Copy(string from, out string to) { to = from; }
            static void Fill(ref string target, string value) { target = value; }
            static string Read(in string value) => value;
            void M(Account a)
            {
                Copy(a.PhoneNumber, out var copied);
                Ads.Upload({|PRIV001:copied|});
                var r = "";
                Fill(ref r, a.PhoneNumber);
                Ads.Upload({|PRIV001:r|});
                var name = "";
                Fill(ref name, a.DisplayName);
                Ads.Upload(name);
                var phone = a.PhoneNumber;
                Ads.Upload({|PRIV001:Read(in phone)|});
            }
        }
        """);

    [Fact]
    public Task Unreachable_branch_of_constant_condition_is_skipped() => VerifyAsync("""
        class C
        {
            const bool Enabled = false;
            void M(Account a)
            {
                if (Enabled) { Ads.Upload(a.PhoneNumber); }
                if (false) { Ads.Upload(a.PhoneNumber); }
                while (true) { break; }
            }
        }
        """);

    [Fact]
    public Task Conditions_over_locals_written_once_with_a_constant_are_fixed() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                int six = 6;
                int five = 5;
                var phone = a.PhoneNumber;
                if (six >= five) { phone = ""; }
                Ads.Upload(phone);

                var tracking = false;
                var target = "";
                if (tracking && six > 0) { target = a.PhoneNumber; }
                Ads.Upload(target);
                if (!tracking) { Ads.Upload({|PRIV001:a.PhoneNumber|}); }
            }
        }
        """);

    [Fact]
    public Task Locals_written_again_are_not_constant() => VerifyAsync("""
        class C
        {
            void M(Account a, int n)
            {
                var enabled = false;
                if (n > 3) { enabled = true; }
                if (enabled) { Ads.Upload({|PRIV001:a.PhoneNumber|}); }

                var count = 0;
                count++;
                if (count == 1) { Ads.Upload({|PRIV001:a.PhoneNumber|}); }

                var flag = false;
                Set(out flag);
                if (flag) { Ads.Upload({|PRIV001:a.PhoneNumber|}); }

                var later = false;
                System.Action turnOn = () => later = true;
                turnOn();
                if (later) { Ads.Upload({|PRIV001:a.PhoneNumber|}); }
            }

            static void Set(out bool value) => value = true;
        }
        """);

    [Fact]
    public Task A_char_local_compared_with_a_constant_is_folded() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var separator = ',';
                if (separator == ';') { Ads.Upload(a.PhoneNumber); }
                if (separator == ',') { Ads.Upload({|PRIV001:a.PhoneNumber|}); }
            }
        }
        """);

    [Fact]
    public Task Loops_reach_a_fixpoint() => VerifyAsync("""
        class C
        {
            void M(Account a, int n)
            {
                var s = "";
                var t = "";
                for (var i = 0; i < n; i++) { Ads.Upload({|PRIV001:t|}); t = s; s = a.PhoneNumber; }
            }
        }
        """);

    [Fact]
    public Task Try_catch_and_finally_carry() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var p = "";
                try { p = a.PhoneNumber; Risky(); }
                catch (Exception) { Ads.Upload({|PRIV001:p|}); }
                finally { Log.Write({|PRIV003:p|}); }
            }
            static void Risky() { }
        }
        """);

    [Fact]
    public Task Annotated_parameter_is_a_source() => VerifyAsync("""
        class C { void M([PersonalData(DataCategory.PhoneNumber)] string phone) { Ads.Upload({|PRIV001:phone|}); } }
        """);

    [Fact]
    public Task Booleans_and_sizes_are_clean() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                Ads.Upload(a.PhoneNumber.Length);
                Ads.Upload(a.PhoneNumber.Contains("7"));
                Ads.Upload(a.PhoneNumber.IndexOf('5'));
                Ads.Upload(a.PhoneNumber.GetHashCode());
                Ads.Upload(a.PhoneNumber == "x");
                Ads.Upload(string.IsNullOrEmpty(a.PhoneNumber));
            }
        }
        """);
}
