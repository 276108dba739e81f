namespace AllianceAtlas.Web.Pages.Events;

/// <summary>
/// Every event has one home: a turning point's is its long essay under /turning-points, every other event's is its
/// page under /events. Links everywhere go through here so no page sends a reader to the other address.
/// </summary>
public static class EventAddress
{
    public const string EventsPrefix = "/events/";
    public const string TurningPointsPrefix = "/turning-points/";

    public static string Of(string slug, bool isTurningPoint) => (isTurningPoint ? TurningPointsPrefix : EventsPrefix) + slug;
}
