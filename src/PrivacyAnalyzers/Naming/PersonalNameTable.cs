namespace PrivacyAnalyzers.Naming
{
    /// <summary>
    /// The words that make a member name personal data. Data, not code: edit the table, not the classifier.
    /// </summary>
    internal static class PersonalNameTable
    {
        /// <summary>
        /// <c>Category : phrase, phrase ; options</c>. A phrase is words as <see cref="NameTokenizer"/> splits them.
        /// Category <c>-</c> marks look-alikes that are not personal data (a longer match wins, so
        /// <c>server address</c> beats <c>address</c>). A phrase ending in <c>!</c> only matches text, never numbers.
        /// Options: <c>numbers</c> (a numeric member may hold it), <c>dates</c> (a date member may hold it).
        /// </summary>
        public const string Phrases = @"
PhoneNumber     : phone, phonenumber, telephone, tel, mobile, mobile phone, cellphone, cell phone, cell number, msisdn, fax, contact number, sms number ; numbers
Email           : email, e mail, emailaddress, email address, e mail address, mail address, mailaddress
PostalAddress   : address, street, street address, postal address, home address, zip, zip code, zipcode, postcode, post code, postal code, house number, street name, street number ; numbers
DateOfBirth     : dob, date of birth, birth date, birthdate, birthday, birth day, birth year ; numbers, dates
PreciseLocation : latitude, longitude, lat, lng, lon, lat lng, lat long, lat lon, geo location, geolocation, geo position, geoposition, geo coordinates, gps location, gps position, gps coordinates, gps, geohash, geo hash, last known location, current location, precise location, exact location ; numbers
IpAddress       : ip, ip address, ipaddress, ip addr, ipv 4, ipv 6, ipv 4 address, ipv 6 address, remote address, client address, x forwarded for, forwarded for ; numbers
DeviceId        : device id, deviceid, device identifier, idfa, idfv, gaid, aaid, advertising id, advertiser id, ad id, android id, imei, udid, mac address, device token, push token, hardware id, device fingerprint, browser fingerprint, app instance id, installation id, install id ; numbers
GovernmentId    : ssn, social security, social security number, passport, passport number, national id, national identifier, national insurance number, social insurance number, tax id, taxid, tax number, tax identification number, tin, driver license, drivers license, driving licence, driving license ; numbers
Financial       : iban, account number, bank account, bank account number, routing number, sort code, salary, income, annual income ; numbers
CreditCard      : card number, credit card, creditcard, credit card number, cc number, ccn, pan!, cvv, cvc, cvv 2, card verification code, card security code, card last 4, card last four ; numbers
Credentials     : password, passwd, pwd, passcode, passphrase, pass phrase, secret!, pin!, pin code, security answer
Name            : first name, last name, full name, given name, family name, middle name, maiden name, legal name, surname, sur name, forename, fore name, firstname, lastname, fullname, givenname, familyname, customer name, contact name, patient name, person name, employee name, holder name, cardholder name, card holder name, recipient name, applicant name, guest name, passenger name, preferred name, spouse name, account holder, account holder name
-               : server address, memory address, base address, web address, host address, endpoint address, proxy address, local address, listen address, bind address, network address, broadcast address, wallet address, contract address, url address, start address, end address, mail server, email server, email template, mobile app, phone book
";

        /// <summary>
        /// Words that may follow a phrase and keep its meaning: <c>PhoneNumberHash</c>, <c>AddressLine1</c>, <c>Emails</c>.
        /// Digits always may; "e" is the E of <c>PhoneE164</c>, which the tokenizer splits from its digits.
        /// </summary>
        public const string Modifiers =
            "number no num nr value raw text str string hash hashed normalized normalised e formatted masked encrypted plain plaintext " +
            "digits line list array set collection input field utc local";

        /// <summary>First words that turn a name into a question or a setting: <c>IsEmailConfirmed</c>, <c>MaxPhoneLength</c>.</summary>
        public const string Negations =
            "is has have can should must allow allows enable enabled disable disabled use uses show require requires needs max min total count num number on";
    }
}
