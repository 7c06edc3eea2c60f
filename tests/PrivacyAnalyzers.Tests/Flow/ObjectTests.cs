using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>Objects, fields and properties, anonymous objects, serializers.</summary>
public class ObjectTests
{
    [Fact]
    public Task Written_field_carries_and_objects_are_told_apart_by_allocation() => VerifyAsync("""
        public class Box { public string Value = ""; public string Other = ""; }
        class C
        {
            void M(Account a)
            {
                var b1 = new Box();
                b1.Value = a.PhoneNumber;
                var b2 = new Box();
                Ads.Upload({|PRIV001:b1.Value|});
                Ads.Upload(b1.Other);
                Ads.Upload(b2.Value);
                Ads.Upload({|PRIV001:b1|});
                Ads.Upload(b2);
            }
        }
        """);

    [Fact]
    public Task Object_initializers_and_anonymous_objects_carry() => VerifyAsync("""
        public class Box { public string Value { get; set; } = ""; }
        class C
        {
            void M(Account a)
            {
                var box = new Box { Value = a.PhoneNumber };
                Ads.Upload({|PRIV001:box|});
                var anon = new { Phone = a.PhoneNumber, Name = a.DisplayName };
                Ads.Upload({|PRIV001:anon|});
                Ads.Upload(anon.Name);
                var clean = new { Name = a.DisplayName };
                Ads.Upload(clean);
            }
        }
        """);

    [Fact]
    public Task Nested_objects_and_collections_of_personal_types_carry_transitively() => VerifyAsync("""
        public class Room { public List<Account> Members { get; } = new(); public string Title = ""; }
        class C
        {
            void M(Room room)
            {
                Ads.Upload({|#0:room|});
                Ads.Upload(room.Title);
            }
        }
        """, At("PRIV001", 0), At("PRIV002", 0));

    [Fact]
    public Task Personal_type_carries_on_every_instance() => VerifyAsync("""
        [PersonalData(DataCategory.AddressBook)]
        public class Contact { public string Label = ""; }
        class C
        {
            void M(Contact c) { Stats.Track("contact", {|PRIV002:c|}); }
        }
        """);

    [Fact]
    public Task Serializers_turn_personal_objects_into_personal_strings() => VerifyAsync("""
        class C
        {
            void M(Account a)
            {
                var json = System.Text.Json.JsonSerializer.Serialize(a);
                Ads.Upload({|#0:json|});
            }
        }
        """, At("PRIV001", 0), At("PRIV002", 0));

    [Fact]
    public Task Constructor_stores_into_fields() => VerifyAsync("""
        public class Envelope
        {
            private readonly string _to;
            public Envelope(string to) { _to = to; }
            public string {|PRIV020:To|} => _to; // exposes what the constructor stored, whoever built the envelope
        }
        public record Person(string Phone, string Name);
        class C
        {
            void M(Account a)
            {
                var e = new Envelope(a.PhoneNumber);
                Ads.Upload({|PRIV001:e.To|});
                var p = new Person(a.PhoneNumber, a.DisplayName);
                Ads.Upload({|PRIV001:p.Phone|});
                Ads.Upload(p.Name);
            }
        }
        """);
}
