using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Http;

/// <summary>
/// <c>GET /api/health</c>: 200 when Blob, Queue and Table storage all answer, else 503 naming the failing one. HEAD too:
/// uptime monitors and load balancers probe with it and read only the status.
/// </summary>
public sealed class HealthFunction(StorageHealth health)
{
    [Function("Health")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var checks = await health.CheckAsync(cancellationToken);
        var healthy = checks.Values.All(v => v == "ok");
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new ObjectResult(new { status = healthy ? "healthy" : "unhealthy", checks })
        {
            StatusCode = healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
        };
    }
}
