using System.Text.Json;
using NewsFunctions.LocalHost.Hosting;

namespace NewsFunctions.LocalHost.Triggers;

/// <summary>
/// The Functions host's <c>POST /admin/functions/{name}</c> (master key): runs a non-HTTP function now with
/// <c>{"input": "..."}</c> as its trigger input, and answers 202 without waiting, as the host does.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(WebApplication app, IReadOnlyList<FunctionDescriptor> functions)
    {
        app.MapPost("/admin/functions/{name}", async (string name, HttpContext context) =>
        {
            var keys = context.RequestServices.GetRequiredService<FunctionKeys>();
            if (!keys.IsAuthorized(context.Request, Microsoft.Azure.Functions.Worker.AuthorizationLevel.Admin))
            {
                return HostProblems.Unauthorized(context, "the master key");
            }

            var function = functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            if (function is null || function.Http is not null)
            {
                return HostProblems.Result(context, 404, "Unknown function", $"There is no non-HTTP function '{name}'.");
            }

            string? input = null;
            if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
            {
                try
                {
                    using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
                    input = body.RootElement.TryGetProperty("input", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
                }
                catch (JsonException e)
                {
                    return HostProblems.Result(context, 400, "Bad body", $"The body must be JSON like {{\"input\": \"...\"}}: {e.Message}");
                }
            }

            object? trigger = function.Timer is not null
                ? new Microsoft.Azure.Functions.Worker.TimerInfo { IsPastDue = false }
                : BinaryData.FromString(input ?? "");
            var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("AdminEndpoints");
            var lifetime = context.RequestServices.GetRequiredService<IHostApplicationLifetime>();
            _ = Task.Run(async () =>
            {
                try
                {
                    await invoker.InvokeAsync(function, trigger, null, lifetime.ApplicationStopping);
                }
                catch (Exception e)
                {
                    logger.LogError(e, "Function {Function} invoked through the admin API failed", function.Name);
                }
            });
            return Results.Accepted();
        });
    }
}
