using System.Diagnostics.CodeAnalysis;
using MimeKit;

namespace Analytics.Cli.Delivery;

/// <summary>What counts as an e-mail address in the configuration and the recipients file.</summary>
internal static class MailAddresses
{
    /// <summary>One mailbox, <c>name@domain.tld</c> with an optional display name; a group or a list is refused.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out MailboxAddress? address)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(text) || !MailboxAddress.TryParse(ParserOptions.Default, text, out var parsed))
        {
            return false;
        }

        var at = parsed.Address.LastIndexOf('@');
        var domain = at > 0 ? parsed.Address[(at + 1)..] : "";
        if (domain.Length == 0 || !domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.')
            || parsed.Address.Any(char.IsWhiteSpace))
        {
            return false;
        }

        address = parsed;
        return true;
    }
}
