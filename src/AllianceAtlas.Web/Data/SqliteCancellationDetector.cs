using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// Tells EF Core that a statement interrupted because its reader went away (see <see cref="Pages.Search.SearchQuery"/>)
/// was cancelled, not failed: EF Core logs a cancelled statement at Debug, and a failed one as an error with its SQL.
/// </summary>
public sealed class SqliteCancellationDetector : IExceptionDetector
{
    public bool IsCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException || IsInterruption(exception, cancellationToken);

    /// <summary>Whether SQLite stopped the statement because its token was cancelled (sqlite3_interrupt).</summary>
    public static bool IsInterruption(Exception exception, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested
        && exception is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_INTERRUPT };
}
