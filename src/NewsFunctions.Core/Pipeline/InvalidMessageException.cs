namespace NewsFunctions.Pipeline;

/// <summary>
/// A queue message that no try can process: not JSON, JSON <c>null</c>, or without what its kind of message must carry.
/// Retrying it only delays the poison queue, so the queue functions move it there at once.
/// </summary>
public sealed class InvalidMessageException : Exception
{
    public InvalidMessageException() { }
    public InvalidMessageException(string message) : base(message) { }
    public InvalidMessageException(string message, Exception innerException) : base(message, innerException) { }
}
