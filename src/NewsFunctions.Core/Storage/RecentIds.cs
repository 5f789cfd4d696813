namespace NewsFunctions.Storage;

/// <summary>
/// A bounded, thread-safe set of ids that keeps the recently added or looked-up ones: two generations, the older
/// dropped whole when the newer fills. Cheaper than an LRU list and, for ids seen again and again, as good.
/// </summary>
internal sealed class RecentIds(int perGeneration)
{
    private readonly Lock _gate = new();
    private HashSet<string> _current = new(StringComparer.Ordinal);
    private HashSet<string> _previous = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _current.Count + _previous.Count;
            }
        }
    }

    public bool Contains(string id)
    {
        lock (_gate)
        {
            if (_current.Contains(id))
            {
                return true;
            }

            if (!_previous.Contains(id))
            {
                return false;
            }

            // Still in use: carried into the newer generation so it outlives the older one.
            AddCore(id);
            return true;
        }
    }

    public void Add(string id)
    {
        lock (_gate)
        {
            AddCore(id);
        }
    }

    private void AddCore(string id)
    {
        if (_current.Count >= perGeneration)
        {
            _previous = _current;
            _current = new HashSet<string>(StringComparer.Ordinal);
        }

        _current.Add(id);
    }
}
