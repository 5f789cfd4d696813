using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Articles;
using NewsFunctions.Pipeline;

namespace NewsFunctions.Functions.Http;

/// <summary>
/// <c>POST /api/archive/reextract[?id=]</c> (function key): extract every archived article again from its raw page, or the
/// one article <c>id</c>, after the extractor, categorizer or summarizer improved. Nothing is fetched.
/// </summary>
public sealed class ReextractArchiveFunction(ArchiveReextractor reextractor)
{
    [Function("ReextractArchive")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "archive/reextract")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        // A filter this endpoint does not know (?source=, ?since=) must not quietly widen into a sweep of everything.
        // "code" is the function key, which the host reads from the query as well as from x-functions-key.
        if (request.Query.Keys.FirstOrDefault(k => k is not ("id" or "code")) is { } unknown)
        {
            return HttpResults.Problem(request, 400, "Unknown parameter", $"'{unknown}' is not a parameter of this endpoint; the one filter is 'id' (one article).");
        }

        string? id = null;
        if (request.Query.TryGetValue("id", out var ids))
        {
            id = ids.Count == 1 ? ids[0] : null;
            if (!ArticleId.IsValid(id))
            {
                return HttpResults.Problem(request, 400, "Bad article id", $"'id' must be one article id (32 lower-case hex characters); got '{ids}'.");
            }
        }

        if (await reextractor.StartAsync(id, cancellationToken) is not { } sweepId)
        {
            return HttpResults.Problem(request, 404, "Not archived", $"The archive holds no raw page of article '{id}'.");
        }

        return new AcceptedResult((string?)null, new { sweepId, scope = id is null ? "archive" : "article", id });
    }
}
