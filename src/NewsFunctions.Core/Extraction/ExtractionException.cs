namespace NewsFunctions.Extraction;

/// <summary>The page could not be read as an article at all (empty, not HTML, over the size cap).</summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException() { }
    public ExtractionException(string message) : base(message) { }
    public ExtractionException(string message, Exception innerException) : base(message, innerException) { }
}
