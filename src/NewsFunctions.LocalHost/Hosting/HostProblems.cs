using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using NewsFunctions.Functions.Http;
using NewsFunctions.Serving;

namespace NewsFunctions.LocalHost.Hosting;

/// <summary>
/// The errors the local host answers itself, before any function runs, in the functions' problem shape: clients
/// then read a missing key or a wrong method like any other error instead of an empty body.
/// </summary>
internal static class HostProblems
{
    public static IResult Result(HttpContext context, int status, string title, string detail)
    {
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(Problems.Json(status, title, detail, context.Request.Path.Value), Problems.ContentType, statusCode: status);
    }

    public static IResult Unauthorized(HttpContext context, string keys)
    {
        // A 401 must carry a challenge (RFC 9110 §11.6.1); some HTTP clients fail a 401 without one as a protocol
        // error instead of handing the app its status. The challenge names where the key goes.
        context.Response.Headers.WWWAuthenticate = "FunctionKey header=\"x-functions-key\", query=\"code\"";
        return Result(context, StatusCodes.Status401Unauthorized, "Unauthorized", $"This route needs {keys} in the x-functions-key header or the code query parameter.");
    }

    /// <summary>
    /// An exception a function did not handle becomes the Functions host's 500 problem, by the same code; the
    /// request's trace identifier, which ASP.NET Core's own logs carry as RequestId, is its error id.
    /// </summary>
    public static async Task AnswerUnhandledAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (UnhandledHttpErrors.CanAnswer(context))
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnhandledHttpErrors).FullName!);
            var result = UnhandledHttpErrors.Answer(context, e, context.TraceIdentifier, logger);
            await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    }

    /// <summary>
    /// Gives a body to the answers routing writes without one: 405 from the method check (which has set Allow) and
    /// 404 for a path no function is served at.
    /// </summary>
    public static async Task FillEmptyErrorsAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        var response = context.Response;
        if (response.HasStarted || response.ContentType is not null || response.ContentLength is not null)
        {
            return;
        }

        var problem = response.StatusCode switch
        {
            StatusCodes.Status405MethodNotAllowed => Result(context, 405, "Method not allowed",
                $"{context.Request.Method} is not served at this route; it answers {(response.Headers.Allow is { Count: > 0 } allow ? allow.ToString() : "no method")}."),
            StatusCodes.Status404NotFound => Result(context, 404, "Not found", $"No function is served at '{context.Request.Path}'."),
            _ => null,
        };
        if (problem is not null)
        {
            await problem.ExecuteAsync(context);
        }
    }
}
