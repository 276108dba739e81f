using AllianceAtlas.Web.Performance;

namespace AllianceAtlas.Tests.Performance;

public sealed class PageCaptureStreamTests
{
    [Fact]
    public void A_page_that_outgrows_the_limit_is_still_passed_on_whole_but_not_kept()
    {
        using var reader = new MemoryStream();
        using var capture = new PageCaptureStream(reader, limit: 4);
        capture.Write([1, 2, 3]);
        Assert.Equal(new byte[] { 1, 2, 3 }, capture.Page);

        capture.Write([4, 5]);
        Assert.Null(capture.Page);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, reader.ToArray());
    }
}
