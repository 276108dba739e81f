using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllianceAtlas.Web.Content;

/// <summary>
/// Brings the content folder into the database. Entries an editor has changed since are left as the
/// editor left them; entries that exist only in the database are never touched.
/// </summary>
public sealed class ContentImporter(AtlasDbContext db, IOptions<ContentOptions> options, IHostEnvironment environment)
{
    public string ContentRoot => options.Value.FolderIn(environment.ContentRootPath);

    public static (ContentSet Content, List<ContentError> Errors) ReadAndValidate(string contentRoot)
    {
        var errors = new List<ContentError>();
        var content = ContentReader.Read(contentRoot, errors);
        ContentValidator.Validate(content, errors);

        return (content, errors);
    }

    /// <summary>Reads and checks the content folder on another thread; it needs no database.</summary>
    public Task<(ContentSet Content, List<ContentError> Errors)> ReadAsync(CancellationToken cancellationToken)
    {
        var contentRoot = ContentRoot;
        return Task.Run(() => ReadAndValidate(contentRoot), cancellationToken);
    }

    public Task<ImportReport> ImportAsync(bool checkOnly, CancellationToken cancellationToken) =>
        ImportAsync(ReadAndValidate(ContentRoot), checkOnly, cancellationToken);

    public async Task<ImportReport> ImportAsync(
        (ContentSet Content, List<ContentError> Errors) reading, bool checkOnly, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var (content, errors) = reading;
        report.Errors.AddRange(errors);
        if (!report.Succeeded || checkOnly)
        {
            return report;
        }

        // Each save detects the changes once, in SaveAsync: left automatic, the cache eviction's check of the changes
        // and EF Core's own save would each compare every tracked entry (together about a tenth of a first start's import
        // in a profile).
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var sources = new SourceCatalogue(await db.Sources.ToListAsync(cancellationToken));
            await ImportCountriesAsync(content, report, cancellationToken);
            await ImportAlliancesAsync(content, sources, report, cancellationToken);
            await ImportTopicsAsync(content, sources, report, cancellationToken);
            await ImportEventsAsync(content, sources, report, cancellationToken);
            await SaveAsync(cancellationToken);
            await RemoveUnusedSourcesAsync(cancellationToken);
            await Pages.Search.SearchIndex.RebuildAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return report;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ImportCountriesAsync(ContentSet content, ImportReport report, CancellationToken cancellationToken)
    {
        var existing = await db.Countries.Include(c => c.Names).ToDictionaryAsync(c => c.Code, cancellationToken);
        var added = new List<Country>();
        foreach (var record in content.Countries)
        {
            if (Upsert(existing.GetValueOrDefault(record.Code), ContentHash.Of(record),
                    () => new Country { Code = record.Code, Name = record.Name }, added,
                    "countries", record.File + " " + record.Code, report) is not { } country)
            {
                continue;
            }

            country.Name = record.Name;
            (country.From, country.FromPrecision) = Split(record.From);
            (country.To, country.ToPrecision) = Split(record.To);
            country.Successors = record.Successors.Select(s => s.Value).ToList();
            country.Note = record.Note;
            country.Names = (record.Names ?? []).Select(n => new CountryName
            {
                CountryCode = record.Code, Name = n.Name, From = n.From.Date, To = n.To.Date,
            }).ToList();
        }

        db.Countries.AddRange(added);
        await SaveAsync(cancellationToken);
    }

    private async Task ImportAlliancesAsync(ContentSet content, SourceCatalogue sources, ImportReport report, CancellationToken cancellationToken)
    {
        var existing = await db.Alliances.IgnoreQueryFilters().Include(a => a.Memberships).Include(a => a.Sources)
            .Include(a => a.Obligations).Include(a => a.Phases).AsSplitQuery().ToDictionaryAsync(a => a.Slug, cancellationToken);
        var added = new List<Alliance>();
        foreach (var record in content.Alliances)
        {
            if (Upsert(existing.GetValueOrDefault(record.Slug), ContentHash.Of(record),
                    () => new Alliance { Slug = record.Slug, Name = record.Name, Summary = record.Summary }, added,
                    "alliances", record.File, report) is not { } alliance)
            {
                continue;
            }

            alliance.Name = record.Name;
            alliance.ShortName = record.ShortName;
            alliance.Kind = record.Kind;
            (alliance.Founded, alliance.FoundedPrecision) = (record.Founded.Date, record.Founded.Precision);
            (alliance.Dissolved, alliance.DissolvedPrecision) = Split(record.Dissolved);
            alliance.Treaty = record.Treaty;
            alliance.Headquarters = record.Headquarters;
            alliance.Regions = record.Regions.ToList();
            alliance.Summary = record.Summary;
            alliance.Body = record.Body.Text;
            alliance.Memberships.Clear();
            alliance.Memberships.AddRange(record.Members.Select(member => new Membership
            {
                CountryCode = member.Country.Value,
                Joined = member.Joined.Date,
                JoinedPrecision = member.Joined.Precision,
                Left = member.Left?.Date,
                LeftPrecision = member.Left?.Precision ?? DatePrecision.Day,
                Role = member.Role,
                End = member.End,
                Note = member.Note,
            }));
            alliance.Sources = sources.Resolve(record.Sources);
            alliance.Phases.Clear();
            alliance.Phases.AddRange(record.Phases.Select((phase, position) => new AlliancePhase
            {
                Position = position,
                Name = phase.Name,
                From = phase.From.Date,
                FromPrecision = phase.From.Precision,
                To = phase.To?.Date,
                ToPrecision = phase.To?.Precision ?? DatePrecision.Day,
            }));
            alliance.Obligations.Clear();
            alliance.Obligations.AddRange(record.Obligations.Select((obligation, position) => new Obligation
            {
                Position = position,
                Type = obligation.Type,
                Summary = obligation.Summary,
                Article = obligation.Article,
                Phase = obligation.Phase?.Value,
                Members = obligation.Members.Select(m => m.Value).ToList(),
                Adversary = obligation.Conditions.Adversary,
                Territory = obligation.Conditions.Territory,
                Unprovoked = obligation.Conditions.Unprovoked,
                War = obligation.Conditions.War,
                OtherCondition = obligation.Conditions.Other,
            }));
        }

        db.Alliances.AddRange(added);
        await SaveAsync(cancellationToken);
    }

    private async Task ImportTopicsAsync(ContentSet content, SourceCatalogue sources, ImportReport report, CancellationToken cancellationToken)
    {
        var alliances = await db.Alliances.IgnoreQueryFilters().ToDictionaryAsync(a => a.Slug, cancellationToken);
        var existing = await db.Topics.IgnoreQueryFilters().Include(t => t.Alliances).Include(t => t.Sources)
            .AsSplitQuery().ToDictionaryAsync(t => t.Slug, cancellationToken);
        var added = new List<Topic>();
        foreach (var record in content.Topics)
        {
            if (Upsert(existing.GetValueOrDefault(record.Slug), ContentHash.Of(record),
                    () => new Topic { Slug = record.Slug, Title = record.Title, Summary = record.Summary }, added,
                    "topics", record.File, report) is not { } topic)
            {
                continue;
            }

            topic.Title = record.Title;
            topic.Order = record.Order;
            topic.Summary = record.Summary;
            topic.Body = record.Body.Text;
            topic.Alliances = record.Alliances.Select(a => alliances[a.Value]).Distinct().ToList();
            topic.Sources = sources.Resolve(record.Sources);
        }

        db.Topics.AddRange(added);
        await SaveAsync(cancellationToken);
    }

    private async Task ImportEventsAsync(ContentSet content, SourceCatalogue sources, ImportReport report, CancellationToken cancellationToken)
    {
        var alliances = await db.Alliances.IgnoreQueryFilters().ToDictionaryAsync(a => a.Slug, cancellationToken);
        var countries = await db.Countries.ToDictionaryAsync(c => c.Code, cancellationToken);
        var topics = await db.Topics.IgnoreQueryFilters().ToDictionaryAsync(t => t.Slug, cancellationToken);
        var existing = await db.Events.IgnoreQueryFilters().Include(e => e.Alliances).Include(e => e.Countries).Include(e => e.Topics)
            .Include(e => e.Sources).AsSplitQuery().ToDictionaryAsync(e => e.Slug, cancellationToken);

        // A topic may name its events and an event its topics; both mean the same link.
        var topicsOfEvent = content.Events.ToDictionary(e => e.Slug, e => e.Topics.Select(t => t.Value).ToHashSet());
        foreach (var topic in content.Topics)
        {
            foreach (var eventSlug in topic.Events)
            {
                topicsOfEvent[eventSlug.Value].Add(topic.Slug);
            }
        }

        var added = new List<TimelineEvent>();
        foreach (var record in content.Events)
        {
            var topicSlugs = topicsOfEvent[record.Slug].Order(StringComparer.Ordinal).ToList();
            if (Upsert(existing.GetValueOrDefault(record.Slug), ContentHash.Of(record, topicSlugs),
                    () => new TimelineEvent { Slug = record.Slug, Title = record.Title, Summary = record.Summary }, added,
                    "events", record.File, report) is not { } timelineEvent)
            {
                continue;
            }

            timelineEvent.Title = record.Title;
            (timelineEvent.Date, timelineEvent.DatePrecision) = (record.Date.Date, record.Date.Precision);
            timelineEvent.Kind = record.Kind;
            timelineEvent.IsTurningPoint = record.IsTurningPoint;
            timelineEvent.Summary = record.Summary;
            timelineEvent.Body = record.Body.Text;
            timelineEvent.Alliances = record.Alliances.Select(a => alliances[a.Value]).Distinct().ToList();
            timelineEvent.Countries = record.Countries.Select(c => countries[c.Value]).Distinct().ToList();
            timelineEvent.Topics = topicSlugs.Select(slug => topics[slug]).ToList();
            timelineEvent.Sources = sources.Resolve(record.Sources);
        }

        db.Events.AddRange(added);
    }

    /// <summary>
    /// Returns the entity to fill in, or null when it is up to date or an editor's version must stay. A new entity goes
    /// into <paramref name="added"/>, to be tracked once it is complete: tracking a finished graph is one pass, while
    /// filling a tracked one makes change detection compare every collection it holds.
    /// </summary>
    private static T? Upsert<T>(T? entity, string hash, Func<T> create, List<T> added,
        string kind, string name, ImportReport report) where T : class, IContentEntry
    {
        var tally = report.For(kind);
        if (entity is null)
        {
            entity = create();
            added.Add(entity);
            entity.ContentHash = hash;
            tally.Added++;
            return entity;
        }

        if (entity.ContentHash == hash)
        {
            tally.Unchanged++;
            return null;
        }

        if (entity.EditedAt is not null)
        {
            tally.Kept++;
            report.KeptEditorVersions.Add(name);
            return null;
        }

        entity.ContentHash = hash;
        tally.Updated++;
        return entity;
    }

    private async Task RemoveUnusedSourcesAsync(CancellationToken cancellationToken) =>
        await db.Sources
            .Where(s => !db.Alliances.Any(a => a.Sources.Contains(s))
                && !db.Events.Any(e => e.Sources.Contains(s))
                && !db.Topics.Any(t => t.Sources.Contains(s)))
            .ExecuteDeleteAsync(cancellationToken);

    private static (DateOnly?, DatePrecision) Split(HistoricalDate? date) =>
        date is { } value ? (value.Date, value.Precision) : (null, DatePrecision.Day);
}
