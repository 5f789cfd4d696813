using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NewsFunctions.Infra.Tests;

internal sealed record BicepResult(int ExitCode, string StandardOutput, string StandardError)
{
    private static readonly Regex DiagnosticLine = new(@"\) : (Error|Warning|Info) ", RegexOptions.CultureInvariant);

    /// <summary>Lines in Bicep's "file(line,col) : Level code: message" form, whatever their level.</summary>
    public IReadOnlyList<string> Diagnostics =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => DiagnosticLine.IsMatch(line))
            .ToList();

    public string Describe() => $"exit code {ExitCode}\nstderr:\n{StandardError}";
}

/// <summary>Runs the Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64).</summary>
internal static class BicepCli
{
    public static BicepResult Run(params string[] arguments)
    {
        var path = Repository.BicepPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Bicep CLI not found at {path}; restore the test project.", path);
        }

        EnsureExecutable(path);

        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The parameters file reads these; the tests want its fallbacks, not the caller's shell.
        foreach (var variable in new[] { "AZURE_ENV_NAME", "AZURE_LOCATION", "AZURE_PRINCIPAL_ID", "AZURE_PRINCIPAL_TYPE", "VNET_ENABLED" })
        {
            start.Environment.Remove(variable);
        }

        start.Environment["BICEP_TRACING_ENABLED"] = "false";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} took more than 3 minutes");
        }

        return new BicepResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static void EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
