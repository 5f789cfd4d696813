using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;

namespace NewsFunctions.IntegrationTests;

[Collection(AppTestGroup.Name)]
public sealed class HttpApiTests(NewsAppFixture app)
{
    [Fact]
    public async Task UnknownCategoryIs404WithProblemBody()
    {
        using var response = await app.Http.GetAsync("/api/feeds/gardening");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("gardening", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/feeds/Sports", "/api/feeds/sports")]
    [InlineData("HEAD", "/api/feeds/SPORTS?limit=2&format=rss", "/api/feeds/sports?limit=2&format=rss")]
    [InlineData("GET", "/api/feeds/All?cursor=x", "/api/feeds/all?cursor=x")]
    public async Task CategoryInAnotherCaseIsMovedPermanentlyToItsLowerCaseUrl(string method, string path, string location)
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Http.BaseAddress };
        using var response = await noRedirects.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Theory]
    [InlineData("GET", "/api/feeds/sports/?limit=2&format=atom", "/api/feeds/sports?limit=2&format=atom")]
    [InlineData("HEAD", "/api/feeds/Sports/", "/api/feeds/sports")]
    [InlineData("GET", "/api/articles/0123456789abcdef0123456789abcdef/?x=1", "/api/articles/0123456789abcdef0123456789abcdef?x=1")]
    public async Task UrlWithATrailingSlashIsMovedPermanentlyToItsUrlWithout(string method, string path, string location)
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Http.BaseAddress };
        using var response = await noRedirects.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ArticleLinksOfAFeedAskedForWithATrailingSlashReachTheArticles()
    {
        await app.EnsureFirstTickAsync();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await app.Http.GetStringAsync("/api/feeds/all/?limit=3&format=atom"));
        var related = feed.Descendants(atom + "entry").Select(e => (string)e.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "related").Attribute("href")!).ToList();
        Assert.NotEmpty(related);
        foreach (var href in related)
        {
            using var article = await app.Http.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        }
    }

    [Fact]
    public async Task CategoryInAnotherCaseEndsAtTheSameFeedAsItsLowerCaseName()
    {
        await app.EnsureFirstTickAsync();
        using var mixed = await app.Http.GetAsync("/api/feeds/Sports?limit=3&format=atom");
        using var lower = await app.Http.GetAsync("/api/feeds/sports?limit=3&format=atom");
        Assert.Equal(HttpStatusCode.OK, mixed.StatusCode);
        Assert.Equal(new Uri(app.Http.BaseAddress!, "/api/feeds/sports?limit=3&format=atom"), mixed.RequestMessage!.RequestUri);
        Assert.Equal(lower.Headers.ETag, mixed.Headers.ETag);
        Assert.Equal(await lower.Content.ReadAsStringAsync(), await mixed.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("ten")]
    [InlineData("-5")]
    [InlineData("")]
    public async Task BadLimitIs400(string limit)
    {
        using var response = await app.Http.GetAsync($"/api/feeds/sports?limit={limit}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BadCursorIs400()
    {
        using var response = await app.Http.GetAsync("/api/feeds/sports?cursor=not-a-cursor");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task KnownCategoryWithNoArticlesIsAnEmptyFeed()
    {
        using var response = await app.Http.GetAsync("/api/feeds/science");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task MalformedArticleIdIs400AndUnknownIdIs404()
    {
        using var malformed = await app.Http.GetAsync("/api/articles/..%2F..%2Fsecrets");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        using var unknown = await app.Http.GetAsync("/api/articles/" + new string('0', 32));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("HEAD", "?x=1")]
    public async Task ArticleIdInUpperCaseIsMovedPermanentlyToItsLowerCaseUrl(string method, string query)
    {
        const string id = "0123456789abcdef0123456789abcdef";
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Http.BaseAddress };
        using var response = await noRedirects.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/articles/" + id.ToUpperInvariant() + query));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/api/articles/" + id + query, response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task ArticleIdInUpperCaseEndsAtTheSameArticleAsItsLowerCaseId()
    {
        await app.EnsureFirstTickAsync();
        // Ids depend on the demo site's port; take one with a letter in it, which has another case to be sent in.
        var id = app.Expected.Select(a => NewsAppFixture.IdOf(app.DemoSite.BaseUrl, a)).First(i => i.Any(char.IsAsciiLetter));
        using var viaUpper = await app.Http.GetAsync("/api/articles/" + id.ToUpperInvariant());
        using var direct = await app.Http.GetAsync("/api/articles/" + id);
        Assert.Equal(HttpStatusCode.OK, viaUpper.StatusCode);
        Assert.Equal(new Uri(app.Http.BaseAddress!, "/api/articles/" + id), viaUpper.RequestMessage!.RequestUri);
        Assert.Equal(await direct.Content.ReadAsStringAsync(), await viaUpper.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ArticleIdThatIsNotHexInAnyCaseIs400()
    {
        using var response = await app.Http.GetAsync("/api/articles/" + new string('G', 32));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ArticleWhoseStoredJsonNoLongerReadsIs500ProblemThatLeaksNothingAndNamesItsLogEntry()
    {
        // A real failure of a real read: the index row says the article is stored, its blob holds no article JSON
        // (a write cut short, a format an older version wrote). Only this id's read fails.
        var id = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        var corrupt = "{\"id\": \"" + id + "\", \"title\": [SECRET-TOKEN";
        string? thrown = null;
        try
        {
            NewsFunctions.Articles.ArticleJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(corrupt));
        }
        catch (JsonException e)
        {
            thrown = e.Message;
        }

        Assert.NotNull(thrown);
        await app.Archive.Articles.UploadBlobAsync(NewsFunctions.Storage.ArticleArchive.ArticleBlobName(id), BinaryData.FromString(corrupt));
        await app.Index.Articles.AddEntityAsync(new Azure.Data.Tables.TableEntity(id, "") { ["Id"] = id, ["Url"] = "https://example.test/a" });
        try
        {
            using var response = await app.Http.GetAsync("/api/articles/" + id);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            using var problem = JsonDocument.Parse(body);
            Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("Internal error", problem.RootElement.GetProperty("title").GetString());
            Assert.Equal("/api/articles/" + id, problem.RootElement.GetProperty("instance").GetString());
            Assert.DoesNotContain(thrown, body, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET-TOKEN", body, StringComparison.Ordinal);
            Assert.DoesNotContain("JsonException", body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);

            var logged = Assert.Single(app.Logs.Records, r => r.Level == LogLevel.Error && r.Exception is JsonException && r.Message.Contains(id, StringComparison.Ordinal));
            var errorId = logged.Message[(logged.Message.LastIndexOf(' ') + 1)..];
            Assert.Contains("id " + errorId + ";", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            // Apps log it from its own member, without parsing the detail.
            Assert.Equal(errorId, problem.RootElement.GetProperty("errorId").GetString());
        }
        finally
        {
            await app.Index.Articles.DeleteEntityAsync(id, "");
            await app.Archive.Articles.DeleteBlobIfExistsAsync(NewsFunctions.Storage.ArticleArchive.ArticleBlobName(id));
        }
    }

    [Fact]
    public async Task FeedReturns304WhenETagMatches()
    {
        await app.EnsureFirstTickAsync();
        using var first = await app.Http.GetAsync("/api/feeds/all?limit=3");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("max-age", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feeds/all?limit=3");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        // A 304 has no body but keeps the validator and the caching headers (RFC 9110 §15.4.5).
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(first.Headers.CacheControl, second.Headers.CacheControl);
        Assert.Contains("Accept", second.Headers.Vary);

        // If-None-Match compares weakly: the tag without its W/ still matches.
        using var strong = new HttpRequestMessage(HttpMethod.Get, "/api/feeds/all?limit=3");
        strong.Headers.TryAddWithoutValidation("If-None-Match", "\"zzz\", " + etag!.Tag);
        using var fourth = await app.Http.SendAsync(strong);
        Assert.Equal(HttpStatusCode.NotModified, fourth.StatusCode);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/feeds/all?limit=3");
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", true));
        using var third = await app.Http.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData("rss", null, "application/rss+xml")]
    [InlineData("atom", null, "application/atom+xml")]
    [InlineData("jsonfeed", null, "application/feed+json")]
    [InlineData(null, "application/atom+xml", "application/atom+xml")]
    [InlineData(null, "application/rss+xml, */*;q=0.1", "application/rss+xml")]
    [InlineData(null, "application/rss+xml;q=0.1, application/atom+xml", "application/atom+xml")]
    public async Task FeedIsServedAsRssAtomAndJsonFeedThatFeedReadersParse(string? format, string? accept, string contentType)
    {
        await app.EnsureFirstTickAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feeds/all?limit=50" + (format is null ? "" : "&format=" + format));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);

        // Our own feed reader reads what we write: every demo article, linked to the publisher's page.
        var entries = NewsFunctions.Discovery.FeedParser.Parse(await response.Content.ReadAsByteArrayAsync(), response.RequestMessage!.RequestUri!);
        Assert.Equal(
            app.Expected.Select(a => new Uri(app.DemoSite.BaseUrl, a.Path).AbsoluteUri).Order(),
            entries.Select(e => e.Link.AbsoluteUri).Order());
        var titled = entries.ToDictionary(e => e.Link.AbsoluteUri, e => e.Title);
        Assert.All(app.Expected, a => Assert.Equal(a.Title, titled[new Uri(app.DemoSite.BaseUrl, a.Path).AbsoluteUri]));
    }

    [Fact]
    public async Task AcceptAllowingNoServedTypeIs406WithProblemBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feeds/all");
        request.Headers.TryAddWithoutValidation("Accept", "application/pdf, text/html;q=0.9");
        using var response = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("application/rss+xml", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonFeedPagesShareTheFeedUrlAndWalkEveryArticleOnce()
    {
        await app.EnsureFirstTickAsync();
        var firstUrl = new Uri(app.Http.BaseAddress!, "/api/feeds/all?limit=3&format=jsonfeed").AbsoluteUri;
        var ids = new List<string>();
        string? url = firstUrl;
        while (url is not null)
        {
            using var page = JsonDocument.Parse(await app.Http.GetStringAsync(url));
            Assert.Equal(firstUrl, page.RootElement.GetProperty("feed_url").GetString());
            ids.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            url = page.RootElement.TryGetProperty("next_url", out var next) ? next.GetString() : null;
        }

        Assert.Equal(app.Expected.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task LinksOfAFeedChosenByAcceptNameTheFormatTheyAreTypedAs()
    {
        await app.EnsureFirstTickAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feeds/all?limit=3");
        request.Headers.TryAddWithoutValidation("Accept", "application/atom+xml");
        using var response = await app.Http.SendAsync(request);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var next = (string)XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "next").Attribute("href")!;

        // Followed with no Accept at all, the next page is still Atom, and its "first" link too.
        using var page2 = await app.Http.GetAsync(next);
        Assert.Equal("application/atom+xml", page2.Content.Headers.ContentType?.MediaType);
        var first = (string)XDocument.Parse(await page2.Content.ReadAsStringAsync()).Root!.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "first").Attribute("href")!;
        using var page1 = await app.Http.GetAsync(first);
        Assert.Equal("application/atom+xml", page1.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task LinksOfAFeedChosenByAcceptUnderAnEmptyFormatParameterNameTheFormat()
    {
        await app.EnsureFirstTickAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feeds/all?limit=3&format=");
        request.Headers.TryAddWithoutValidation("Accept", "application/atom+xml");
        using var response = await app.Http.SendAsync(request);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(atom + "link").ToList();
        foreach (var rel in new[] { "self", "next" })
        {
            var href = (string)links.Single(l => (string?)l.Attribute("rel") == rel).Attribute("href")!;
            using var followed = await app.Http.GetAsync(href);
            Assert.Equal("application/atom+xml", followed.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("application/atom+xml", "format=atom")]
    [InlineData("application/rss+xml", "format=rss")]
    [InlineData("application/feed+json", "format=jsonfeed")]
    public async Task SelfLinkOfAFeedChosenByAcceptYieldsTheSameFormat(string accept, string formatParameter)
    {
        await app.EnsureFirstTickAsync();
        using var json = JsonDocument.Parse(await app.Http.GetStringAsync("/api/feeds/all?limit=3"));
        // A later page's self link keeps its cursor; JSON Feed's feed_url names the first page.
        foreach (var path in new[] { "/api/feeds/all?limit=3", json.RootElement.GetProperty("next").GetString()! })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            using var response = await app.Http.SendAsync(request);
            Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            string self;
            if (accept == "application/feed+json")
            {
                using var feed = JsonDocument.Parse(body);
                self = feed.RootElement.GetProperty("feed_url").GetString()!;
            }
            else
            {
                XNamespace atom = "http://www.w3.org/2005/Atom";
                self = (string)XDocument.Parse(body).Descendants(atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!;
            }

            Assert.Contains(formatParameter, new Uri(self).Query, StringComparison.Ordinal);

            // A reader re-fetching its feed at the self link, with no Accept, gets the feed it subscribed to.
            using var again = await app.Http.GetAsync(self);
            Assert.Equal(accept, again.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("rss", "application/rss+xml")]
    [InlineData("atom", "application/atom+xml")]
    [InlineData("jsonfeed", "application/feed+json")]
    public async Task HomeLinkOfAFeedIsItsCategoryInTheApiJsonWhateverTheReaderAccepts(string format, string mediaType)
    {
        await app.EnsureFirstTickAsync();
        // Read from a later page: its home is still the category, not that page.
        using var firstPage = JsonDocument.Parse(await app.Http.GetStringAsync("/api/feeds/sports?limit=2"));
        var body = await app.Http.GetStringAsync(firstPage.RootElement.GetProperty("next").GetString() + "&format=" + format);
        string home;
        if (format == "jsonfeed")
        {
            using var feed = JsonDocument.Parse(body);
            home = feed.RootElement.GetProperty("home_page_url").GetString()!;
        }
        else
        {
            XNamespace atom = "http://www.w3.org/2005/Atom";
            var root = XDocument.Parse(body).Root!;
            home = format == "rss"
                ? (string)root.Element("channel")!.Element("link")!
                : (string)root.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!;
        }

        // The feed's home is the category itself, in the API's JSON.
        Assert.Equal(new Uri(app.Http.BaseAddress!, "/api/feeds/sports?format=json").AbsoluteUri, home);
        using var request = new HttpRequestMessage(HttpMethod.Get, home);
        request.Headers.TryAddWithoutValidation("Accept", mediaType);
        using var response = await app.Http.SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("sports", json.RootElement.GetProperty("category").GetString());
    }

    [Fact]
    public async Task UnknownFormatIs400()
    {
        using var response = await app.Http.GetAsync("/api/feeds/all?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HealthReportsEveryStorageService()
    {
        using var response = await app.Http.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks");
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Equal("ok", checks.GetProperty(service).GetString());
        }
    }

    [Fact]
    public async Task HealthAnswersHeadWithItsStatusAndNoBody()
    {
        using var response = await app.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/health"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task FunctionLevelRouteNeedsAFunctionOrMasterKey()
    {
        using var none = await app.Http.PostAsync("/api/sources/refresh", null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using var wrong = await app.Http.PostAsync("/api/sources/refresh?code=nope", null);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var withCode = await app.Http.PostAsync($"/api/sources/refresh?code={NewsAppFixture.FunctionKey}", null);
        Assert.Equal(HttpStatusCode.Accepted, withCode.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sources/refresh");
        request.Headers.Add("x-functions-key", NewsAppFixture.MasterKey);
        using var withMaster = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, withMaster.StatusCode);
        await app.WaitForQueuesToDrainAsync(TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData("/api/feeds/all?limit=3&format=rss")]
    [InlineData("/api/feeds/all?limit=3")]
    [InlineData("article")]
    public async Task HeadAnswersLikeGetWithoutTheBody(string path)
    {
        await app.EnsureFirstTickAsync();
        if (path == "article")
        {
            using var feed = JsonDocument.Parse(await app.Http.GetStringAsync("/api/feeds/all?limit=1"));
            path = "/api/articles/" + feed.RootElement.GetProperty("items")[0].GetProperty("id").GetString();
        }

        using var get = await app.Http.GetAsync(path);
        using var head = await app.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        // Only feeds choose their format by Accept: an article is one JSON whatever the client accepts.
        Assert.Equal(path.StartsWith("/api/feeds/", StringComparison.Ordinal), get.Headers.Vary.Contains("Accept"));

        using var conditional = new HttpRequestMessage(HttpMethod.Head, path);
        conditional.Headers.IfNoneMatch.Add(get.Headers.ETag!);
        using var notModified = await app.Http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task WrongMethodIs405WithAllowAndProblemBody()
    {
        using var response = await app.Http.DeleteAsync("/api/feeds/all");
        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, "/api/feeds/all");
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        using var post = await app.Http.GetAsync("/api/sources/refresh");
        await AssertProblemAsync(post, HttpStatusCode.MethodNotAllowed, "/api/sources/refresh");
        Assert.Equal(["POST"], post.Content.Headers.Allow);
    }

    [Fact]
    public async Task MissingOrWrongKeyIs401WithProblemBody()
    {
        using var none = await app.Http.PostAsync("/api/sources/refresh", null);
        await AssertProblemAsync(none, HttpStatusCode.Unauthorized, "/api/sources/refresh");
        using var wrong = await app.Http.PostAsync("/api/sources/refresh?code=nope", null);
        await AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "/api/sources/refresh");
        foreach (var response in new[] { none, wrong })
        {
            Assert.Equal("FunctionKey", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        }
    }

    [Fact]
    public async Task PathNoFunctionServesIs404WithProblemBody()
    {
        using var response = await app.Http.GetAsync("/api/nothing-here");
        await AssertProblemAsync(response, HttpStatusCode.NotFound, "/api/nothing-here");
    }

    [Fact]
    public async Task AdminApiNeedsTheMasterKey()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/ScheduleSources") { Content = NewsAppFixture.JsonContent("{}") };
        request.Headers.Add("x-functions-key", NewsAppFixture.FunctionKey);
        using var response = await app.Http.SendAsync(request);
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "/admin/functions/ScheduleSources");
    }

    [Fact]
    public async Task AdminApiErrorsAreProblemsInTheSameShape()
    {
        using var unknown = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/NoSuchFunction") { Content = NewsAppFixture.JsonContent("{}") };
        unknown.Headers.Add("x-functions-key", NewsAppFixture.MasterKey);
        using var notFound = await app.Http.SendAsync(unknown);
        await AssertProblemAsync(notFound, HttpStatusCode.NotFound, "/admin/functions/NoSuchFunction");

        // Refused before the function runs: nothing is queued or processed.
        using var malformed = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/ProcessArticle") { Content = NewsAppFixture.JsonContent("{bad") };
        malformed.Headers.Add("x-functions-key", NewsAppFixture.MasterKey);
        using var badBody = await app.Http.SendAsync(malformed);
        await AssertProblemAsync(badBody, HttpStatusCode.BadRequest, "/admin/functions/ProcessArticle");
    }

    /// <summary>An error in the one shape every answer of the app uses (RFC 9457), never cached.</summary>
    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string instance)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("detail").GetString()));
        Assert.Equal(instance, problem.RootElement.GetProperty("instance").GetString());
    }
}
