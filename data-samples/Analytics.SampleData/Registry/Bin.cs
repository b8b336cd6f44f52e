namespace Analytics.SampleData.Registry;

/// <summary>
/// Kazakhstan's 12-digit business id (BIN). The last digit is a check digit computed by
/// the two-pass algorithm of government decree No. 406 of 22.05.2007.
/// </summary>
internal static class Bin
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>The check digit for the first 11 digits, or null when the number cannot be valid.</summary>
    public static int? CheckDigit(ReadOnlySpan<char> first11)
    {
        if (first11.Length != 11)
        {
            throw new ArgumentException("Expected the first 11 digits of a BIN.", nameof(first11));
        }

        var remainder = WeightedRemainder(first11, FirstWeights);
        if (remainder == 10)
        {
            remainder = WeightedRemainder(first11, SecondWeights);
        }

        return remainder == 10 ? null : remainder;
    }

    public static bool IsValid(string? bin) =>
        bin is { Length: 12 }
        && bin.All(char.IsAsciiDigit)
        && CheckDigit(bin.AsSpan(0, 11)) == bin[11] - '0';

    /// <summary>
    /// A new valid BIN of a resident legal entity: registration year and month, entity type 4,
    /// head office (0) or branch (1), a serial number, the check digit.
    /// </summary>
    public static string Next(Random random, bool branch, ISet<string> used)
    {
        Span<char> digits = stackalloc char[12];
        while (true)
        {
            var year = random.Next(95, 125) % 100;
            var month = random.Next(1, 13);
            digits[0] = (char)('0' + (year / 10));
            digits[1] = (char)('0' + (year % 10));
            digits[2] = (char)('0' + (month / 10));
            digits[3] = (char)('0' + (month % 10));
            digits[4] = '4';
            digits[5] = branch ? '1' : '0';
            for (var i = 6; i < 11; i++)
            {
                digits[i] = (char)('0' + random.Next(10));
            }

            // A second remainder of 10 leaves the number without a valid check digit: draw again.
            if (CheckDigit(digits[..11]) is not { } check)
            {
                continue;
            }

            digits[11] = (char)('0' + check);
            var bin = new string(digits);
            if (used.Add(bin))
            {
                return bin;
            }
        }
    }

    private static int WeightedRemainder(ReadOnlySpan<char> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            var digit = digits[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException($"BIN digit {i + 1} is \"{digits[i]}\", expected 0–9.", nameof(digits));
            }

            sum += digit * weights[i];
        }

        return sum % 11;
    }
}
