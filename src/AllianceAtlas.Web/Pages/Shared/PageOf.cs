namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>One page of a long list, with what a reader needs to move on: the page, its size and the total.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Pages;
}
