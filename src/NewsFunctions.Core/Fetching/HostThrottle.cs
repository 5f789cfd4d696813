using System.Collections.Concurrent;

namespace NewsFunctions.Fetching;

/// <summary>
/// Spaces requests to one host from this instance. Fan-out through queues would otherwise let one batch of a
/// source's articles hit its server all at once.
/// </summary>
internal sealed class HostThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, long> _lastRequest = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> WaitAsync(Uri url, TimeSpan spacing, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(url.Authority, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_lastRequest.TryGetValue(url.Authority, out var last))
            {
                var wait = spacing - time.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
            }

            _lastRequest[url.Authority] = time.GetTimestamp();
            return new Release(gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
