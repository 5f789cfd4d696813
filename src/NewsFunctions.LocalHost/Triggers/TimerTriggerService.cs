using Microsoft.Azure.Functions.Worker;
using NCrontab;
using NewsFunctions.LocalHost.Hosting;

namespace NewsFunctions.LocalHost.Triggers;

/// <summary>Fires timer-triggered functions on their NCRONTAB schedules (six fields: seconds first), in UTC like the host.</summary>
internal sealed class TimerTriggerService(
    IReadOnlyList<FunctionDescriptor> functions,
    SettingResolver settings,
    FunctionInvoker invoker,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<TimerTriggerService> logger) : BackgroundService
{
    /// <summary>Parses a function's schedule; throws at start-up when it is not a six-field NCRONTAB expression.</summary>
    public static CrontabSchedule ParseSchedule(string expression, string functionName)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            throw new InvalidOperationException(
                $"Function '{functionName}': schedule '{expression}' must have six fields (second minute hour day month day-of-week).");
        }

        return CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new InvalidOperationException($"Function '{functionName}': '{expression}' is not a valid NCRONTAB expression.");
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timers = functions.Where(f => f.Timer is not null)
            .Select(f => (Function: f, Schedule: ParseSchedule(settings.Resolve(f.Timer!.Schedule, f.Name), f.Name)))
            .ToList();
        return Task.WhenAll(timers.Select(t => RunAsync(t.Function, t.Schedule, stoppingToken)));
    }

    private async Task RunAsync(FunctionDescriptor function, CrontabSchedule schedule, CancellationToken stoppingToken)
    {
        DateTime? last = null;
        // LocalHost:RunTimersOnStart gives a first scrape right away, which the demo wants and the real host has no switch for.
        if (function.Timer!.RunOnStartup || configuration.GetValue<bool>("LocalHost:RunTimersOnStart"))
        {
            await FireAsync(function, schedule, last, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now);
            try
            {
                await Task.Delay(next - now, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await FireAsync(function, schedule, last, stoppingToken);
            last = next;
        }
    }

    private async Task FireAsync(FunctionDescriptor function, CrontabSchedule schedule, DateTime? last, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var info = new TimerInfo
        {
            IsPastDue = false,
            ScheduleStatus = new ScheduleStatus { Last = last ?? DateTime.MinValue, Next = schedule.GetNextOccurrence(now), LastUpdated = now },
        };
        try
        {
            await invoker.InvokeAsync(function, info, null, stoppingToken);
            logger.LogInformation("Timer function {Function} ran", function.Name);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // As in the host: a failed tick is logged and the schedule goes on.
            logger.LogError(e, "Timer function {Function} failed", function.Name);
        }
    }
}
