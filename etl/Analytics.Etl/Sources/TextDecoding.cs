using System.Text;
using System.Text.Unicode;

namespace Analytics.Etl.Sources;

/// <summary>Tells UTF-8 (with or without BOM) from Windows-1251, as Excel on Windows writes CSV.</summary>
public static class TextDecoding
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, out string encodingName)
    {
        if (bytes.AsSpan().StartsWith(Utf8Bom))
        {
            encodingName = "UTF-8 (BOM)";
            return Encoding.UTF8.GetString(bytes, Utf8Bom.Length, bytes.Length - Utf8Bom.Length);
        }

        if (Utf8.IsValid(bytes))
        {
            encodingName = "UTF-8";
            return Encoding.UTF8.GetString(bytes);
        }

        encodingName = "Windows-1251";
        return Encoding.GetEncoding(1251).GetString(bytes);
    }
}
