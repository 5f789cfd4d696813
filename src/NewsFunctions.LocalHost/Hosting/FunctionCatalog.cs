using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.LocalHost.Hosting;

/// <summary>
/// Finds the functions of an assembly the way the Functions SDK does: public methods carrying <c>[Function]</c>,
/// each with exactly one trigger parameter. Anything the local host cannot serve fails here, at start-up.
/// </summary>
internal static class FunctionCatalog
{
    public static IReadOnlyList<FunctionDescriptor> Discover(Assembly assembly)
    {
        var functions = new List<FunctionDescriptor>();
        foreach (var type in assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } || t is { IsAbstract: true, IsSealed: true }))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
                {
                    continue;
                }

                var triggers = method.GetParameters()
                    .Select(p => (Parameter: p, Trigger: p.GetCustomAttributes().FirstOrDefault(a => a is HttpTriggerAttribute or TimerTriggerAttribute or QueueTriggerAttribute)))
                    .Where(x => x.Trigger is not null)
                    .ToList();
                if (triggers.Count != 1)
                {
                    throw new NotSupportedException(
                        $"Function '{function.Name}' ({type.Name}.{method.Name}) needs exactly one HTTP, timer or queue trigger parameter; the local host found {triggers.Count}.");
                }

                foreach (var parameter in method.GetParameters())
                {
                    if (parameter.ParameterType == typeof(FunctionContext))
                    {
                        throw new NotSupportedException(
                            $"Function '{function.Name}' takes a FunctionContext, which only the Functions host provides; take services by constructor injection instead.");
                    }
                }

                if (triggers[0].Trigger is HttpTriggerAttribute && triggers[0].Parameter.ParameterType != typeof(HttpRequest))
                {
                    throw new NotSupportedException($"HTTP function '{function.Name}' must take an HttpRequest (ASP.NET Core integration).");
                }

                functions.Add(new FunctionDescriptor(function.Name, method, triggers[0].Parameter, triggers[0].Trigger!));
            }
        }

        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? functions : throw new NotSupportedException($"Two functions are named '{duplicate.Key}'.");
    }
}
