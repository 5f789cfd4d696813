using System.IO.Compression;

/// <summary>A benchmark folder's pages, read and decompressed into memory up front so that only extraction is timed.</summary>
internal static class PageFiles
{
    public static byte[][] Load(string dir) => Files(dir).Select(Read).ToArray();

    /// <summary>The pages' file names, in the order <see cref="Load"/> returns them.</summary>
    public static string[] Names(string dir) => Files(dir).Select(Path.GetFileName).ToArray()!;

    private static IEnumerable<string> Files(string dir) => Directory.EnumerateFiles(dir)
        .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".html.gz", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);

    private static byte[] Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            return bytes;
        }

        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
