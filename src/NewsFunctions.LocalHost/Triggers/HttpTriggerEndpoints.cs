using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using NewsFunctions.LocalHost.Hosting;

namespace NewsFunctions.LocalHost.Triggers;

/// <summary>Maps each HTTP-triggered function onto Kestrel at <c>/{routePrefix}/{route}</c> with its methods and auth level.</summary>
internal static class HttpTriggerEndpoints
{
    public static IReadOnlyList<string> Map(WebApplication app, IEnumerable<FunctionDescriptor> functions, HostJson hostJson)
    {
        var routes = new List<string>();
        foreach (var function in functions.Where(f => f.Http is not null))
        {
            var trigger = function.Http!;
            // Without a route the Functions host serves the function at its own name.
            var route = "/" + string.Join('/', new[] { hostJson.RoutePrefix, trigger.Route ?? function.Name }.Where(s => !string.IsNullOrEmpty(s)));
            var methods = (trigger.Methods is { Length: > 0 } m ? m : ["get", "post", "put", "delete", "patch", "head", "options"])
                .Select(x => x.ToUpperInvariant())
                .ToArray();
            app.MapMethods(route, methods, async context =>
            {
                var keys = context.RequestServices.GetRequiredService<FunctionKeys>();
                if (!keys.IsAuthorized(context.Request, trigger.AuthLevel))
                {
                    await HostProblems.Unauthorized(context, trigger.AuthLevel == Microsoft.Azure.Functions.Worker.AuthorizationLevel.Admin ? "the master key" : "a function key or the master key")
                        .ExecuteAsync(context);
                    return;
                }

                var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
                var result = await invoker.InvokeAsync(function, context.Request, context, context.RequestAborted);
                await WriteResultAsync(context, result);
            }).WithDisplayName(function.Name);
            routes.Add($"{string.Join(',', methods)} {route}");
        }

        return routes;
    }

    private static async Task WriteResultAsync(HttpContext context, object? result)
    {
        switch (result)
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(context);
                break;
            case null:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                await context.Response.WriteAsJsonAsync(result, result.GetType());
                break;
        }
    }
}
