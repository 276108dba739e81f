using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// The atlas's one store: content, editors' accounts and their revisions, and the keys that protect sign-in cookies
/// and forms, so that every instance serving one database trusts the same cookies.
/// </summary>
public class AtlasDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public AtlasDbContext(DbContextOptions<AtlasDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the PostgreSQL context, which keeps its own migrations.</summary>
    protected AtlasDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Alliance> Alliances => Set<Alliance>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<CountryName> CountryNames => Set<CountryName>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Obligation> Obligations => Set<Obligation>();
    public DbSet<AlliancePhase> AlliancePhases => Set<AlliancePhase>();
    public DbSet<TimelineEvent> Events => Set<TimelineEvent>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the data stays readable and survives reordering.
        configurationBuilder.Properties<AllianceKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<MembershipRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MembershipEnd>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<EventKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ObligationType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(10);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Alliance>(alliance =>
        {
            alliance.HasIndex(a => a.Slug).IsUnique();
            alliance.Property(a => a.Version).IsConcurrencyToken();
            alliance.HasIndex(a => a.Founded);
            alliance.Property(a => a.Slug).HasMaxLength(100);
            alliance.Property(a => a.Name).HasMaxLength(200);
            alliance.Property(a => a.ShortName).HasMaxLength(60);
            alliance.Property(a => a.Treaty).HasMaxLength(300);
            alliance.Property(a => a.Headquarters).HasMaxLength(200);
            alliance.Property(a => a.Summary).HasMaxLength(1000);
            alliance.Property(a => a.ContentHash).HasMaxLength(64);
            alliance.Ignore(a => a.DisplayName);
            alliance.Ignore(a => a.IsActive);
            alliance.HasMany(a => a.Sources).WithMany().UsingEntity("AllianceSources");
        });

        builder.Entity<Country>(country =>
        {
            country.HasKey(c => c.Code);
            country.Property(c => c.Version).IsConcurrencyToken();
            country.Property(c => c.Code).HasMaxLength(4);
            country.Property(c => c.Name).HasMaxLength(120);
            country.Property(c => c.Note).HasMaxLength(1000);
            country.Property(c => c.ContentHash).HasMaxLength(64);
            country.Ignore(c => c.IsFormer);
            country.Ignore(c => c.Slug);
            country.HasMany(c => c.Names).WithOne().HasForeignKey(n => n.CountryCode).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CountryName>(name =>
        {
            name.HasKey(n => new { n.CountryCode, n.From });
            name.Property(n => n.CountryCode).HasMaxLength(4);
            name.Property(n => n.Name).HasMaxLength(120);
        });

        builder.Entity<Membership>(membership =>
        {
            membership.HasOne(m => m.Alliance).WithMany(a => a.Memberships).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne(m => m.Country).WithMany(c => c.Memberships)
                .HasForeignKey(m => m.CountryCode).OnDelete(DeleteBehavior.Restrict);
            membership.HasIndex(m => new { m.AllianceId, m.Joined });
            membership.HasIndex(m => new { m.CountryCode, m.Joined });
            membership.HasIndex(m => m.Joined);
            membership.HasIndex(m => m.Left);
            membership.Property(m => m.Note).HasMaxLength(1000);
            membership.Ignore(m => m.CountsAsCurrentFullMember);
        });

        builder.Entity<Obligation>(obligation =>
        {
            obligation.ToTable("AllianceObligations");
            obligation.HasOne(o => o.Alliance).WithMany(a => a.Obligations).OnDelete(DeleteBehavior.Cascade);
            obligation.HasIndex(o => new { o.AllianceId, o.Position });
            obligation.HasIndex(o => o.Type);
            obligation.Property(o => o.Summary).HasMaxLength(400);
            obligation.Property(o => o.Article).HasMaxLength(120);
            obligation.Property(o => o.Phase).HasMaxLength(120);
            obligation.Property(o => o.Adversary).HasMaxLength(300);
            obligation.Property(o => o.Territory).HasMaxLength(300);
            obligation.Property(o => o.War).HasMaxLength(300);
            obligation.Property(o => o.OtherCondition).HasMaxLength(300);
            obligation.Ignore(o => o.IsUnconditional);
        });

        builder.Entity<AlliancePhase>(phase =>
        {
            phase.HasOne(p => p.Alliance).WithMany(a => a.Phases).OnDelete(DeleteBehavior.Cascade);
            phase.HasIndex(p => new { p.AllianceId, p.Position });
            phase.Property(p => p.Name).HasMaxLength(120);
        });

        builder.Entity<TimelineEvent>(timelineEvent =>
        {
            timelineEvent.ToTable("Events");
            timelineEvent.HasIndex(e => e.Slug).IsUnique();
            timelineEvent.Property(e => e.Version).IsConcurrencyToken();
            timelineEvent.HasIndex(e => e.Date);
            timelineEvent.Property(e => e.Slug).HasMaxLength(100);
            timelineEvent.Property(e => e.Title).HasMaxLength(200);
            timelineEvent.Property(e => e.Summary).HasMaxLength(1000);
            timelineEvent.Property(e => e.ContentHash).HasMaxLength(64);
            timelineEvent.HasMany(e => e.Alliances).WithMany(a => a.Events).UsingEntity("EventAlliances");
            timelineEvent.HasMany(e => e.Countries).WithMany().UsingEntity("EventCountries");
            timelineEvent.HasMany(e => e.Topics).WithMany(t => t.Events).UsingEntity("TopicEvents");
            timelineEvent.HasMany(e => e.Sources).WithMany().UsingEntity("EventSources");
        });

        builder.Entity<Topic>(topic =>
        {
            topic.HasIndex(t => t.Slug).IsUnique();
            topic.Property(t => t.Version).IsConcurrencyToken();
            topic.Property(t => t.Slug).HasMaxLength(100);
            topic.Property(t => t.Title).HasMaxLength(200);
            topic.Property(t => t.Summary).HasMaxLength(1000);
            topic.Property(t => t.ContentHash).HasMaxLength(64);
            topic.HasMany(t => t.Alliances).WithMany(a => a.Topics).UsingEntity("TopicAlliances");
            topic.HasMany(t => t.Sources).WithMany().UsingEntity("TopicSources");
        });

        builder.Entity<Revision>(revision =>
        {
            revision.HasIndex(r => new { r.EntryType, r.EntryKey, r.Number }).IsUnique();
            revision.HasIndex(r => r.SavedAtUtc);
            revision.Property(r => r.EntryType).HasMaxLength(20);
            revision.Property(r => r.EntryKey).HasMaxLength(100);
            revision.Property(r => r.Slug).HasMaxLength(100);
            revision.Property(r => r.Title).HasMaxLength(200);
            revision.Property(r => r.Editor).HasMaxLength(256);
            revision.Property(r => r.Summary).HasMaxLength(500);
        });

        builder.Entity<SlugRedirect>(redirect =>
        {
            redirect.HasIndex(r => new { r.EntryType, r.OldSlug }).IsUnique();
            redirect.Property(r => r.EntryType).HasMaxLength(20);
            redirect.Property(r => r.OldSlug).HasMaxLength(100);
        });

        builder.Entity<Source>(source =>
        {
            source.Property(s => s.Title).HasMaxLength(400);
            source.Property(s => s.Version).IsConcurrencyToken();
            source.Property(s => s.Publisher).HasMaxLength(200);
            source.Property(s => s.Url).HasMaxLength(1000);
            source.Property(s => s.Published).HasMaxLength(10);
        });

        // The tools that write migrations and the compiled model run at design time. Migrations do not need the
        // filters, and the compiled model's generator refuses them: the compiled model adds them itself as it loads.
        if (!EF.IsDesignTime)
        {
            builder.Entity<Alliance>().HasQueryFilter(ReaderQueryFilters.Alliances);
            builder.Entity<Membership>().HasQueryFilter(ReaderQueryFilters.Memberships);
            builder.Entity<Obligation>().HasQueryFilter(ReaderQueryFilters.Obligations);
            builder.Entity<AlliancePhase>().HasQueryFilter(ReaderQueryFilters.Phases);
            builder.Entity<TimelineEvent>().HasQueryFilter(ReaderQueryFilters.Events);
            builder.Entity<Topic>().HasQueryFilter(ReaderQueryFilters.Topics);
        }
    }
}
