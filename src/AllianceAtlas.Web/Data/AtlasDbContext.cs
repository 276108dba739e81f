using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Data;

public class AtlasDbContext(DbContextOptions<AtlasDbContext> options) : DbContext(options)
{
    public DbSet<Alliance> Alliances => Set<Alliance>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<TimelineEvent> Events => Set<TimelineEvent>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Source> Sources => Set<Source>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the data stays readable and survives reordering.
        configurationBuilder.Properties<AllianceKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<MembershipRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MembershipEnd>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<EventKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<string>().HaveMaxLength(10);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Alliance>(alliance =>
        {
            alliance.HasIndex(a => a.Slug).IsUnique();
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

        modelBuilder.Entity<Country>(country =>
        {
            country.HasKey(c => c.Code);
            country.Property(c => c.Code).HasMaxLength(4);
            country.Property(c => c.Name).HasMaxLength(120);
            country.Property(c => c.Note).HasMaxLength(1000);
            country.Property(c => c.ContentHash).HasMaxLength(64);
            country.Ignore(c => c.IsFormer);
            country.Ignore(c => c.Slug);
        });

        modelBuilder.Entity<Membership>(membership =>
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

        modelBuilder.Entity<TimelineEvent>(timelineEvent =>
        {
            timelineEvent.ToTable("Events");
            timelineEvent.HasIndex(e => e.Slug).IsUnique();
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

        modelBuilder.Entity<Topic>(topic =>
        {
            topic.HasIndex(t => t.Slug).IsUnique();
            topic.Property(t => t.Slug).HasMaxLength(100);
            topic.Property(t => t.Title).HasMaxLength(200);
            topic.Property(t => t.Summary).HasMaxLength(1000);
            topic.Property(t => t.ContentHash).HasMaxLength(64);
            topic.HasMany(t => t.Alliances).WithMany(a => a.Topics).UsingEntity("TopicAlliances");
            topic.HasMany(t => t.Sources).WithMany().UsingEntity("TopicSources");
        });

        modelBuilder.Entity<Source>(source =>
        {
            source.Property(s => s.Title).HasMaxLength(400);
            source.Property(s => s.Publisher).HasMaxLength(200);
            source.Property(s => s.Url).HasMaxLength(1000);
            source.Property(s => s.Published).HasMaxLength(10);
        });
    }
}
