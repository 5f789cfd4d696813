using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace NewsFunctions.LocalHost.Hosting;

/// <summary>
/// Runs a function the way the worker does: a new DI scope and a new instance of the function's class per
/// invocation, arguments bound by type (and HTTP route values by name).
/// </summary>
internal sealed class FunctionInvoker(IServiceScopeFactory scopes)
{
    // The worker's default: System.Text.Json, property names case-insensitive.
    private static readonly JsonSerializerOptions TriggerJson = new(JsonSerializerDefaults.Web);

    public async Task<object?> InvokeAsync(FunctionDescriptor function, object? triggerValue, HttpContext? http, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var instance = function.Method.IsStatic
            ? null
            : ActivatorUtilities.CreateInstance(scope.ServiceProvider, function.Method.DeclaringType!);
        var parameters = function.Method.GetParameters();
        var args = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            args[i] = p == function.TriggerParameter ? BindTrigger(p, triggerValue)
                : p.ParameterType == typeof(CancellationToken) ? cancellationToken
                : p.ParameterType == typeof(HttpRequest) ? http?.Request
                : http?.GetRouteValue(p.Name!) is { } route ? Convert.ChangeType(route, p.ParameterType, System.Globalization.CultureInfo.InvariantCulture)
                : scope.ServiceProvider.GetService(p.ParameterType)
                  ?? (p.HasDefaultValue ? p.DefaultValue : throw new NotSupportedException($"Function '{function.Name}': cannot bind parameter '{p.Name}'."));
        }

        try
        {
            object? result;
            try
            {
                result = function.Method.Invoke(instance, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }

            if (result is not Task task)
            {
                return result;
            }

            await task;
            var type = task.GetType();
            return type.IsGenericType && type.GetProperty("Result") is { } property && property.PropertyType.Name != "VoidTaskResult"
                ? property.GetValue(task)
                : null;
        }
        finally
        {
            // The worker disposes function instances after each invocation; so does this host.
            if (instance is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else if (instance is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    private static object? BindTrigger(ParameterInfo parameter, object? value) => value switch
    {
        BinaryData data when parameter.ParameterType == typeof(string) => data.ToString(),
        BinaryData data when parameter.ParameterType == typeof(byte[]) => data.ToArray(),
        BinaryData data when parameter.ParameterType == typeof(BinaryData) => data,
        BinaryData data => JsonSerializer.Deserialize(data.ToMemory().Span, parameter.ParameterType, TriggerJson)
            ?? throw new JsonException($"The message is JSON null; '{parameter.Name}' needs a {parameter.ParameterType.Name}."),
        _ => value,
    };
}
