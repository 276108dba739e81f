using Microsoft.Data.Sqlite;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// The SQLite file the site serves. Only the start-up creates it; every other connection opens it read-write without
/// creating it, so a file removed while the site runs makes saves fail instead of landing in a new, empty file.
/// </summary>
public sealed class SqliteDatabaseFile
{
    public SqliteDatabaseFile(string configuredConnectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configuredConnectionString);
        IsFile = !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:"
            && builder.Mode is not (SqliteOpenMode.Memory or SqliteOpenMode.ReadOnly);
        if (IsFile)
        {
            // A relative path is taken from the site's own folder, as appsettings.json and wwwroot are, not from
            // wherever a service manager happened to start the process.
            builder.DataSource = System.IO.Path.GetFullPath(builder.DataSource, contentRoot);
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        Path = builder.DataSource;
        RuntimeConnectionString = builder.ToString();
    }

    public bool IsFile { get; }

    public string Path { get; }

    /// <summary>Opens the file read-write and never creates it.</summary>
    public string RuntimeConnectionString { get; }

    /// <summary>
    /// On start: creates the file (and its folder) when it is new, for the migrations to fill, and refuses to go on
    /// with one the site could not save into, saying why.
    /// </summary>
    public void PrepareForStart()
    {
        if (!IsFile)
        {
            return;
        }

        if (!File.Exists(Path))
        {
            try
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                var creating = new SqliteConnectionStringBuilder(RuntimeConnectionString) { Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
                using var connection = new SqliteConnection(creating.ToString());
                connection.Open();
            }
            catch (Exception exception) when (exception is SqliteException or UnauthorizedAccessException or IOException)
            {
                throw new DatabaseWriteRefusedException($"The database file {Path} cannot be created: {exception.Message}", exception);
            }
        }

        if (WhyUnwritable() is { } problem)
        {
            throw new DatabaseWriteRefusedException(problem);
        }
    }

    /// <summary>
    /// Why the site could not save into the file, or null when it can: the file is gone, or it or its folder cannot be
    /// written (read-only, immutable, a read-only mount). Checked without SQLite, which on such a file may stop the
    /// whole process while mapping its shared-memory file.
    /// </summary>
    public string? WhyUnwritable()
    {
        if (!IsFile)
        {
            return null;
        }

        if (!File.Exists(Path))
        {
            return $"The database file {Path} is no longer there: it was removed or moved while the site ran. "
                + "Restore it (or restart the site to start a new one); nothing can be saved until then.";
        }

        try
        {
            using (File.Open(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
            {
            }

            foreach (var companion in new[] { Path + "-wal", Path + "-shm" }.Where(File.Exists))
            {
                using (File.Open(companion, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
                {
                }
            }
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            return $"The database file {Path} (or its -wal or -shm file beside it) cannot be written: {exception.Message} "
                + "It is read-only, immutable or on a read-only disk; make it writable by the site's user.";
        }

        var folder = System.IO.Path.GetDirectoryName(Path)!;
        var probe = System.IO.Path.Combine(folder, $".atlas-write-check-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            return $"The folder {folder} cannot be written: {exception.Message} "
                + "SQLite keeps its journal files beside the database; make the folder writable by the site's user.";
        }

        return null;
    }
}
