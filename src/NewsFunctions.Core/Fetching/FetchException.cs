using System.Net;

namespace NewsFunctions.Fetching;

/// <summary>A page could not be fetched. <see cref="IsTransient"/> tells whether trying later may help.</summary>
public sealed class FetchException : Exception
{
    public FetchException() { }
    public FetchException(string message) : base(message) { }
    public FetchException(string message, Exception innerException) : base(message, innerException) { }

    public FetchException(string message, HttpStatusCode? status, bool isTransient, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    public HttpStatusCode? Status { get; }
    public bool IsTransient { get; }
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// The request was never sent: other requests to its host already fill the schedule shared by the app's
    /// instances for longer than a fetch waits. <see cref="RetryAfter"/> says when the host is free.
    /// </summary>
    public bool IsHostBusy { get; init; }
}
