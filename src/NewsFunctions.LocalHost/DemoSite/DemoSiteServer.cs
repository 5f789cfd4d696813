using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;

namespace NewsFunctions.LocalHost.DemoSite;

/// <summary>
/// Serves the demo news sites in <c>demo/site</c> on loopback, filling <c>{{BASE_URL}}</c> with its own address and
/// <c>{{TODAY}}</c> with today's date in the page's language, as a real site's header would.
/// </summary>
public sealed partial class DemoSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<string> _written = [];

    private DemoSiteServer(WebApplication app, string root)
    {
        _app = app;
        Root = root;
    }

    public string Root { get; }

    /// <summary>The address it listens on, e.g. <c>http://127.0.0.1:7080</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Starts a server on <paramref name="url"/> (port 0 picks a free port).</summary>
    public static async Task<DemoSiteServer> StartAsync(string root, string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The demo site folder '{root}' does not exist.");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new DemoSiteServer(app, Path.GetFullPath(root));
        app.Run(server.ServeAsync);
        await app.StartAsync(cancellationToken);
        server.BaseUrl = new Uri(app.Urls.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
        return server;
    }

    /// <summary>The demo folder of a checkout: the nearest <c>demo/site</c> above <paramref name="start"/>.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "demo", "site");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Replaces the placeholders of a text file of the demo site.</summary>
    public string Fill(string text, string? language = null)
    {
        text = text.Replace("{{BASE_URL}}", BaseUrl.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal);
        if (text.Contains("{{TODAY}}", StringComparison.Ordinal))
        {
            language ??= LangAttribute().Match(text) is { Success: true } m ? m.Groups[1].Value : "en";
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(language);
            }
            catch (CultureNotFoundException)
            {
                culture = CultureInfo.InvariantCulture;
            }

            text = text.Replace("{{TODAY}}", DateTime.Today.ToString("D", culture), StringComparison.Ordinal);
        }

        return text;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        var path = Path.GetFullPath(Path.Combine(Root, relative));
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }

        if (!path.StartsWith(Root, StringComparison.Ordinal) || !File.Exists(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".xml"] = path.Contains("atom", StringComparison.OrdinalIgnoreCase) ? "application/atom+xml" : "application/rss+xml";
        types.Mappings[".json"] = "application/json";
        var contentType = types.TryGetContentType(path, out var t) ? t : "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.Contains("xml", StringComparison.Ordinal) || contentType.Contains("json", StringComparison.Ordinal))
        {
            var body = Encoding.UTF8.GetBytes(Fill(await File.ReadAllTextAsync(path, context.RequestAborted)));
            // Validators as a real news site sends them, so conditional GETs can be exercised.
            var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body)[..8]) + "\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.ContentType = contentType + "; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
            return;
        }

        context.Response.ContentType = contentType;
        await context.Response.SendFileAsync(path, context.RequestAborted);
    }

    /// <summary>
    /// Writes a sources file with the placeholders filled to a file of its own, which lives as long as this server: the
    /// host reads its sources from a path, and one file per run would otherwise pile up in the temp folder.
    /// </summary>
    public string WriteSources(string sourcesPath)
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsfunctions-sources.demo.{Environment.ProcessId}.{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Fill(File.ReadAllText(sourcesPath)));
        _written.Add(path);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var path in _written)
        {
            File.Delete(path);
        }

        _written.Clear();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("<html[^>]*\\blang=\"([A-Za-z-]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LangAttribute();
}
