using Xunit;
using static PrivacyAnalyzers.Tests.Flow.FlowVerifier;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>
/// A method that reads its receiver's fields (<c>this.items</c>) is followed with the object its caller passes: an object
/// the caller built itself holds what the caller put in it, not what other instances of the type hold.
/// </summary>
public class ReceiverContextTests
{
    [Fact]
    public Task Two_objects_built_by_the_caller_keep_their_contents_apart() => VerifyAsync("""
        class Note { public string Text = ""; }
        class Basket
        {
            private readonly List<Note> _items = new List<Note>();
            public void Put(Note item) => _items.Add(item);
            public Note First() => _items[0];
        }
        class C
        {
            void M(Account customer)
            {
                var filled = new Basket();
                filled.Put(new Note { Text = customer.PhoneNumber });
                var empty = new Basket();
                empty.Put(new Note { Text = "none" });
                Ads.Upload({|PRIV001:filled.First().Text|});
                Ads.Upload(empty.First().Text);
            }
        }
        """);

    [Fact]
    public Task A_field_replaced_through_a_method_holds_the_new_value() => VerifyAsync("""
        class Box { public string Value = ""; }
        class Holder
        {
            private Box _box;
            public Holder(Box box) { _box = box; }
            public void Replace(Box box) { _box = box; }
            public Box Get() => _box;
        }
        class C
        {
            void M(Account a)
            {
                var marked = new Box();
                marked.Value = a.PhoneNumber;
                var plain = new Box();
                var replaced = new Holder(marked);
                replaced.Replace(plain);
                Ads.Upload(replaced.Get().Value);
                var kept = new Holder(plain);
                kept.Replace(marked);
                Ads.Upload({|PRIV001:kept.Get().Value|});
            }
        }
        """);

    [Fact]
    public Task A_field_replaced_on_some_paths_or_inside_a_try_may_still_hold_the_old_value() => VerifyAsync("""
        class Box { public string Value = ""; }
        class Holder
        {
            private Box _box;
            public Holder(Box box) { _box = box; }
            public void MaybeReplace(Box box, bool really) { if (really) { _box = box; } }
            public void TryReplace(Box box) { try { _box = box; } catch (System.Exception) { } }
            public Box Get() => _box;
        }
        class C
        {
            void M(Account a, bool really)
            {
                var marked = new Box();
                marked.Value = a.PhoneNumber;
                var plain = new Box();
                var maybe = new Holder(marked);
                maybe.MaybeReplace(plain, really);
                Ads.Upload({|PRIV001:maybe.Get().Value|});
                var tried = new Holder(marked);
                tried.TryReplace(plain);
                Ads.Upload({|PRIV001:tried.Get().Value|});
            }
        }
        """);

    [Fact]
    public Task Elements_of_a_collection_the_caller_passes_carry_their_members() => VerifyAsync("""
        class Note { public string Text = ""; public string Title = ""; }
        static class Lists
        {
            public static Note Head(List<Note> notes) => notes[0];
            public static string HeadText(List<Note> notes) => notes[0].Text;
        }
        class C
        {
            void M(Account a)
            {
                var notes = new List<Note> { new Note { Text = a.PhoneNumber, Title = "call" } };
                Ads.Upload({|PRIV001:Lists.Head(notes).Text|});
                Ads.Upload({|PRIV001:Lists.HeadText(notes)|});
                Ads.Upload(Lists.Head(notes).Title);
            }
        }
        """);

    [Fact]
    public Task An_object_held_in_a_field_still_holds_what_any_method_put_in_it() => VerifyAsync("""
        class Note { public string Text = ""; }
        class Basket
        {
            private readonly List<Note> _items = new List<Note>();
            public void Put(Note item) => _items.Add(item);
            public Note First() => _items[0];
        }
        class Service
        {
            private readonly Basket _basket;
            public Service(Basket basket) { _basket = basket; }
            public void Remember(Account a) => _basket.Put(new Note { Text = a.PhoneNumber });
            public void Report() => Ads.Upload({|PRIV001:_basket.First().Text|});
        }
        """);
}
