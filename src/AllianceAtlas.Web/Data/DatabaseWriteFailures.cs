using Microsoft.Data.Sqlite;

namespace AllianceAtlas.Web.Data;

/// <summary>Recognises the failures of a save that are the storage's fault, not the editor's, and words them.</summary>
public static class DatabaseWriteFailures
{
    // SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB: the primary result codes
    // of a file that cannot take a write.
    private static readonly HashSet<int> StorageErrors = [8, 10, 11, 13, 14, 26];

    /// <summary>What to tell the editor, or null when the exception is not a storage failure.</summary>
    public static string? Explain(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DatabaseWriteRefusedException refused:
                    return refused.Message;
                case SqliteException sqlite when StorageErrors.Contains(sqlite.SqliteErrorCode):
                    return $"The database refused the save: {sqlite.Message.TrimEnd('.')}. It may be read-only, full or damaged; "
                        + "tell whoever runs the site.";
                case Npgsql.PostgresException postgres when postgres.SqlState is "25006" or "53100":
                    return $"The database refused the save: {postgres.MessageText}. Tell whoever runs the site.";
            }
        }

        return null;
    }
}
