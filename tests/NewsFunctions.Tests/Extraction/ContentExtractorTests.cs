using System.Diagnostics;
using System.Text;
using NewsFunctions.Extraction;
using static NewsFunctions.Tests.Extraction.PageBuilder;

namespace NewsFunctions.Tests.Extraction;

public sealed class ContentExtractorTests
{
    [Fact]
    public void ParagraphsAreKeptInOrderSeparatedByBlankLine()
    {
        var text = Extract(Page(Paragraphs(Para1, Para2, Para3)));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void TitleNavigationHeaderAndFooterAreLeftOut()
    {
        var text = Extract(Page(Paragraphs(Para1, Para2, Para3)));
        Assert.DoesNotContain("Council backs tram expansion", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not text", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SeeAlsoLinksInsideBodyAreDropped()
    {
        var body = Paragraphs(Para1)
            + """<p>See also: <a href="/b">Bus fares to rise in spring</a></p>"""
            + """<p><strong>Read more:</strong> <a href="/c">What the tram plan means for you</a></p>"""
            + """<p>Lea también: <a href="/d">El tranvía llega al este</a></p>"""
            + """<p>Mehr zum Thema: <a href="/e">Straßenbahn wird ausgebaut</a></p>"""
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Theory]
    [InlineData("""<p>Lees ook: <a href="/b">Tramtarieven stijgen in het voorjaar</a> en wat dat voor reizigers betekent</p>""")]
    [InlineData("""<p>Bekijk ook de <a href="/c">kaart van het nieuwe tramnet</a> met alle haltes</p>""")]
    [InlineData("<p>Bron: ANP, gemeente Utrecht</p>")]
    [InlineData("<p>Gepubliceerd op 3 maart 2024, 14:05 uur</p>")]
    [InlineData("<p>Deel dit artikel via e-mail of WhatsApp</p>")]
    [InlineData("<p>Fonte: ANSA, Comune di Milano</p>")]
    [InlineData("<p>Pubblicato il 3 marzo 2024 alle 14:05</p>")]
    [InlineData("""<p>Veröffentlicht in <a href="/c/stadt">Stadt</a>, <a href="/c/verkehr">Verkehr</a></p>""")]
    [InlineData("""<p>Publicado en <a href="/c/ciudad">Ciudad</a> | Etiquetado tranvía</p>""")]
    [InlineData("<p>Publicado por Redacción</p>")]
    [InlineData("""<p>Tweet <a href="/share">this story</a></p>""")]
    [InlineData("<p>Subscribe now for unlimited access</p>")]
    [InlineData("<p>Advertisement</p>")]
    [InlineData("<p>Comments are closed.</p>")]
    [InlineData("<p>Sponsored by Acme Tram Supplies Ltd.</p>")]
    [InlineData("<p>Newsletter: the morning briefing, every weekday in your inbox.</p>")]
    [InlineData("<p>Recommended for you</p>")]
    [InlineData("""<p>Also on <a href="/x">Tram News</a>: the best routes for a Sunday ride</p>""")]
    public void SeeAlsoLinesCreditsAndDatelinesAreDropped(string line)
    {
        var text = Extract(Page(Paragraphs(Para1) + line + Paragraphs(Para2, Para3)));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Theory]
    [InlineData("<p>Pubblicato il bando: le domande vanno presentate entro il 15 gennaio.</p>")]
    [InlineData("<p>Bijgewerkt rooster: de tram rijdt vanaf maandag elke zes minuten.</p>")]
    [InlineData("<p>Veröffentlicht wurde die Studie im Fachblatt der Verkehrsplaner.</p>")]
    [InlineData("<p>Aktualisierte Pläne sehen zwei neue Haltestellen vor.</p>")]
    [InlineData("<p>Publicados los horarios, el ayuntamiento abrió el plazo de quejas.</p>")]
    [InlineData("<p>Actualizados los precios, el billete sencillo cuesta dos euros.</p>")]
    [InlineData("<p>Atualizados os horários, o elétrico passa a cada seis minutos.</p>")]
    [InlineData("<p>Tweets from the mayor's office called the vote a turning point.</p>")]
    [InlineData("<p>Also one of the injured was a tram driver on her first shift.</p>")]
    [InlineData("<p>Subscribers to the monthly pass will pay four euros more.</p>")]
    [InlineData("<p>Advertising revenue fell 12 percent in the third quarter.</p>")]
    [InlineData("<p>Comments by the minister angered residents of the eastern suburbs.</p>")]
    [InlineData("<p>Werbung für Tabak bleibt an den Haltestellen verboten, sagte die Stadt.</p>")]
    public void ShortSentenceOpeningLikeABoilerplateLabelIsKept(string line)
    {
        var text = Extract(Page(Paragraphs(Para1) + line + Paragraphs(Para2, Para3)));
        Assert.Contains(line[3..^4], text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShareAndFollowWidgetsAreDropped()
    {
        var body = """
            <div class="share-buttons"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>
            <ul class="social-links"><li><a href="#">Share on WhatsApp</a></li></ul>
            """
            + Paragraphs(Para1, Para2)
            + """<div class="follow-us">Follow us on <a href="#">Instagram</a></div>"""
            + Paragraphs(Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void RelatedPostListsWovenIntoBodyAreDropped()
    {
        var body = Paragraphs(Para1)
            + """
            <aside class="related-posts"><h3>Related</h3><ul>
              <li><a href="/1">Tram drivers vote to strike over pay and conditions in the network</a></li>
              <li><a href="/2">Eastern suburbs want faster links to the centre, survey finds</a></li>
            </ul></aside>
            <div class="related-articles"><h3>More stories</h3>
              <div class="card"><a href="/3">New bridge opens after five years of works on the river</a></div>
            </div>
            """
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void NewsletterCookieAndAdSlotsAreDropped()
    {
        var body = Paragraphs(Para1)
            + """<div class="newsletter-signup"><p>Sign up for our morning briefing and get the news that matters in your inbox every day.</p><input type="email"><button>Subscribe</button></div>"""
            + """<div class="ad-slot"><span>Advertisement</span></div>"""
            + Paragraphs(Para2)
            + """<div id="cookie-consent"><p>We use cookies to improve your experience on our website and to show you relevant advertising.</p><button>Accept</button></div>"""
            + Paragraphs(Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void CommentsAfterTheArticleAreDropped()
    {
        var comments = """
            <section id="comments" class="comments-area"><h2>42 comments</h2>
              <div class="comment"><p class="comment-author">tramfan</p><p>This is the best news I have heard all year, and I hope they build it quickly before costs go up again.</p></div>
              <div class="comment"><p class="comment-author">skeptic</p><p>Another white elephant that taxpayers will be paying for long after the politicians who voted for it have gone.</p></div>
            </section>
            """;
        var text = Extract(Page(Paragraphs(Para1, Para2, Para3), afterArticle: comments));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Theory]
    [InlineData("comentarios", "comentario", "2 comentarios")]
    [InlineData("kommentare", "kommentar-text", "Kommentare (2)")]
    [InlineData("commenti", "commento", "2 commenti")]
    [InlineData("reacties", "reactie", "2 reacties")]
    [InlineData("commentaires", "commentaire", "2 commentaires")]
    public void CommentSectionsNamedInOtherLanguagesAreDropped(string sectionId, string itemClass, string heading)
    {
        var comments = $"""
            <div id="{sectionId}"><h3>{heading}</h3>
              <div class="{itemClass}"><div><b>Reader One</b> wrote:</div><div>What a way to suffer through the whole evening before the late goals finally arrived!</div></div>
              <div class="{itemClass}"><div><b>Reader Two</b> wrote:</div><div>The coach waited far too long to make his changes, although it all worked out well in the end.</div></div>
            </div>
            """;
        var text = Extract(Page(Paragraphs(Para1, Para2, Para3), afterArticle: comments));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void CommentHeadingsAndAdLabelsInsideTheBodyAreDropped()
    {
        var body = Paragraphs(Para1)
            + """<div><span>Publicidad</span></div>"""
            + Paragraphs(Para2)
            + """<h3>3 Kommentare</h3>"""
            + Paragraphs(Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void AccordionPanelsHoldingTheArticleAreKept()
    {
        var body = $"""
            <div class="panel-group" role="tablist">
              <div class="panel"><h2><a role="button" href="#p1">January</a></h2>
                <div id="p1" class="panel-collapse" role="tabpanel">{Paragraphs(Para1, Para2)}</div></div>
              <div class="panel"><h2><a role="button" href="#p2">February</a></h2>
                <div id="p2" class="panel-collapse" role="tabpanel">{Paragraphs(Para3)}</div></div>
            </div>
            """;
        var text = Extract(Page(body));
        Assert.Contains(Para1, text, StringComparison.Ordinal);
        Assert.Contains(Para2, text, StringComparison.Ordinal);
        Assert.Contains(Para3, text, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallTabListsBesideTheArticleAreDropped()
    {
        var body = Paragraphs(Para1, Para2, Para3)
            + """<div role="tablist"><div>Most read articles of the day in the city section today</div><div>Most shared stories this week across the whole network</div></div>""";
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void PostWrapperWithTaxonomyClassesIsKept()
    {
        var body = $"""
            <div class="post-42 post type-post status-publish hentry has-post-thumbnail category-newsletter tag-social-media">{Paragraphs(Para1, Para2, Para3)}</div>
            <div class="sidebar"><p>Sign up to our weekly digest of the best stories from around the whole region.</p><p>Our editors pick the most important reports for you every single Friday.</p><p>Unsubscribe at any time with a single click from any of the emails we send.</p><p>Your address is never shared with advertisers or any other third parties.</p></div>
            """;
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Theory]
    [InlineData("<p>AFP / MARCO BERTORELLO</p>")]
    [InlineData("<p>Augusta National/Getty Images</p>")]
    [InlineData("<p>- Anzeige -</p>")]
    [InlineData("<p>This entry was posted in City and tagged trams.</p>")]
    [InlineData("<p>Über den Autor</p>")]
    [InlineData("<h2>Inhaltsverzeichnis</h2>")]
    [InlineData("<p>Möchten Sie den Artikel teilen?</p>")]
    [InlineData("<p>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</p>")]
    [InlineData("<p>Abonnez-vous à notre lettre quotidienne</p>")]
    [InlineData("<p>Follow The Daily Example on Twitter and Instagram @dailyexample</p>")]
    [InlineData("<p>Síguenos en Facebook</p>")]
    public void CreditLinesAndCmsPromptsInsideTheBodyAreDropped(string furniture)
    {
        var text = Extract(Page(Paragraphs(Para1, Para2) + furniture + Paragraphs(Para3)));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void ProseMentioningAnAgencyIsKept()
    {
        var prose = "The photographer, who has worked for AFP / Reuters for decades, said the tram plan was long overdue.";
        var text = Extract(Page(Paragraphs(Para1, prose, Para2)));
        Assert.Contains(prose, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ProseSetInHeadingTagsWinsOverACookieNotice()
    {
        var prose = """
            <article><h2>The poster competition for children</h2>
            <h3>takes place for the sixth time this year, and children between six and twelve are invited to take part with their ideas.</h3>
            <h4>Design a poster under the motto "Keep our waters clean", and think about what clean water means for people, animals and plants.</h4>
            <h4>Entries can be sent until the end of May, and the best posters will be shown in the town hall during the whole summer.</h4>
            <p>Good luck!</p></article>
            """;
        var cookie = """<div class="notice-bar"><p>We use small files to give you the best possible experience on our website.</p><p>You can find out more about which files we use, or switch them off in the settings.</p></div>""";
        var text = Extract(Page(prose, afterArticle: cookie));
        Assert.Contains("takes place for the sixth time", text, StringComparison.Ordinal);
        Assert.Contains("Entries can be sent until the end of May", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CaptionsAndCreditsAreDropped()
    {
        var body = """
            <figure><img src="/tram.jpg" alt="A tram"><figcaption>A tram on the existing line. Photo: Jane Smith/Example Agency</figcaption></figure>
            """
            + Paragraphs(Para1)
            + """<div class="image-caption">Workers at the depot on Monday.</div><p class="credit">Photograph: Example Agency</p>"""
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void BylinesAndDatelinesThatAreNotProseAreDropped()
    {
        var body = """
            <div class="byline">By <a href="/staff/ana">Ana Pérez</a></div>
            <p>Published: 7 ene 2022 16:24 GMT</p>
            <p><time datetime="2022-01-07T16:24:00Z">January 7, 2022</time></p>
            <p>Updated 8 January 2022</p>
            """
            + Paragraphs(Para1, Para2, Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void ShortLinesThatSaySomethingAboutADateAreKept()
    {
        var body = "<p>Published: 7 January 2025 16:24 GMT</p>"
            + Paragraphs(Para1)
            + "<p>The new fares apply in two steps:</p>"
            + "<ul><li>from 1 March 2027 for single tickets and day passes,</li><li>from 1 January 2028 for monthly and yearly season tickets.</li></ul>"
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.Contains("from 1 March 2027 for single tickets and day passes,\n\nfrom 1 January 2028 for monthly and yearly season tickets.", text, StringComparison.Ordinal);
        Assert.StartsWith(Para1, text, StringComparison.Ordinal);
    }

    [Fact]
    public void CaptionEndingInItsCreditIsDropped()
    {
        var body = Paragraphs(Para1)
            + "<div class=\"media\"><p>The first tram on the test track in Leeds. | © Transit Archive/Example Images</p></div>"
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void ConsentPlaceholderOfAnEmbedIsDropped()
    {
        const string Consent = "We respect your privacy and will only connect to the video platform once you agree, because it may set cookies and track your visit.";
        var body = Paragraphs(Para1)
            + $"<div class=\"embed-container\"><div class=\"third-party-embed--placeholder\"><p>{Consent}</p><button>Load video</button></div></div>"
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void ServerErrorOutputIsDropped()
    {
        var body = "<p><b>Warning</b>:  Creating default object from empty value in <b>/var/www/site/wp-includes/classes.php</b> on line <b>407</b></p>"
            + Paragraphs(Para1)
            + "<p><b>Deprecated</b>:  preg_replace(): The /e modifier is deprecated in <b>/var/www/site/wp-includes/formatting.php</b> on line <b>83</b></p>"
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void FollowUsPlugWithHandlesAndATipLineIsDropped()
    {
        const string Plug = "Follow The Daily Example on Twitter and Instagram @DailyExample and on Facebook @DailyExampleNews. "
            + "Send us a message on WhatsApp at 1-555-010-0199 or email us at tips@news.example.com.";
        var body = Paragraphs(Para1, Para2, Para3) + $"<p>{Plug}</p>";
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Theory]
    [InlineData("<p>¿Ya sabías que en Noticias Ejemplo tenemos canal de Telegram? Únete desde tu celular en este <a href=\"#\">enlace de invitación</a>.</p>")]
    [InlineData("<p><strong>¡Mira lo que tiene nuestro canal de YouTube!</strong></p>")]
    [InlineData("<p>The day's top stories on our WhatsApp channel, every morning.</p>")]
    public void PlugsForTheSitesOwnChannelAreDropped(string plug)
    {
        var text = Extract(Page(Paragraphs(Para1, Para2, Para3) + plug));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void ChannelNamedInAReportIsKept()
    {
        var prose = "The draw on Monday can be followed live on the federation's Instagram channel.";
        var text = Extract(Page(Paragraphs(Para1, prose, Para2)));
        Assert.Contains(prose, text, StringComparison.Ordinal);
    }

    [Fact]
    public void PaywallNoticeInPlaceOfTheRestOfTheArticleIsDropped()
    {
        var body = Paragraphs(Para1, Para2)
            + """<p>To view the full story, please subscribe to <a href="#">The Daily Example</a>. You can choose an annual subscription or a weekly pass.</p>"""
            + Paragraphs(Para3)
            + "<p>If you're seeing this message but you're already a subscriber, you can log in for immediate access to this story.</p>";
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void ProseAboutSubscribersIsKept()
    {
        var prose = "The paper says it now has 40,000 subscribers, twice as many as five years ago.";
        var text = Extract(Page(Paragraphs(Para1, prose, Para2)));
        Assert.Contains(prose, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthorBoxMarkedAsTheArticlesAuthorIsDropped()
    {
        var box = """
            <div class="profile-wrap" itemprop="author" itemscope itemtype="http://schema.org/Person">
              <div class="profile-name"><span itemprop="name">Jane Example</span></div>
              <div class="profile-desc"><div itemprop="description">
                <p>Jane Example is a photographer from Hamburg and the founder of this blog, where she has written about light and cameras since 2012.</p>
              </div></div>
            </div>
            """;
        var text = Extract(Page(Paragraphs(Para1, Para2, Para3) + box));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void HeadingsInsideArticleAreKeptAsTheirOwnParagraphs()
    {
        var body = Paragraphs(Para1) + "<h2>What happens next</h2>" + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\nWhat happens next\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void ListsAndBlockQuotesOfTheArticleAreKept()
    {
        var body = Paragraphs(Para1)
            + "<ul><li>Four new stations in the east</li><li>Trams every six minutes at peak times</li></ul>"
            + "<blockquote><p>This is the biggest investment in public transport the city has seen in fifty years.</p></blockquote>"
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.Contains("Four new stations in the east\n\nTrams every six minutes at peak times", text, StringComparison.Ordinal);
        Assert.Contains("This is the biggest investment in public transport the city has seen in fifty years.", text, StringComparison.Ordinal);
        Assert.StartsWith(Para1, text, StringComparison.Ordinal);
        Assert.EndsWith(Para3, text, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedLikePageGivesOnlyTheArticle()
    {
        // The typical real page: today's date in the header, a dateline in another format, "See also" links,
        // share buttons and related posts woven into the body.
        var body = """
            <div class="article-meta"><span class="author">Redacción</span> <span>Published: 7 ene 2022 16:24 GMT</span></div>
            <div class="share"><a href="#">Compartir</a><a href="#">Tweet</a></div>
            """
            + Paragraphs(Para1)
            + """<p><strong>See also:</strong> <a href="/x">Tram fares frozen for 2022</a></p>"""
            + Paragraphs(Para2)
            + """<div class="related"><h4>Related posts</h4><a href="/y">Metro line 3 reopens</a><a href="/z">Cycle lanes planned for the ring road</a></div>"""
            + "<h2>Opposition reacts</h2>"
            + Paragraphs(Para3)
            + """<div class="tags"><a href="/t/transport">transport</a> <a href="/t/council">council</a></div>""";
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\nOpposition reacts\n\n{Para3}", text);
    }

    [Fact]
    public void BodySplitByAnAdIntoTwoColumnsIsJoined()
    {
        var html = $$"""
            <html><body><nav><a href="/">Home</a></nav>
            <div class="story">
              <div class="story-column">{{Paragraphs(Para1, Para2)}}</div>
              <div class="ad-container"><span>Advertisement</span></div>
              <div class="story-column">{{Paragraphs(Para3, Para1.Replace("Tuesday", "Friday", StringComparison.Ordinal))}}</div>
            </div>
            <div class="sidebar"><p>Most read: the ten best parks in the city, ranked by our readers after a long vote.</p></div>
            </body></html>
            """;
        var text = Extract(html);
        Assert.Contains(Para2, text, StringComparison.Ordinal);
        Assert.Contains(Para3, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLdArticleBodyIsUsedWhenThePageHasNoProse()
    {
        var html = $$"""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Tram","articleBody":"{{Para1}}\n{{Para2}}\n{{Para3}}"}
            </script></head><body><div id="app"></div></body></html>
            """;
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", Extract(html));
    }

    [Fact]
    public void WrapperWithFurnitureWordInItsClassStillYieldsTheArticle()
    {
        var html = $$"""
            <html><body><div class="content-sidebar-wrap"><div class="entry-content">{{Paragraphs(Para1, Para2, Para3)}}</div>
            <div class="sidebar"><a href="/a">Archive</a></div></div></body></html>
            """;
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", Extract(html));
    }

    [Fact]
    public void UnclosedHeadingDoesNotTurnTheArticleIntoHeadings()
    {
        var html = $$"""<html><body><article><h2 class="excerpt">A short summary</h3>{{Paragraphs(Para1, Para2, Para3)}}</article></body></html>""";
        var text = Extract(html);
        Assert.Contains(Para1, text, StringComparison.Ordinal);
        Assert.Contains(Para3, text, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfClosingSvgTitleDoesNotSwallowThePage()
    {
        var html = $$"""<html><body><a class="icon"><svg><title/><path d="M0"/></svg></a><article>{{Paragraphs(Para1, Para2, Para3)}}</article></body></html>""";
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", Extract(html));
    }

    [Fact]
    public void HundredThousandNestedDivsGiveAResultQuickly()
    {
        var sb = new StringBuilder("<html><body>");
        sb.Insert(sb.Length, "<div>", 100_000).Append("<p>").Append(Para1).Append("</p>").Insert(sb.Length, "</div>", 100_000);
        sb.Append("</body></html>");
        var clock = Stopwatch.StartNew();
        var text = Extract(sb.ToString());
        Assert.Equal(Para1, text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void DeeplyNestedUnclosedInlineTagsDoNotCrash()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 30_000; i++)
        {
            sb.Append("<div><span><b>word ");
        }

        var text = Extract(sb.ToString());
        Assert.StartsWith("word word", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed <b>bold <i>italic <div>block</p></span></table>")]
    [InlineData("<<<<>>>><p>>>> </p <p <div class=\"\"\" id=>")]
    [InlineData("<!-- never closed comment <p>text</p>")]
    [InlineData("<script>never closed script <p>text</p>")]
    [InlineData("plain text without any markup at all")]
    [InlineData("<table><tr><td><table><tr><td>nested tables</td></tr></table>")]
    public void MalformedHtmlGivesAResult(string html)
    {
        var text = Extract(html);
        Assert.NotNull(text);
    }

    [Fact]
    public void RandomBytesGiveAResultOrAnExtractionException()
    {
        var random = new Random(42);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 20_000)];
            random.NextBytes(bytes);
            try
            {
                _ = new ArticleExtractor().Extract(bytes, null);
            }
            catch (ExtractionException)
            {
            }
        }
    }

    [Fact]
    public void EmptyPageThrowsExtractionException()
    {
        Assert.Throws<ExtractionException>(() => new ArticleExtractor().Extract([], null));
    }

    [Fact]
    public void HugePageIsCutAtTheSizeCap()
    {
        var sb = new StringBuilder("<html><body><article>");
        while (sb.Length < 3_000_000)
        {
            sb.Append("<p>").Append(Para1).Append("</p>");
        }

        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        var article = new ArticleExtractor().Extract(bytes, null, new ExtractionOptions { MaxHtmlBytes = 1_000_000 });
        Assert.InRange(article.Text.Length, 100_000, 1_000_000);
    }

    [Fact]
    public void PostMetadataLineAfterBodyIsDropped()
    {
        var body = Paragraphs(Para1, Para2, Para3)
            + """<p class="postmetadata alt">This article was filed on Wednesday, 5 February 2020 at 10:12 under Local News. You can follow any responses to this entry through the RSS 2.0 feed, or leave a response from your own site.</p>""";
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void NewsLetterBoxInsideBodyIsDropped()
    {
        var body = Paragraphs(Para1, Para2)
            + """<div class="news-letter-section"><div class="text-holder"><span class="lead">Every Friday we send you the best stories of the week, free of charge and easy to cancel at any time, so you never miss what matters in your city.</span></div></div>"""
            + Paragraphs(Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void SubheadingWithAnchorIdMadeOfItsWordsIsKept()
    {
        var body = Paragraphs(Para1)
            + """<h2 id="what-comes-next">What comes next?</h2>"""
            + Paragraphs(Para2)
            + """<h3 class="subheading" id="nav_the_route__1">The route</h3>"""
            + Paragraphs(Para3);
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\nWhat comes next?\n\n{Para2}\n\nThe route\n\n{Para3}", text);
    }

    [Fact]
    public void SoftHyphensAreLeftOutOfTheText()
    {
        var body = "<p>W&auml;h&shy;rend die Stadt\u00ADver\u00ADwal\u00ADtung den Ausbau plant, warten die Anwohner seit Jahren auf eine bessere Verbindung in das Zentrum und zum Bahnhof.</p>"
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.StartsWith("Während die Stadtverwaltung den Ausbau plant,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00AD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RubyReadingsAreLeftOutOfTheText()
    {
        var body = "<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が<ruby>子<rt>こ</rt></ruby>どもを<ruby>教育<rt>きょういく</rt></ruby>するために、たたいたり<ruby>蹴<rt>け</rt></ruby>ったりする<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>することになりました。</p>"
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.StartsWith("子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListOfCitedWorksAfterTheTextIsDropped()
    {
        var citations = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<li class=\"references__item\">Miller A, Jones B, Okafor C, et al. Light rail and commuting times in mid-sized cities, part {i}. J Transp Geogr. 2016;52(4):110–118.</li>"));
        var body = Paragraphs(Para1, Para2, Para3)
            + $"""<section class="article-references"><h2>References</h2><ol class="references">{citations}</ol></section>""";
        var text = Extract(Page(body));
        Assert.Equal($"{Para1}\n\n{Para2}\n\n{Para3}", text);
    }

    [Fact]
    public void AccentsWrittenAsCombiningMarksAreComposed()
    {
        var body = "<p>Die Bezugsstoffe vom Jane\u0301 Koos i-Size sind belastet, wie der Test der Kindersitze zeigt, und Eltern sollten den Sitz vor dem Kauf genau pru\u0308fen.</p>"
            + Paragraphs(Para2, Para3);
        var text = Extract(Page(body));
        Assert.StartsWith("Die Bezugsstoffe vom Jan\u00E9 Koos i-Size sind belastet, wie der Test der Kindersitze zeigt, und Eltern sollten den Sitz vor dem Kauf genau pr\u00FCfen.", text, StringComparison.Ordinal);
    }
}
