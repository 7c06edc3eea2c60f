// The shop's privacy policy, as the analyzer reads it. Each line is something the shop has told its
// customers; the build checks the code against it, and `-p:PrivacyReport=true` shows which hold.
using PrivacyAnalyzers;

[assembly: PrivacyPromise(DataCategory.Financial,
    NeverSharedWith = Recipient.Advertising | Recipient.Analytics | Recipient.AIProvider | Recipient.Affiliate | Recipient.ThirdParty,
    Statement = "Your card details go to our payment processor and nowhere else.")]
[assembly: PrivacyPromise(DataCategory.Contact, NeverSharedWith = Recipient.Advertising,
    Statement = "We never use your e-mail, phone number or address for advertising.")]

[assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "SendGrid", Purpose = "Order confirmations")]
[assembly: PrivacyDisclosure(DataCategory.CreditCard, Recipient.Processor, Party = "Stripe", Purpose = "Card payments")]
[assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Logging, Purpose = "Support and crash logs, kept for 30 days")]
[assembly: PrivacyDisclosure(DataCategory.Name, Recipient.AIProvider | Recipient.ThirdParty, Purpose = "The support assistant drafts replies")]
[assembly: PrivacyDisclosure(DataCategory.PhoneNumber, Recipient.Processor, Party = "Twilio", Purpose = "Delivery text messages")]
