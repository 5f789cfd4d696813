using System.Net;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsFunctions.Configuration;
using NewsFunctions.Storage;

namespace NewsFunctions.Fetching;

/// <summary>
/// <c>{prefix}Hosts</c>: PK = a host (its authority, lower-cased), RK = <c>next</c>. When the next request to that
/// host may go out, shared by every instance of the app. Scaled out, each instance's own spacing would let a site
/// see one request per spacing from every instance at once; a reservation here spaces them all.
/// </summary>
/// <remarks>
/// A reservation is one read and one conditional write (optimistic concurrency on the row's ETag), so two instances
/// never take the same slot. Instances' clocks are assumed to agree within a fraction of the spacing, as NTP keeps
/// Azure's hosts. A request that would have to wait longer than the caller allows reserves nothing: it learns when
/// the host is free and can come back then (an article message is put back on the queue for that long).
/// </remarks>
public sealed class HostSchedule
{
    private const string RowKey = "next";
    private const int MaxAttempts = 8;
    private readonly TimeProvider _time;

    public HostSchedule(StorageClients clients, IOptions<NewsOptions> options, TimeProvider time)
        : this(clients.Tables.GetTableClient(options.Value.Storage.TablePrefix + "Hosts"), time)
    {
    }

    public HostSchedule(TableClient table, TimeProvider time)
    {
        Table = table;
        _time = time;
    }

    public TableClient Table { get; }

    /// <summary>
    /// Reserves the next slot for a request to <paramref name="host"/>, <paramref name="spacing"/> after the one
    /// before it, if that slot is at most <paramref name="maxWait"/> away.
    /// </summary>
    /// <returns>When the request may go out, and whether the slot is the caller's; when it is not, the time is
    /// when the host's queue of reserved requests runs out.</returns>
    public async Task<HostSlot> ReserveAsync(string host, TimeSpan spacing, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        var key = host.ToLowerInvariant();
        for (var attempt = 1; ; attempt++)
        {
            var (next, etag) = await ReadAsync(key, cancellationToken);

            // The clock is read after the row: a slot taken from before a slow read would already be past when the
            // request goes out, and the next instance's slot, a spacing after it, would come that much too soon. A slow
            // write is handled below.
            var now = _time.GetUtcNow();
            var start = next is { } n && n > now ? n : now;
            if (start - now > maxWait)
            {
                return new HostSlot(start, Granted: false);
            }

            if (await TryWriteAsync(key, start + spacing, etag, cancellationToken))
            {
                // A write slow enough that the slot passed while it was booked (a loaded storage account or emulator)
                // would send this request late and the next instance's on time, closer than the spacing: the slot is
                // given up (left booked, so nobody takes it) and the next one is asked for.
                if (spacing <= TimeSpan.Zero || _time.GetUtcNow() - start <= spacing / 4)
                {
                    return new HostSlot(start, Granted: true);
                }

                if (attempt == MaxAttempts)
                {
                    return new HostSlot(start + spacing, Granted: false);
                }

                continue;
            }

            // Another instance took the slot between our read and our write: read its reservation and go after it.
            if (attempt == MaxAttempts)
            {
                // So many writers at once that reads keep going stale: tell the caller to come back a spacing later
                // rather than send unscheduled.
                return new HostSlot(now + (spacing > TimeSpan.Zero ? spacing : TimeSpan.FromSeconds(1)), Granted: false);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), _time, cancellationToken);
        }
    }

    /// <summary>
    /// Moves the host's next slot to <paramref name="until"/> at the earliest, for every instance: the host asked
    /// (Retry-After) for no request before then. A schedule already booked past it is left as it is.
    /// </summary>
    public async Task HoldAsync(string host, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var key = host.ToLowerInvariant();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            // A lost race means another instance booked or held the host meanwhile: read its row and compare again.
            var (next, etag) = await ReadAsync(key, cancellationToken);
            if (next >= until || await TryWriteAsync(key, until, etag, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>The host's next free time and its row's ETag; both null when the host has no row yet.</summary>
    private async Task<(DateTimeOffset? Next, ETag? ETag)> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(key, RowKey, cancellationToken: cancellationToken);
        return row.HasValue ? (row.Value!.GetDateTimeOffset("Next"), row.Value.ETag) : (null, null);
    }

    /// <summary>Writes the host's next free time if its row is still as read (<paramref name="etag"/>; null: no row yet); false if another instance wrote first.</summary>
    private async Task<bool> TryWriteAsync(string key, DateTimeOffset next, ETag? etag, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(key, RowKey) { ["Next"] = next };
        try
        {
            if (etag is { } match)
            {
                await Table.UpdateEntityAsync(entity, match, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await Table.AddEntityAsync(entity, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }
}

/// <summary>A request's place in its host's schedule: when it may go out, and whether that slot is reserved for it.</summary>
public readonly record struct HostSlot(DateTimeOffset At, bool Granted);
