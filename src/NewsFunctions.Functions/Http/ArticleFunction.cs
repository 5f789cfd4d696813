using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Articles;
using NewsFunctions.Storage;

namespace NewsFunctions.Functions.Http;

/// <summary><c>GET /api/articles/{id}</c>: one article with its summary and text.</summary>
public sealed class ArticleFunction(ArticleIndex index, ArticleArchive archive)
{
    [Function("GetArticle")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "articles/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!ArticleId.IsValid(id) || HttpResults.HasTrailingSlash(request))
        {
            var lower = id.ToLowerInvariant();
            if (ArticleId.IsValid(lower))
            {
                // Hex reads the same in either case, so an upper-case id is a link someone retyped, not a mistake:
                // send it to the article's one URL rather than fail it, and keep caches to one entry per article
                // (which a trailing slash, that routing ignores, would split too).
                return HttpResults.MovedPermanentlyToLastSegment(request, lower);
            }

            return HttpResults.Problem(request, 400, "Bad article id", $"'{id}' is not an article id (32 lower-case hex characters).");
        }

        // The index row is written last: without it the article is not (completely) stored yet.
        var article = await index.GetAsync(id, cancellationToken) is null ? null : await archive.GetArticleAsync(id, cancellationToken);
        return article is null
            ? HttpResults.Problem(request, 404, "Unknown article", $"There is no article '{id}'.")
            : HttpResults.Json(request, article, "public, max-age=300");
    }
}
