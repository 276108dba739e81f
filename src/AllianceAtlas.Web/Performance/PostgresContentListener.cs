using AllianceAtlas.Web.Data;
using Npgsql;

namespace AllianceAtlas.Web.Performance;

/// <summary>
/// Keeps every instance's cached reader pages honest when several instances share one PostgreSQL database. Triggers
/// on the content tables send a notification when a change commits (see the PostgreSQL migrations), whichever
/// instance made it; this listener hears it and evicts the pages here too.
/// </summary>
public sealed partial class PostgresContentListener(
    PostgresConnection database, ContentChanges changes, ILogger<PostgresContentListener> logger) : BackgroundService
{
    public const string Channel = "atlas_content";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Whatever broke the connection, the site goes on serving; a listener that gave up would leave this
                // instance showing stale pages, and an exception escaping here would stop the whole host.
                LogListenerLost(logger, exception, RetryDelay.TotalSeconds);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, _) => changes.Publish();
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel};", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Changes made while no one was listening were never heard: treat them as made now.
        changes.Publish();
        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the PostgreSQL content-change listener; retrying in {Seconds} s")]
    private static partial void LogListenerLost(ILogger logger, Exception exception, double seconds);
}
