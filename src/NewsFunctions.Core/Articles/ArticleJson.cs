using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsFunctions.Articles;

/// <summary>The one JSON configuration for articles, so the archive, the API and the CLI never drift apart.</summary>
public static class ArticleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Article text is full of quotes, accents and non-Latin scripts: keep them readable in archived JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static string Serialize(Article article) => JsonSerializer.Serialize(article, Options);

    public static byte[] SerializeToUtf8Bytes(Article article) => JsonSerializer.SerializeToUtf8Bytes(article, Options);

    public static Article Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<Article>(utf8Json, Options) ?? throw new JsonException("The article JSON is null.");
}
