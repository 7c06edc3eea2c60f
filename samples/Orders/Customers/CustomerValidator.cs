using System.Text.RegularExpressions;
using Orders.Infrastructure;

namespace Orders.Customers;

public static class CustomerValidator
{
    private static readonly HashSet<string> Markets = new(StringComparer.OrdinalIgnoreCase) { "uk", "de", "fr", "nl", "ie" };

    private static readonly Regex E164 = new(@"^\+[1-9][0-9]{7,14}$", RegexOptions.Compiled);
    private static readonly Regex EmailShape = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.Compiled | RegexOptions.IgnoreCase);

    public static void EnsureValidRegistration(RegisterCustomerRequest request, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(request.FullName) || request.FullName.Length > 200)
        {
            throw new ValidationException(nameof(request.FullName), "A name between 1 and 200 characters is required.");
        }

        EnsureValidEmail(request.Email);
        if (request.Phone is not null)
        {
            EnsureValidPhone(request.Phone);
        }

        if (!Markets.Contains(request.Market))
        {
            throw new ValidationException(nameof(request.Market), $"Unknown market '{request.Market}'.");
        }

        if (request.DateOfBirth > today.AddYears(-16))
        {
            throw new ValidationException(nameof(request.DateOfBirth), "Customers must be at least 16 years old.");
        }
    }

    public static void EnsureValidEmail(string email)
    {
        if (!EmailShape.IsMatch(email))
        {
            throw new ValidationException("email", "The e-mail address is not valid.");
        }
    }

    public static string NormalizePhone(string phone) =>
        new string(phone.Where(ch => char.IsDigit(ch) || ch == '+').ToArray());

    public static void EnsureValidPhone(string phone)
    {
        var normalized = NormalizePhone(phone);
        if (!E164.IsMatch(normalized))
        {
            throw new ValidationException("phone", $"'{normalized}' is not a valid international phone number (E.164).");
        }
    }

    public static bool IsAdult(DateOnly dateOfBirth, DateOnly today) => dateOfBirth.AddYears(18) <= today;
}
