namespace AllianceAtlas.Web.Content;

/// <summary>
/// The database's preparation on start (migrations, and seeding when it is new). It runs beside the server's own
/// start-up, so starting Kestrel and warming the first request no longer add to a first start; requests that arrive
/// before it is done wait for <see cref="Ready"/>.
/// </summary>
public sealed class DatabaseReadiness
{
    public Task Ready { get; private set; } = Task.CompletedTask;

    public Task Begin(IServiceProvider services, CancellationToken cancellationToken) =>
        Ready = Task.Run(() => StartupSeeding.PrepareDatabaseAsync(services, cancellationToken), cancellationToken);
}
