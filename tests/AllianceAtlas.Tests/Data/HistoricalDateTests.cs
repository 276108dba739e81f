using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Tests.Data;

public sealed class HistoricalDateTests
{
    [Theory]
    [InlineData("1949-04-04", "4 April 1949", "1949-04-04")]
    [InlineData("1949-04", "April 1949", "1949-04-30")]
    [InlineData("1949", "1949", "1949-12-31")]
    public void Dates_keep_the_precision_they_were_written_with(string text, string shown, string latestDay)
    {
        Assert.True(HistoricalDate.TryParse(text, out var date));

        Assert.Equal(shown, date.ToString());
        Assert.Equal(DateOnly.Parse(latestDay, System.Globalization.CultureInfo.InvariantCulture), date.LatestDay);
        Assert.Equal(text, HistoricalDate.Iso(date.Date, date.Precision));
    }

    [Theory]
    [InlineData("1949-02-30")]
    [InlineData("1949-13")]
    [InlineData("49")]
    [InlineData("April 1949")]
    [InlineData("")]
    public void Impossible_or_malformed_dates_are_rejected(string text)
    {
        Assert.False(HistoricalDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("١٩٦٢")]
    [InlineData("1962-١٠-22")]
    [InlineData("１９６２")]
    [InlineData("۱۹۶۲-10")]
    public void Digits_other_than_0_to_9_are_refused_not_thrown_on(string text)
    {
        Assert.False(HistoricalDate.TryParse(text, out _));
    }
}
