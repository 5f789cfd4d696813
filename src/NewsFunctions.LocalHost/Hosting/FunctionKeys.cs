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
        var configuredMaster = configuration["LocalHost:MasterKey"] is { Length: > 0 } master ? master : null;
        var configuredFunction = configuration["LocalHost:FunctionKey"] is { Length: > 0 } function ? function : null;
        MasterKey = configuredMaster ?? NewKey();
        FunctionKey = configuredFunction ?? NewKey();

        // A made-up key is no use unless it is shown; a configured one is known to whoever set it and stays out of the log.
        if (configuredMaster is null || configuredFunction is null)
        {
            logger.LogInformation(
                "Keys made up for this run (set LocalHost:FunctionKey and LocalHost:MasterKey to choose them): function key {FunctionKey}, master key {MasterKey}",
                configuredFunction is null ? FunctionKey : "(configured)",
                configuredMaster is null ? MasterKey : "(configured)");
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
