namespace AllianceAtlas.Web.Content;

/// <summary>
/// The database's preparation on start (migrations, and seeding when it is new). It runs beside the server's own
/// start-up, which takes about as long, so a first start costs the longer of the two instead of both; requests that
/// arrive before it is done wait for <see cref="Ready"/>.
/// </summary>
public sealed class DatabaseReadiness
{
    public Task Ready { get; private set; } = Task.CompletedTask;

    public Task Begin(IServiceProvider services, CancellationToken cancellationToken) =>
        Ready = Task.Run(() => StartupSeeding.PrepareDatabaseAsync(services, cancellationToken), cancellationToken);
}
