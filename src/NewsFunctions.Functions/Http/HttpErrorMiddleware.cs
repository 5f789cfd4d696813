using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace NewsFunctions.Functions.Http;

/// <summary>
/// Turns an exception thrown by an HTTP function into <see cref="UnhandledHttpErrors"/>' problem on the Functions
/// host. A worker middleware, not an ASP.NET Core one: with ASP.NET Core integration the exception ends the
/// invocation inside the worker and never reaches the worker's HTTP pipeline, and the host then answers a bare 500.
/// Registered after ConfigureFunctionsWebApplication, so it runs inside the HTTP proxying middleware, which has set the
/// HttpContext and executes the IActionResult left as the invocation result.
/// </summary>
internal sealed class HttpErrorMiddleware(ILoggerFactory loggers) : IFunctionsWorkerMiddleware
{
    private readonly ILogger _logger = loggers.CreateLogger(typeof(UnhandledHttpErrors).FullName!);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { } http && UnhandledHttpErrors.CanAnswer(http))
        {
            // The invocation id is what the Functions host logs the invocation under, and Application Insights too.
            context.GetInvocationResult().Value = UnhandledHttpErrors.Answer(http, e, context.InvocationId, _logger);
        }
    }
}
