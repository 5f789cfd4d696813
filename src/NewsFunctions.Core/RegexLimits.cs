namespace NewsFunctions;

/// <summary>The one match timeout every pattern in the library uses.</summary>
/// <remarks>
/// The timeout only guards against a pathological page making a pattern backtrack for ever; every pattern here is
/// bounded and runs in microseconds. It must still be generous: a timeout on a busy worker (or a CI machine
/// running the suite on two cores) would silently cost a page its metadata, and 100 ms did fire under load.
/// </remarks>
internal static class RegexLimits
{
    public const int TimeoutMilliseconds = 1000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);
}
