using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace NewsFunctions.Functions.Http;

/// <summary>
/// The answer to an exception no HTTP function handled (storage failing mid-request, a stored article that no
/// longer reads). Both hosts call it, the Functions host through <see cref="HttpErrorMiddleware"/> and the local host
/// from its pipeline, since the local host runs no worker middleware: so the 500 a client reads is the same on both.
/// </summary>
public static class UnhandledHttpErrors
{
    /// <summary>
    /// Whether a problem can still be written: not once the response has started, and not worth it when the client
    /// has gone (its cancellation surfaces as an exception too, and is no server error).
    /// </summary>
    public static bool CanAnswer(HttpContext context) => !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested;

    /// <summary>
    /// Logs the exception at Error under <paramref name="errorId"/> and returns the 500 problem naming that id. The
    /// exception's message and stack stay in the log: they can name tables, accounts and code, which are no
    /// client's business.
    /// </summary>
    public static IActionResult Answer(HttpContext context, Exception exception, string errorId, ILogger logger)
    {
        logger.LogError(exception, "{Method} {Path} failed with an unhandled exception; answered 500 with error id {ErrorId}",
            context.Request.Method, context.Request.Path.Value, errorId);
        // Headers the function set before it failed (an ETag, a public Cache-Control) belong to the answer it did not give.
        context.Response.Clear();
        return HttpResults.Problem(context.Request, StatusCodes.Status500InternalServerError, "Internal error",
            $"The server failed to answer this request. The error is logged under id {errorId}; quote it when reporting the problem.", errorId);
    }
}
