using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using NewsFunctions.LocalHost.Hosting;
using NewsFunctions.LocalHost.Triggers;

namespace NewsFunctions.Tests.LocalHost;

public sealed class LocalHostTests
{
    private static IConfiguration Config(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Fact]
    public void HostJsonOfTheRepositoryIsReadWithOverrides()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "host.json");
        var fromFile = HostJson.Load(path);
        Assert.Equal("api", fromFile.RoutePrefix);
        Assert.Equal(5, fromFile.QueueMaxDequeueCount);

        var overridden = HostJson.Load(path, Config(new()
        {
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:01",
        }));
        Assert.Equal(2, overridden.QueueMaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(1), overridden.QueueVisibilityTimeout);
        Assert.Equal(fromFile.QueueBatchSize, overridden.QueueBatchSize);
    }

    [Fact]
    public void MissingHostJsonIsAClearError() =>
        Assert.Throws<FileNotFoundException>(() => HostJson.Load("/nonexistent/host.json"));

    [Theory]
    [InlineData("0 */15 * * * *", true)]
    [InlineData("*/5 * * * * *", true)]
    [InlineData("*/15 * * * *", false)]
    [InlineData("not a schedule at all", false)]
    public void SchedulesMustBeSixFieldNcrontab(string expression, bool valid)
    {
        if (valid)
        {
            Assert.NotNull(TimerTriggerService.ParseSchedule(expression, "F"));
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => TimerTriggerService.ParseSchedule(expression, "F"));
        }
    }

    [Fact]
    public void SettingNamesResolveFromConfigurationOrFailNamingTheSetting()
    {
        var resolver = new SettingResolver(Config(new() { ["DiscoverSchedule"] = "0 0 * * * *" }));
        Assert.Equal("0 0 * * * *", resolver.Resolve("%DiscoverSchedule%", "F"));
        Assert.Equal("literal-queue", resolver.Resolve("literal-queue", "F"));
        var error = Assert.Throws<InvalidOperationException>(() => resolver.Resolve("%Missing%", "ProcessArticle"));
        Assert.Contains("Missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("ProcessArticle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionsAreDiscoveredFromAttributes()
    {
        var functions = FunctionCatalog.Discover(System.Reflection.Assembly.Load(LocalFunctionsHost.FunctionsAssemblyName));
        var feed = Assert.Single(functions, f => f.Name == "GetFeed");
        Assert.Equal("feeds/{category}", feed.Http!.Route);
        Assert.Equal("%DiscoverSchedule%", Assert.Single(functions, f => f.Timer is not null).Timer!.Schedule);
        Assert.Equal(4, functions.Count(f => f.Queue is not null));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("mkey", null)]
    [InlineData(null, "fkey")]
    public void KeysMadeUpForTheRunAreLoggedAndConfiguredOnesAreNot(string? masterKey, string? functionKey)
    {
        var logger = new RecordingLogger<FunctionKeys>();

        var keys = new FunctionKeys(Config(new() { ["LocalHost:MasterKey"] = masterKey, ["LocalHost:FunctionKey"] = functionKey }), logger);

        var logged = string.Join('\n', logger.Messages);
        Assert.Equal(masterKey is null, logged.Contains(keys.MasterKey, StringComparison.Ordinal));
        Assert.Equal(functionKey is null, logged.Contains(keys.FunctionKey, StringComparison.Ordinal));
    }

    [Fact]
    public void NoKeyIsLoggedWhenBothAreConfigured()
    {
        var logger = new RecordingLogger<FunctionKeys>();

        _ = new FunctionKeys(Config(new() { ["LocalHost:MasterKey"] = "mkey", ["LocalHost:FunctionKey"] = "fkey" }), logger);

        Assert.Empty(logger.Messages);
    }

    private sealed class RecordingLogger<T> : ILogger<T>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }

    [Theory]
    [InlineData(AuthorizationLevel.Anonymous, null, null, true)]
    [InlineData(AuthorizationLevel.Function, null, null, false)]
    [InlineData(AuthorizationLevel.Function, "fkey", null, true)]
    [InlineData(AuthorizationLevel.Function, null, "mkey", true)]
    [InlineData(AuthorizationLevel.Function, "wrong", null, false)]
    [InlineData(AuthorizationLevel.Admin, "fkey", null, false)]
    [InlineData(AuthorizationLevel.Admin, null, "mkey", true)]
    public void KeysAreCheckedAsTheHostDoes(AuthorizationLevel level, string? headerKey, string? codeKey, bool allowed)
    {
        var keys = new FunctionKeys(Config(new() { ["LocalHost:MasterKey"] = "mkey", ["LocalHost:FunctionKey"] = "fkey" }), NullLogger<FunctionKeys>.Instance);
        var context = new DefaultHttpContext();
        if (headerKey is not null)
        {
            context.Request.Headers["x-functions-key"] = headerKey;
        }

        if (codeKey is not null)
        {
            context.Request.QueryString = new QueryString("?code=" + codeKey);
        }

        Assert.Equal(allowed, keys.IsAuthorized(context.Request, level));
    }
}
