using System.Data.Common;
using System.Runtime.CompilerServices;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AllianceAtlas.Web.Performance;

/// <summary>
/// Evicts the reader pages after any save that touches published content: at once without a transaction, and
/// only once the transaction commits with one, so no reader can cache the old page in between.
/// </summary>
public sealed class ContentChangeInterceptor(ContentChanges changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, object> Pending = [];
    private static readonly object Marker = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            PublishIfPending(context);
        }

        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            PublishIfPending(context);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    private static void Note(DbContext? context)
    {
        // The atlas's own tables and their join tables; sign-in accounts never change what readers see.
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && (e.Metadata.IsPropertyBag || e.Metadata.ClrType.Namespace == typeof(Alliance).Namespace)))
        {
            Pending.AddOrUpdate(context, Marker);
        }
    }

    private static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            Pending.Remove(context);
        }
    }

    private void PublishIfPending(DbContext context)
    {
        if (Pending.Remove(context))
        {
            changes.Publish();
        }
    }
}
