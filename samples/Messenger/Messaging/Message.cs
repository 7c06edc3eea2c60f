using PrivacyAnalyzers;

namespace Messenger.Messaging;

public sealed record Message(Guid From, Guid To, [property: PersonalData(DataCategory.PrivateMessages)] string Text, DateTimeOffset SentAt);
