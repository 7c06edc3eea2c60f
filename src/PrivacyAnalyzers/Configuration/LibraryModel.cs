using System.Collections.Immutable;

namespace PrivacyAnalyzers.Configuration
{
    /// <summary>A place a library method reads from or writes to: the receiver, an argument, the return value, or their elements.</summary>
    internal readonly struct ModelPlace
    {
        public const int Receiver = -1;
        public const int Return = -2;
        public const int AllArguments = -3;

        public ModelPlace(int ordinal, bool elements, string? member = null)
        {
            Ordinal = ordinal;
            Elements = elements;
            Member = string.IsNullOrEmpty(member) ? null : member;
        }

        /// <summary>A member of the object at this place (<c>this.Email</c>): what a constructor or a summary keeps apart; null for the whole value.</summary>
        public string? Member { get; }

        /// <summary>A parameter ordinal (0-based, an extension method's <c>this</c> is 0), or <see cref="Receiver"/>, <see cref="Return"/>, <see cref="AllArguments"/>.</summary>
        public int Ordinal { get; }

        /// <summary>The elements of the collection at this place (<c>this[]</c>), not the collection itself.</summary>
        public bool Elements { get; }

        public bool IsReturn => Ordinal == Return;

        public override string ToString()
        {
            var name = Ordinal switch
            {
                Receiver => "this",
                Return => "return",
                AllArguments => "args",
                _ => "arg" + Ordinal,
            };
            return (Elements ? name + "[]" : name) + (Member == null ? "" : "." + Member);
        }
    }

    /// <summary>
    /// One thing a library method does with data: what flows from some places to one place, or, for a
    /// delegate call, which delegate it invokes with what (and where the delegate's result goes).
    /// </summary>
    internal sealed class ModelTransfer
    {
        public ModelTransfer(ImmutableArray<ModelPlace> from, ModelPlace? to, int? delegateOrdinal)
        {
            From = from;
            To = to;
            DelegateOrdinal = delegateOrdinal;
        }

        /// <summary>For a flow: its inputs. For a delegate call: what the delegate is called with (every parameter of it).</summary>
        public ImmutableArray<ModelPlace> From { get; }

        /// <summary>Where the data (or the delegate's result) lands; null when a delegate's result is dropped.</summary>
        public ModelPlace? To { get; }

        /// <summary>The argument that holds the delegate the method invokes (<see cref="ModelPlace.AllArguments"/>: every delegate argument); null for a plain flow.</summary>
        public int? DelegateOrdinal { get; }
    }

    /// <summary>
    /// What a method outside the compilation does with data, from a <c>model:</c> line of the built-in library
    /// models or a team's rules file. A method with a model does exactly what it says and nothing else:
    /// a <c>clean</c> model returns nothing personal and changes nothing.
    /// </summary>
    internal sealed class LibraryModel
    {
        public LibraryModel(ImmutableArray<ModelTransfer> transfers)
        {
            Transfers = transfers;
        }

        public ImmutableArray<ModelTransfer> Transfers { get; }

        /// <summary>Several lines of one file for one symbol add up.</summary>
        public LibraryModel Merge(LibraryModel other) => new LibraryModel(Transfers.AddRange(other.Transfers));
    }
}
