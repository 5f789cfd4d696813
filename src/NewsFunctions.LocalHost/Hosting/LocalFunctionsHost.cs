using System.Reflection;
using NewsFunctions.LocalHost.Triggers;

namespace NewsFunctions.LocalHost.Hosting;

/// <summary>
/// Runs the Functions app's own function classes without the Functions host: HTTP triggers on Kestrel, timers on
/// their schedules, queue triggers polling Storage. The app's services come from the same registration its
/// Program.cs uses, so what runs here is what runs in Azure, minus the host.
/// </summary>
public static class LocalFunctionsHost
{
    public const string FunctionsAssemblyName = "NewsFunctions.Functions";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);

        var hostJson = HostJson.Load(Path.Combine(AppContext.BaseDirectory, "host.json"), builder.Configuration);
        var functions = FunctionCatalog.Discover(Assembly.Load(FunctionsAssemblyName));
        var settings = new SettingResolver(builder.Configuration);
        // Fail at start-up, as the host does, when a trigger names a setting that does not exist or a bad schedule.
        foreach (var f in functions)
        {
            if (f.Timer is not null)
            {
                TimerTriggerService.ParseSchedule(settings.Resolve(f.Timer.Schedule, f.Name), f.Name);
            }
            else if (f.Queue is not null)
            {
                settings.Resolve(f.Queue.QueueName, f.Name);
            }
        }

        builder.Services.AddNewsPipeline(builder.Configuration);
        builder.Services.AddControllers();
        builder.Services.AddSingleton(functions);
        builder.Services.AddSingleton(hostJson);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton<FunctionKeys>();
        builder.Services.AddHostedService<TimerTriggerService>();
        builder.Services.AddHostedService<QueueTriggerService>();

        var app = builder.Build();
        app.Use(HostProblems.AnswerUnhandledAsync);
        app.Use(HostProblems.FillEmptyErrorsAsync);
        var routes = HttpTriggerEndpoints.Map(app, functions, hostJson);
        AdminEndpoints.Map(app, functions);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NewsFunctions.LocalHost");
            _ = app.Services.GetRequiredService<FunctionKeys>(); // logs generated keys now rather than at the first keyed request
            logger.LogInformation("Functions served at {Urls}:{NewLine}{Routes}", string.Join(", ", app.Urls), Environment.NewLine,
                string.Join(Environment.NewLine, functions.Select(f => "  " + f.Name + ": " + Describe(f, routes, settings))));
        });
        return app;
    }

    private static string Describe(FunctionDescriptor f, IReadOnlyList<string> routes, SettingResolver settings) => f switch
    {
        { Http: not null } => routes.FirstOrDefault(r => r.EndsWith("/" + (f.Http.Route ?? f.Name), StringComparison.Ordinal)) ?? "http",
        { Timer: not null } => "timer " + settings.Resolve(f.Timer.Schedule, f.Name),
        { Queue: not null } => "queue " + settings.Resolve(f.Queue.QueueName, f.Name),
        _ => f.TriggerType,
    };
}
