using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NewsFunctions.Storage;

namespace NewsFunctions.Pipeline;

/// <summary>
/// Reads queue message bodies into <see cref="SourceMessage"/> and <see cref="ArticleMessage"/>, and checks that a message
/// carries what its stage needs. Anyone who can write to the queue can put anything there; a body that is not a valid
/// message gets an <see cref="InvalidMessageException"/> naming what is wrong, not a null reference deep in a stage.
/// </summary>
public static class QueueMessages
{
    /// <exception cref="InvalidMessageException">The body is not a valid source message.</exception>
    public static SourceMessage ReadSource(BinaryData body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var message = Deserialize<SourceMessage>(body, "source");
        Check(message);
        return message;
    }

    /// <exception cref="InvalidMessageException">The body is not a valid article message.</exception>
    public static ArticleMessage ReadArticle(BinaryData body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var message = Deserialize<ArticleMessage>(body, "article");
        Check(message);
        return message;
    }

    /// <exception cref="InvalidMessageException">The message is null or names no source.</exception>
    public static void Check([NotNull] SourceMessage? message)
    {
        if (message is null)
        {
            throw Invalid("source", "it is JSON null.");
        }

        if (string.IsNullOrWhiteSpace(message.SourceId))
        {
            throw Invalid("source", "'sourceId' is missing or empty.");
        }
    }

    /// <returns>The message's URL.</returns>
    /// <exception cref="InvalidMessageException">The message is null, names no source, or its URL is missing or not absolute http(s).</exception>
    public static Uri Check([NotNull] ArticleMessage? message)
    {
        if (message is null)
        {
            throw Invalid("article", "it is JSON null.");
        }

        if (string.IsNullOrWhiteSpace(message.SourceId))
        {
            throw Invalid("article", "'sourceId' is missing or empty.");
        }

        if (string.IsNullOrWhiteSpace(message.Url))
        {
            throw Invalid("article", "'url' is missing or empty.");
        }

        if (!Uri.TryCreate(message.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw Invalid("article", $"'url' '{TextCut.AtMost(message.Url, 200)}' is not an absolute http(s) URL.");
        }

        return url;
    }

    private static T? Deserialize<T>(BinaryData body, string kind)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body.ToMemory().Span, WorkQueues.JsonOptions);
        }
        catch (JsonException e)
        {
            throw Invalid(kind, $"it is not a JSON object of that shape ({e.Message})", e);
        }
    }

    private static InvalidMessageException Invalid(string kind, string reason, Exception? inner = null)
    {
        var text = $"The message is not a valid {kind} message: {reason}";
        return inner is null ? new InvalidMessageException(text) : new InvalidMessageException(text, inner);
    }
}
