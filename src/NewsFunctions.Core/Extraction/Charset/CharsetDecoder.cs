using System.Buffers;
using System.Text;

namespace NewsFunctions.Extraction.Charset;

/// <summary>
/// Turns a page's raw bytes into text in the page's own encoding: byte order mark first, then the HTTP
/// <c>Content-Type</c>, then the page's <c>&lt;meta charset&gt;</c> / http-equiv, then detection from the bytes.
/// A declaration is not trusted blindly: bytes that are valid UTF-8 with multibyte sequences are read as UTF-8
/// whatever a legacy label claims, and UTF-8 pages with a few stray legacy bytes keep those bytes as windows-1252.
/// </summary>
internal static class CharsetDecoder
{
    /// <summary>How far into the page a <c>&lt;meta&gt;</c> charset declaration is looked for.</summary>
    private const int PrescanBytes = 64 * 1024;

    private static readonly Encoding Windows1252;

    // An explicit static constructor, not a field initializer: without one the type is beforefieldinit, and the runtime
    // only promises to run its initializers before the first *field* access. A thread whose first call was
    // GetEncoding(1252) could then run before the legacy code pages were registered, get UTF-8 back, and decode a
    // latin-1 page into replacement characters (seen with two threads in extract-batch).
    static CharsetDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = GetEncoding(1252);
    }

    public static string Decode(ReadOnlySpan<byte> html, string? contentType)
    {
        var choice = Choose(html, contentType);
        var body = html[choice.PreambleLength..];
        return choice.Kind switch
        {
            DecodeKind.Utf8WithLegacyFallback => DecodeUtf8WithFallback(body),
            _ => choice.Encoding.GetString(body),
        };
    }

    /// <summary>
    /// Decodes the page into a buffer rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it) and gives the
    /// number of chars written: for a caller that rewrites the text before it becomes a string, so the page is not
    /// copied into a large-object-heap string twice.
    /// </summary>
    public static char[] DecodeToRented(ReadOnlySpan<byte> html, string? contentType, out int length)
    {
        var choice = Choose(html, contentType);
        var body = html[choice.PreambleLength..];
        if (choice.Kind == DecodeKind.Utf8WithLegacyFallback)
        {
            // Every byte yields at most one char, except a 4-byte sequence, which yields two.
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
            length = DecodeUtf8WithFallback(body, chars);
            return chars;
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(choice.Encoding.GetMaxCharCount(body.Length), 1));
        length = choice.Encoding.GetChars(body, buffer);
        return buffer;
    }

    /// <summary>The encoding the page will be read with (for tests and diagnostics).</summary>
    internal static Encoding DetectEncoding(ReadOnlySpan<byte> html, string? contentType) => Choose(html, contentType).Encoding;

    private enum DecodeKind
    {
        Plain,
        Utf8WithLegacyFallback,
    }

    private readonly record struct Choice(Encoding Encoding, int PreambleLength, DecodeKind Kind = DecodeKind.Plain);

    private static Choice Choose(ReadOnlySpan<byte> html, string? contentType)
    {
        // 1. Byte order mark.
        if (html.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new Choice(Encoding.UTF8, 3);
        }

        if (html.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Choice(Encoding.BigEndianUnicode, 2);
        }

        if (html.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new Choice(Encoding.Unicode, 2);
        }

        // Valid UTF-8 with multibyte sequences is read as UTF-8 whatever a label claims (see below): check for that
        // first with the vectorised validator, so the common page skips the declaration prescan and the per-character
        // count. A page cut inside its last sequence fails the check and takes the full path, which forgives that.
        if (System.Text.Unicode.Utf8.IsValid(html) && html.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
        {
            return new Choice(Encoding.UTF8, 0);
        }

        // 2./3. Declarations: HTTP header outranks the page's own.
        var declared = EncodingFromLabel(CharsetFromContentType(contentType)) ?? EncodingFromLabel(PrescanMeta(html));
        if (declared is { CodePage: 1200 or 1201 })
        {
            // A page that reached us as bytes without a UTF-16 BOM and says "utf-16" in ASCII is not UTF-16.
            declared = Encoding.UTF8;
        }

        var stats = Utf8Stats.Measure(html);
        if (stats.Invalid == 0)
        {
            // Valid UTF-8 with real multibyte sequences is UTF-8 whatever a legacy label claims; pure ASCII is the same in all.
            return stats.Multibyte > 0 || declared is null ? new Choice(Encoding.UTF8, 0) : new Choice(declared, 0);
        }

        var mostlyUtf8 = stats.Multibyte > 0 && stats.Multibyte >= stats.Invalid * 2;
        if (declared is { CodePage: 65001 } || (declared is null && mostlyUtf8))
        {
            // Declared (or evidently) UTF-8 with a few stray single bytes: keep the valid text, read strays as windows-1252.
            if (mostlyUtf8 || stats.Invalid <= 8)
            {
                return new Choice(Encoding.UTF8, 0, DecodeKind.Utf8WithLegacyFallback);
            }

            return new Choice(LegacyDetector.Detect(html), 0);
        }

        if (declared is not null)
        {
            if (mostlyUtf8 && declared.IsSingleByte && stats.Multibyte >= 8)
            {
                return new Choice(Encoding.UTF8, 0, DecodeKind.Utf8WithLegacyFallback);
            }

            return new Choice(declared, 0);
        }

        return new Choice(LegacyDetector.Detect(html), 0);
    }

    /// <summary>The <c>charset</c> parameter of a Content-Type header value.</summary>
    internal static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = contentType.AsSpan(at + "charset".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].Trim().Trim("\"' ");
        var end = rest.IndexOfAny(";, \"'");
        return (end < 0 ? rest : rest[..end]).ToString();
    }

    /// <summary>Looks for <c>&lt;meta charset&gt;</c> or an http-equiv Content-Type inside <c>&lt;meta&gt;</c> tags only.</summary>
    internal static string? PrescanMeta(ReadOnlySpan<byte> html)
    {
        var span = html.Length > PrescanBytes ? html[..PrescanBytes] : html;
        var pos = 0;
        while (pos < span.Length)
        {
            var lt = span[pos..].IndexOf((byte)'<');
            if (lt < 0)
            {
                break;
            }

            var start = pos + lt;
            if (start + 5 >= span.Length)
            {
                break;
            }

            var rest = span[start..];
            if (rest.StartsWith("<!--"u8))
            {
                var close = rest.IndexOf("-->"u8);
                if (close < 0)
                {
                    break;
                }

                pos = start + close + 3;
                continue;
            }

            if (IsMetaOpen(rest))
            {
                var gt = rest.IndexOf((byte)'>');
                var tag = gt < 0 ? rest : rest[..gt];
                if (CharsetInMetaTag(tag) is { } label)
                {
                    return label;
                }

                pos = start + Math.Max(gt, 1);
                continue;
            }

            pos = start + 1;
        }

        return null;
    }

    private static bool IsMetaOpen(ReadOnlySpan<byte> s) =>
        s.Length > 5 && (s[1] | 0x20) == 'm' && (s[2] | 0x20) == 'e' && (s[3] | 0x20) == 't' && (s[4] | 0x20) == 'a'
        && s[5] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'/';

    private static string? CharsetInMetaTag(ReadOnlySpan<byte> tag)
    {
        var text = Encoding.Latin1.GetString(tag);
        var at = text.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var i = at + "charset".Length;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '\''))
                {
                    i++;
                }

                var end = i;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_' or ':' or '.'))
                {
                    end++;
                }

                if (end > i)
                {
                    return text[i..end];
                }
            }

            at = text.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    /// <summary>Maps a charset label to an encoding the way browsers do (latin1 means windows-1252, gb2312 means GBK...).</summary>
    internal static Encoding? EncodingFromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var l = label.Trim().Trim('"', '\'').ToLowerInvariant();
        var codePage = l switch
        {
            "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8" => 65001,
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "x-cp1252" or "iso_8859-1" or "cp819" => 1252,
            "iso-8859-15" or "iso8859-15" or "latin9" or "latin-9" => 28605,
            "iso-8859-2" or "iso8859-2" or "latin2" or "latin-2" or "l2" => 28592,
            "windows-1250" or "cp1250" or "x-cp1250" => 1250,
            "windows-1251" or "cp1251" or "x-cp1251" => 1251,
            "koi8-r" or "koi8r" or "koi" or "koi8" or "csKOI8R" => 20866,
            "koi8-u" or "koi8-ru" => 21866,
            "iso-8859-5" or "iso8859-5" => 28595,
            "windows-1253" or "iso-8859-7" => l == "iso-8859-7" ? 28597 : 1253,
            "windows-1254" or "iso-8859-9" or "latin5" => 1254,
            "windows-1255" or "iso-8859-8" => l == "iso-8859-8" ? 28598 : 1255,
            "windows-1256" or "iso-8859-6" => l == "iso-8859-6" ? 28596 : 1256,
            "windows-1257" or "iso-8859-13" or "iso-8859-4" => 1257,
            "windows-874" or "tis-620" or "iso-8859-11" => 874,
            "gb2312" or "gbk" or "x-gbk" or "cp936" or "gb_2312-80" or "chinese" or "csgb2312" or "euc-cn" => 936,
            "gb18030" => 54936,
            "big5" or "big5-hkscs" or "cn-big5" or "x-x-big5" => 950,
            "shift_jis" or "shift-jis" or "sjis" or "x-sjis" or "ms_kanji" or "windows-31j" or "cp932" or "csshiftjis" => 932,
            "euc-jp" or "x-euc-jp" => 51932,
            "iso-2022-jp" => 50220,
            "euc-kr" or "ks_c_5601-1987" or "windows-949" or "cp949" or "korean" => 949,
            "utf-16" or "utf-16le" => 1200,
            "utf-16be" => 1201,
            _ => 0,
        };
        if (codePage != 0)
        {
            return GetEncoding(codePage);
        }

        try
        {
            return Encoding.GetEncoding(l);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal static Encoding GetEncoding(int codePage)
    {
        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return codePage == 51932 ? Encoding.GetEncoding(20932) : Encoding.UTF8;
        }
    }

    /// <summary>UTF-8 where valid; every byte that is not part of a valid sequence is read as windows-1252.</summary>
    private static string DecodeUtf8WithFallback(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            return new string(chars, 0, DecodeUtf8WithFallback(bytes, chars));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> decoded as above into <paramref name="chars"/>, which holds at least one char per byte.</summary>
    private static int DecodeUtf8WithFallback(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        var length = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var nonAscii = bytes[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (nonAscii < 0)
            {
                length += Encoding.ASCII.GetChars(bytes[i..], chars[length..]);
                break;
            }

            if (nonAscii > 0)
            {
                length += Encoding.ASCII.GetChars(bytes.Slice(i, nonAscii), chars[length..]);
                i += nonAscii;
            }

            if (Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed) == OperationStatus.Done)
            {
                length += rune.EncodeToUtf16(chars[length..]);
                i += consumed;
            }
            else
            {
                length += Windows1252.GetChars(bytes.Slice(i, 1), chars[length..]);
                i++;
            }
        }

        return length;
    }

    /// <summary>Counts of valid multibyte UTF-8 sequences and of bytes that are not part of one.</summary>
    internal readonly record struct Utf8Stats(int Multibyte, int Invalid)
    {
        public static Utf8Stats Measure(ReadOnlySpan<byte> bytes)
        {
            int multibyte = 0, invalid = 0, i = 0;
            while (i < bytes.Length)
            {
                var nonAscii = bytes[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                if (nonAscii < 0)
                {
                    break;
                }

                i += nonAscii;
                var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
                if (status == OperationStatus.Done)
                {
                    multibyte++;
                    i += consumed;
                }
                else
                {
                    // A sequence cut off by the end of the buffer (page truncated) is not evidence against UTF-8.
                    if (status != OperationStatus.NeedMoreData)
                    {
                        invalid++;
                    }

                    i += Math.Max(consumed, 1);
                }
            }

            return new Utf8Stats(multibyte, invalid);
        }
    }
}
