using System.Globalization;
using System.Text;
using System.Text.Json;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin;

/// <summary>Writes and reads the revisions every save leaves behind.</summary>
public static class RevisionLog
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static async Task<Revision> AddAsync(AtlasDbContext db, string entryType, string entryKey, string slug, string title,
        bool isPublished, object snapshot, string editor, string? summary, DateTime savedAtUtc, CancellationToken cancellationToken)
    {
        var number = await db.Revisions.Where(r => r.EntryType == entryType && r.EntryKey == entryKey)
            .Select(r => (int?)r.Number).MaxAsync(cancellationToken) ?? 0;
        var revision = new Revision
        {
            EntryType = entryType,
            EntryKey = entryKey,
            Slug = slug,
            Title = title,
            Number = number + 1,
            SavedAtUtc = savedAtUtc,
            Editor = editor,
            Summary = string.IsNullOrWhiteSpace(summary) ? "(no summary)" : summary.Trim(),
            IsPublished = isPublished,
            Snapshot = JsonSerializer.Serialize(snapshot, snapshot.GetType(), Json),
        };
        db.Revisions.Add(revision);
        return revision;
    }

    /// <summary>The revision an editor asked to restore, only if it belongs to the entry being edited.</summary>
    public static async Task<Revision?> FindAsync(AtlasDbContext db, string entryType, string? entryKey, int revisionId, CancellationToken cancellationToken) =>
        entryKey is null
            ? null
            : await db.Revisions.AsNoTracking()
                .FirstOrDefaultAsync(r => r.Id == revisionId && r.EntryType == entryType && r.EntryKey == entryKey, cancellationToken);

    public static T Read<T>(Revision revision) =>
        JsonSerializer.Deserialize<T>(revision.Snapshot, Json) ?? throw new InvalidOperationException($"Revision {revision.Id} is empty.");

    /// <summary>A snapshot as lines of text, one field or row a line and the essay line by line, for a readable diff.</summary>
    public static string AsText(Revision revision)
    {
        using var document = JsonDocument.Parse(revision.Snapshot);
        var text = new StringBuilder();
        foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Name != "Version"))
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Array when property.Value.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.Object):
                    text.AppendLine(property.Name + ":");
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        var fields = item.EnumerateObject()
                            .Where(field => field.Value.ValueKind != JsonValueKind.Null)
                            .Select(field => $"{field.Name}={field.Value}");
                        text.AppendLine("  - " + string.Join("; ", fields));
                    }

                    break;
                case JsonValueKind.Array:
                    text.AppendLine(CultureInfo.InvariantCulture, $"{property.Name}: {string.Join(", ", property.Value.EnumerateArray().Select(item => item.ToString()))}");
                    break;
                case JsonValueKind.String when property.Value.GetString()!.Contains('\n', StringComparison.Ordinal):
                    text.AppendLine(property.Name + ":");
                    text.AppendLine(property.Value.GetString());
                    break;
                default:
                    text.AppendLine(CultureInfo.InvariantCulture, $"{property.Name}: {property.Value}");
                    break;
            }
        }

        return text.ToString();
    }
}
