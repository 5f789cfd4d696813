using System.Collections.Concurrent;
using System.Net;

namespace NewsFunctions.Fetching;

/// <summary>
/// Spaces requests to one host from this instance, and holds them back while the host has asked us (Retry-After) to stay
/// away. Fan-out through queues would otherwise let one batch of a source's articles hit its server all at once.
/// </summary>
internal sealed class HostThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, long> _lastRequest = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, HttpStatusCode Status)> _stayAway = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest a Retry-After is remembered: a date further ahead is likelier a clock or template mistake than a wish.</summary>
    public static readonly TimeSpan MaxStayAway = TimeSpan.FromHours(1);

    /// <summary>Notes that the host answered <paramref name="status"/> asking for no request before <paramref name="retryAfter"/> has passed.</summary>
    /// <returns>Until when the host is left alone (the wish, capped at <see cref="MaxStayAway"/>); null for a wish already past.</returns>
    public DateTimeOffset? StayAway(Uri url, TimeSpan retryAfter, HttpStatusCode status)
    {
        if (retryAfter <= TimeSpan.Zero)
        {
            return null;
        }

        var until = time.GetUtcNow() + (retryAfter < MaxStayAway ? retryAfter : MaxStayAway);
        _stayAway.AddOrUpdate(url.Authority, (until, status), (_, old) => old.Until > until ? old : (until, status));
        return until;
    }

    /// <summary>Waits for the host's turn: its spacing since the last request, and any Retry-After it still has running.</summary>
    /// <param name="url">The URL about to be requested; its authority is the host.</param>
    /// <param name="spacing">The least time since the previous request to the host.</param>
    /// <param name="maxStayAwayWait">The longest this waits for a Retry-After; past it nothing is sent.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The host's slot: no other request to it starts until this is disposed.</returns>
    /// <exception cref="FetchException">The host asked to be left alone for longer than <paramref name="maxStayAwayWait"/>:
    /// transient, with the time left as its Retry-After.</exception>
    public async Task<IDisposable> WaitAsync(Uri url, TimeSpan spacing, TimeSpan maxStayAwayWait, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(url.Authority, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var wait = _lastRequest.TryGetValue(url.Authority, out var last) ? spacing - time.GetElapsedTime(last) : TimeSpan.Zero;
            if (_stayAway.TryGetValue(url.Authority, out var stayAway))
            {
                var left = stayAway.Until - time.GetUtcNow();
                if (left > maxStayAwayWait)
                {
                    throw new FetchException(
                        $"GET {url}: {url.Authority} answered {(int)stayAway.Status} and asked for no request before {stayAway.Until:u}; that is more than {maxStayAwayWait.TotalSeconds:0} s away.",
                        stayAway.Status,
                        isTransient: true,
                        left);
                }

                wait = left > wait ? left : wait;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
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
