using NewsFunctions.LocalHost.DemoSite;
using NewsFunctions.LocalHost.Hosting;

// Usage: dotnet run --project src/NewsFunctions.LocalHost [-- --demo] [--scrape-on-start] [--urls http://localhost:7071]
//   --demo             serve the demo news sites on LocalHost:DemoSiteUrl and read config/sources.demo.json
//   --scrape-on-start  fire the timer functions once at start-up instead of waiting for their schedule
var demo = args.Contains("--demo");
var scrapeOnStart = args.Contains("--scrape-on-start");
var hostArgs = args.Where(a => a is not "--demo" and not "--scrape-on-start").ToArray();

DemoSiteServer? demoSite = null;
var app = LocalFunctionsHost.Build(hostArgs, builder =>
{
    var overrides = new Dictionary<string, string?>();
    if (scrapeOnStart)
    {
        overrides["LocalHost:RunTimersOnStart"] = "true";
    }

    if (demo)
    {
        var root = builder.Configuration["LocalHost:DemoSiteRoot"] is { Length: > 0 } r ? r : DemoSiteServer.FindRoot(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("demo/site not found above the app's folder; set LocalHost:DemoSiteRoot.");
        demoSite = DemoSiteServer.StartAsync(root, builder.Configuration["LocalHost:DemoSiteUrl"] ?? "http://127.0.0.1:7080").GetAwaiter().GetResult();
        var sources = Path.Combine(root, "..", "..", "config", "sources.demo.json");
        overrides["News:SourcesPath"] = demoSite.WriteSources(sources);
        // The demo articles date from 2022 on: past any age limit a real deployment wants.
        if (builder.Configuration["News:Discovery:MaxEntryAgeDays"] is null)
        {
            overrides["News:Discovery:MaxEntryAgeDays"] = "0";
        }

        Console.WriteLine($"Demo news sites: {demoSite.BaseUrl}daily-courier/ and {demoSite.BaseUrl}el-heraldo/");
    }

    builder.Configuration.AddInMemoryCollection(overrides);
});

try
{
    await app.RunAsync();
}
finally
{
    // Ctrl-C ends RunAsync normally; a failed start throws: either way the demo site's files go with it.
    if (demoSite is not null)
    {
        await demoSite.DisposeAsync();
    }
}
