using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Pipeline;

namespace NewsFunctions.Functions.Http;

/// <summary><c>POST /api/sources/refresh</c> (function key): queue every source now instead of at the next tick.</summary>
public sealed class RefreshSourcesFunction(SourceScheduler scheduler)
{
    [Function("RefreshSources")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "sources/refresh")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var scheduled = await scheduler.ScheduleAllAsync(cancellationToken);
        return new AcceptedResult((string?)null, new { scheduled });
    }
}
