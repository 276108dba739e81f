using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Internal;

namespace AllianceAtlas.Web.Data.CompiledModel;

/// <summary>
/// The compiled model's generator cannot write query filters, so they are added here, from the same definitions the
/// context's own model uses, as the compiled model loads. This file lives outside the generated folder, so it
/// survives regenerating it; a test compares the filters with those of the model built from the context.
/// </summary>
public partial class AtlasDbContextModel
{
    partial void Customize()
    {
        AddQueryFilter(ReaderQueryFilters.Alliances);
        AddQueryFilter(ReaderQueryFilters.Memberships);
        AddQueryFilter(ReaderQueryFilters.Obligations);
        AddQueryFilter(ReaderQueryFilters.Phases);
        AddQueryFilter(ReaderQueryFilters.Events);
        AddQueryFilter(ReaderQueryFilters.Topics);
    }

    // EF Core keeps a runtime model's filters as this annotation, in the types it builds for a model that is not
    // compiled; the query pipeline reads them back as exactly those types.
#pragma warning disable EF1001 // Internal EF Core API usage: the only way to give a compiled model a filter.
    private void AddQueryFilter<TEntity>(Expression<Func<TEntity, bool>> filter) =>
        ((RuntimeEntityType)((IModel)this).FindEntityType(typeof(TEntity))!).AddAnnotation(
            CoreAnnotationNames.QueryFilter,
            new QueryFilterCollection([new RuntimeQueryFilter(null, filter)]));
#pragma warning restore EF1001
}
