using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Pipeline;

namespace NewsFunctions.Functions.Timers;

/// <summary>Every tick (default: every 15 minutes) queues each enabled source for discovery.</summary>
public sealed class ScheduleSourcesFunction(SourceScheduler scheduler)
{
    [Function("ScheduleSources")]
    public Task Run([TimerTrigger("%DiscoverSchedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        scheduler.ScheduleAllAsync(cancellationToken);
}
