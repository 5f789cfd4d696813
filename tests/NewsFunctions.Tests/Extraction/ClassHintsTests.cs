using NewsFunctions.Extraction.Content;

namespace NewsFunctions.Tests.Extraction;

public sealed class ClassHintsTests
{
    [Theory]
    [InlineData("post-42 post type-post status-publish hentry has-post-thumbnail category-newsletter tag-social-media entry")]
    [InlineData("post-7 post type-post status-publish format-standard tag-gallery tag-share")]
    [InlineData("page-template-default page page-id-294 content-sidebar")]
    public void CmsPostClassListsAreNotFurniture(string value)
    {
        Assert.False(ClassHints.IsNegative(value));
    }

    [Theory]
    [InlineData("tag-list")]
    [InlineData("content-sidebar")]
    [InlineData("category-newsletter-box")]
    [InlineData("post-42 post type-post comments-area")]
    public void FurnitureOutsideCmsPostClassListsStaysFurniture(string value)
    {
        Assert.True(ClassHints.IsNegative(value));
    }

    [Theory]
    [InlineData("comentarios")]
    [InlineData("kommentare")]
    [InlineData("reacties")]
    [InlineData("publicidad publicidad-nota")]
    public void CommentAndAdWordsInOtherLanguagesAreFurniture(string value)
    {
        Assert.True(ClassHints.IsNegative(value));
    }

    [Theory]
    [InlineData("wp-block-recipe-card is-style-default header-content-align-left")]
    [InlineData("story-body has-sticky-header")]
    public void StateAndAlignmentModifiersAreNotFurnitureHints(string value)
    {
        Assert.False(ClassHints.IsNegative(value));
    }

    [Theory]
    [InlineData("site-header is-sticky")]
    [InlineData("share-buttons has-icons")]
    public void FurnitureWithModifiersStaysFurniture(string value)
    {
        Assert.True(ClassHints.IsNegative(value));
    }
}
