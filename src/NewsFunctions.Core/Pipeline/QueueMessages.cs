using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NewsFunctions.Articles;
using NewsFunctions.Storage;

namespace NewsFunctions.Pipeline;

/// <summary>
/// Reads queue message bodies into the pipeline's messages, and checks that a message
/// carries what its stage needs. Anyone who can write to the queue can put anything there; a body that is not a valid
/// message gets an <see cref="InvalidMessageException"/> naming what is wrong, not a null reference deep in a stage.
/// </summary>
public static class QueueMessages
{
    /// <exception cref="InvalidMessageException">The body is not a valid source message.</exception>
    public static SourceMessage ReadSource(BinaryData body) => Read<SourceMessage>(body, "source", m => Check(m));

    /// <exception cref="InvalidMessageException">The body is not a valid article message.</exception>
    public static ArticleMessage ReadArticle(BinaryData body) => Read<ArticleMessage>(body, "article", m => Check(m));

    /// <exception cref="InvalidMessageException">The body is not a valid archive sweep message.</exception>
    public static ArchiveSweepMessage ReadSweep(BinaryData body) => Read<ArchiveSweepMessage>(body, "archive sweep", m => Check(m));

    /// <exception cref="InvalidMessageException">The body is not a valid re-extract message.</exception>
    public static ReextractMessage ReadReextract(BinaryData body) => Read<ReextractMessage>(body, "re-extract", m => Check(m));

    /// <exception cref="InvalidMessageException">The message is null or names no sweep.</exception>
    public static void Check([NotNull] ArchiveSweepMessage? message)
    {
        if (message is null)
        {
            throw Invalid("archive sweep", "it is JSON null.");
        }

        if (string.IsNullOrWhiteSpace(message.SweepId))
        {
            throw Invalid("archive sweep", "'sweepId' is missing or empty.");
        }
    }

    /// <exception cref="InvalidMessageException">The message is null or its id is no article id.</exception>
    public static void Check([NotNull] ReextractMessage? message)
    {
        if (message is null)
        {
            throw Invalid("re-extract", "it is JSON null.");
        }

        if (!ArticleId.IsValid(message.Id))
        {
            throw Invalid("re-extract", $"'id' '{TextCut.AtMost(message.Id, 200)}' is not an article id (32 lower-case hex characters).");
        }
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

    /// <param name="body">The message body.</param>
    /// <param name="kind">What the message is, for the error.</param>
    /// <param name="check">Throws when the message is null or lacks what its kind must carry.</param>
    private static T Read<T>(BinaryData body, string kind, Action<T?> check)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(body);
        var message = Deserialize<T>(body, kind);
        check(message);
        return message!;
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
