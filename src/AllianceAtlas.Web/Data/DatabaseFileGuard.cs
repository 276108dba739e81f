using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// Refuses a save when the SQLite file is gone or cannot be written. Connections the site already holds keep writing
/// into a removed file without complaint, so without this check an editor would read "Saved" about work that is lost.
/// </summary>
public sealed class DatabaseFileGuard(SqliteDatabaseFile file) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check();
        return ValueTask.FromResult(result);
    }

    private void Check()
    {
        if (file.WhyUnwritable() is { } problem)
        {
            throw new DatabaseWriteRefusedException(problem);
        }
    }
}
