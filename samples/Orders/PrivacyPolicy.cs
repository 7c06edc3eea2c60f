// What the Orders service has told its customers, as the analyzer reads it. Change this file together
// with the published privacy policy, in the same pull request.
using PrivacyAnalyzers;

[assembly: PrivacyPromise(DataCategory.Contact,
    NeverSharedWith = Recipient.Advertising | Recipient.AIProvider,
    Statement = "We never share your e-mail address, phone number or postal address with advertisers or AI providers.")]
[assembly: PrivacyPromise(DataCategory.Financial,
    NeverSharedWith = Recipient.Logging | Recipient.Analytics | Recipient.Advertising | Recipient.AIProvider | Recipient.Affiliate | Recipient.ThirdParty,
    Statement = "Your card details go to our payment processor and nowhere else, not even into our own logs.")]

[assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "SendGrid", Purpose = "Order confirmations and account e-mails")]
[assembly: PrivacyDisclosure(DataCategory.Name, Recipient.Processor, Party = "SendGrid", Purpose = "Greeting you in our e-mails")]
[assembly: PrivacyDisclosure(DataCategory.CreditCard, Recipient.Processor, Party = "Adyen", Purpose = "Card payments")]
[assembly: PrivacyDisclosure(DataCategory.IpAddress, Recipient.Logging, Purpose = "Fraud prevention and rate limiting; request logs are kept for 14 days")]
[assembly: PrivacyDisclosure(DataCategory.Behavior, Recipient.Analytics, Party = "Amplitude", Purpose = "Product analytics keyed by customer id: searches and checkout steps")]
[assembly: PrivacyDisclosure(DataCategory.Name, Recipient.AIProvider | Recipient.ThirdParty, Purpose = "The order assistant greets you by name")]
