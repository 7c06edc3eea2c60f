using PrivacyAnalyzers;

// What the app told its users. The compiler now holds the code to it.
[assembly: PrivacyPromise(DataCategory.PhoneNumber,
    NeverSharedWith = Recipient.Advertising | Recipient.Affiliate,
    Statement = "We will never share your phone number with advertisers or with our parent company.")]

[assembly: PrivacyDisclosure(DataCategory.Email, Recipient.Processor, Party = "SendGrid",
    Purpose = "Account e-mails: verification and password resets")]

// A choice the app gave its users: product analytics see your e-mail address only if you opt in.
[assembly: PrivacyPromise(DataCategory.Email, ConsentRequiredFor = Recipient.Analytics,
    Statement = "Your e-mail address reaches product analytics only if you opt in.")]
