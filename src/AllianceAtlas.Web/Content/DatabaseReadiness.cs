namespace AllianceAtlas.Web.Content;

/// <summary>
/// The database's preparation on start (migrations, and seeding when it is new). The seeding runs beside the server's
/// own start-up, so starting Kestrel and warming the first request no longer add to a first start; requests that
/// arrive before it is done wait for <see cref="Ready"/>.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Completes once the schema is in place, while the seeding may still be running; fails as <see cref="Ready"/>
    /// fails when the database cannot be prepared.
    /// </summary>
    public Task Migrated => _migrated.Task;

    // The work starts even when stopping has begun (the preparation itself then stops at once), so Migrated always ends.
    public Task Begin(IServiceProvider services, CancellationToken cancellationToken) =>
        Ready = Task.Run(async () =>
        {
            try
            {
                await StartupSeeding.PrepareDatabaseAsync(services, () => _migrated.TrySetResult(), cancellationToken);
            }
            catch (Exception exception)
            {
                _migrated.TrySetException(exception);
                throw;
            }
        }, CancellationToken.None);
}
