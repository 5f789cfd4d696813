using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.LocalHost.Hosting;

/// <summary>One function as the local host serves it, read from its <c>[Function]</c> and trigger attributes.</summary>
internal sealed record FunctionDescriptor(string Name, MethodInfo Method, ParameterInfo TriggerParameter, Attribute Trigger)
{
    public HttpTriggerAttribute? Http => Trigger as HttpTriggerAttribute;

    public TimerTriggerAttribute? Timer => Trigger as TimerTriggerAttribute;

    public QueueTriggerAttribute? Queue => Trigger as QueueTriggerAttribute;

    public string TriggerType => Trigger switch
    {
        HttpTriggerAttribute => "httpTrigger",
        TimerTriggerAttribute => "timerTrigger",
        QueueTriggerAttribute => "queueTrigger",
        _ => Trigger.GetType().Name,
    };
}
