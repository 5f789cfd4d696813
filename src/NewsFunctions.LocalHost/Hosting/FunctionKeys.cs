using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Functions.Worker;

namespace NewsFunctions.LocalHost.Hosting;

/// <summary>
/// The Functions host's key check: Function level takes a function key or the master key, Admin level only the
/// master key, from the <c>x-functions-key</c> header or the <c>code</c> query parameter.
/// </summary>
internal sealed class FunctionKeys
{
    public FunctionKeys(IConfiguration configuration, ILogger<FunctionKeys> logger)
    {
        var masterConfigured = configuration["LocalHost:MasterKey"] is { Length: > 0 };
        var functionConfigured = configuration["LocalHost:FunctionKey"] is { Length: > 0 };
        MasterKey = masterConfigured ? configuration["LocalHost:MasterKey"]! : NewKey();
        FunctionKey = functionConfigured ? configuration["LocalHost:FunctionKey"]! : NewKey();

        // A made-up key is no use unless it is shown; a configured one is known to whoever set it and stays out of the log.
        if (!masterConfigured || !functionConfigured)
        {
            logger.LogInformation(
                "Keys made up for this run (set LocalHost:FunctionKey and LocalHost:MasterKey to choose them): function key {FunctionKey}, master key {MasterKey}",
                functionConfigured ? "(configured)" : FunctionKey,
                masterConfigured ? "(configured)" : MasterKey);
        }
    }

    public string MasterKey { get; }

    public string FunctionKey { get; }

    public bool IsAuthorized(HttpRequest request, AuthorizationLevel level)
    {
        if (level == AuthorizationLevel.Anonymous)
        {
            return true;
        }

        var key = request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        return Same(key, MasterKey) || (level == AuthorizationLevel.Function && Same(key, FunctionKey));
    }

    private static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '-').Replace('/', '_');
}
