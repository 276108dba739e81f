using System.Net;
using System.Net.Http.Headers;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Performance;

/// <summary>Reader pages come from memory, yet an editor's save is on the very next request.</summary>
public sealed class ReaderCachingTests(TestContentApp app) : IClassFixture<TestContentApp>, IAsyncLifetime
{
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        var email = $"cache-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(app, email, "Editor");
        _editor = await EditorAccounts.SignedInClientAsync(app, email);
    }

    public Task DisposeAsync()
    {
        _editor.Dispose();
        return Task.CompletedTask;
    }

    private async Task SaveSummaryAsync(string summary)
    {
        int id;
        using (var db = app.CreateDbContext())
        {
            id = db.Alliances.Single(a => a.Slug == "test-pact").Id;
        }

        var editPath = $"/admin/alliances/{id}/edit";
        var (_, page) = await EditorAccounts.GetAsync(_editor, editPath);
        var response = await BrowserlessForm.From(page, editPath, button: "Save").Set("Form.Summary", summary).SubmitAsync(_editor);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var reader = app.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await reader.SendAsync(request);
    }

    [Fact]
    public async Task A_saved_edit_is_on_every_cached_page_that_shows_it_at_the_next_request()
    {
        string[] pages = ["/alliances/test-pact", "/alliances", "/api/alliances/test-pact", "/countries/fr"];
        foreach (var path in pages)
        {
            (await GetAsync(path)).Dispose();
            (await GetAsync(path)).Dispose();
        }

        var summary = $"Summary saved at {Guid.NewGuid():N}.";
        await SaveSummaryAsync(summary);

        foreach (var path in pages.SkipLast(1))
        {
            using var response = await GetAsync(path);
            Assert.Contains(summary, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_reader_who_already_has_a_page_gets_304_until_an_editor_changes_it()
    {
        using var first = await GetAsync("/alliances/test-pact");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var again = await GetAsync("/alliances/test-pact", tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);

        await SaveSummaryAsync($"Changed at {Guid.NewGuid():N}.");
        using var changed = await GetAsync("/alliances/test-pact", tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
    }

    [Fact]
    public async Task A_reader_whose_copy_is_as_new_as_the_last_change_gets_304_by_date_too()
    {
        using var first = await GetAsync("/alliances/test-pact");
        using var reader = app.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/alliances/test-pact");
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var again = await reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_head_request_is_answered_from_the_cached_page_with_its_length_and_no_body()
    {
        using var page = await GetAsync("/topics/test-topic");
        var body = await page.Content.ReadAsByteArrayAsync();
        using var reader = app.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Head, "/topics/test-topic");
        using var head = await reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.NotNull(head.Headers.Age);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Errors_and_editors_pages_carry_no_validator_and_are_never_served_from_the_cache()
    {
        using var missing = await GetAsync("/alliances/no-such-pact");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);

        using var login = await GetAsync("/admin/login");
        Assert.Null(login.Headers.ETag);

        var (_, adminPage) = await EditorAccounts.GetAsync(_editor, "/admin/alliances");
        Assert.NotNull(adminPage.QuerySelector("a[href$='/edit']"));
    }

    [Fact]
    public async Task A_signed_in_editor_reading_a_reader_page_gets_it_fresh_never_the_cached_copy()
    {
        using (await GetAsync("/topics/test-topic"))
        {
        }

        using var cached = await GetAsync("/topics/test-topic");
        Assert.NotNull(cached.Headers.Age);

        using var fresh = await _editor.GetAsync(new Uri("/topics/test-topic", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Null(fresh.Headers.Age);
        Assert.Null(fresh.Headers.ETag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Reader_pages_are_compressed_but_editors_pages_are_not(string encoding)
    {
        using var reader = app.CreateReader();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/alliances/test-pact");
        page.Headers.AcceptEncoding.ParseAdd(encoding);
        using var compressed = await reader.SendAsync(page);
        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));

        using var login = new HttpRequestMessage(HttpMethod.Get, "/admin/login");
        login.Headers.AcceptEncoding.ParseAdd(encoding);
        using var plain = await reader.SendAsync(login);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_cached_page_is_kept_compressed_per_encoding_and_served_plain_to_a_reader_who_asks_for_no_encoding()
    {
        async Task<HttpResponseMessage> FetchAsync(string? encoding)
        {
            using var reader = app.CreateReader();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/topics/test-topic");
            if (encoding is not null)
            {
                request.Headers.AcceptEncoding.ParseAdd(encoding);
            }

            return await reader.SendAsync(request);
        }

        using var first = await FetchAsync("br");
        using var second = await FetchAsync("br");
        using var plain = await FetchAsync(null);

        Assert.Equal("br", Assert.Single(second.Content.Headers.ContentEncoding));
        Assert.True(second.Headers.Age is not null, "the second compressed request should come from the cache");
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Addresses_that_differ_only_in_their_query_are_cached_as_pages_of_their_own()
    {
        (await GetAsync("/search?q=pact")).Dispose();
        using var cached = await GetAsync("/search?q=pact");
        Assert.NotNull(cached.Headers.Age);
        Assert.Contains("/alliances/test-pact", await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = await GetAsync($"/search?q=nothing{Guid.NewGuid():N}");
        Assert.Null(other.Headers.Age);
        Assert.DoesNotContain("/alliances/test-pact", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
