using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>Which page of a list was asked for (<c>?page=</c>, <c>?pageSize=</c>), checked before any query runs.</summary>
public sealed record PageRequest(int Number, int Size)
{
    public const int MaxSize = 500;

    /// <summary>Null values take the defaults; a value that means nothing is explained in <paramref name="problems"/>.</summary>
    public static PageRequest Parse(int? page, int? pageSize, int defaultSize, List<string> problems)
    {
        var number = page ?? 1;
        if (number < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Page {number} does not exist; pages are numbered from 1, so page 1 is shown."));
            number = 1;
        }

        var size = pageSize ?? defaultSize;
        if (size is < 1 or > MaxSize)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"A page holds from 1 to {MaxSize} entries, not {size}; {defaultSize} are shown."));
            size = defaultSize;
        }

        return new PageRequest(number, size);
    }

    /// <summary>
    /// Counts, then reads only the rows of this page, so its cost does not grow with the list. A page past the end
    /// shows the last one, and <paramref name="problems"/> says so.
    /// </summary>
    public async Task<PageOf<T>> ReadAsync<T>(IQueryable<T> query, List<string> problems, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var number = NumberWithin(total, problems);
        var items = await query.Skip((number - 1) * Size).Take(Size).ToListAsync(cancellationToken);
        return new PageOf<T>(items, number, Size, total);
    }

    /// <summary>The page to show of a list of <paramref name="total"/> entries: this one, or the last when it is past the end.</summary>
    public int NumberWithin(int total, List<string> problems)
    {
        var pages = Math.Max(1, (total + Size - 1) / Size);
        if (Number <= pages)
        {
            return Number;
        }

        problems.Add(string.Create(CultureInfo.InvariantCulture, $"There is no page {Number}; the list has {pages}, and the last is shown."));
        return pages;
    }
}
