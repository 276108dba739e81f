using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// Readers and an editor's save share one file: waiting a few seconds for a lock beats failing a request.
/// </summary>
/// <remarks>
/// The timeout is set through SQLite's C API rather than a <c>PRAGMA busy_timeout</c> command: a connection is opened
/// for every query, and preparing and running that command each time cost more than some of the queries it served.
/// </remarks>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SetBusyTimeout(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetBusyTimeout(connection);
        return Task.CompletedTask;
    }

    private static void SetBusyTimeout(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle;
        var result = SQLitePCL.raw.sqlite3_busy_timeout(handle, BusyTimeoutMilliseconds);
        SqliteException.ThrowExceptionForRC(result, handle);
    }
}
