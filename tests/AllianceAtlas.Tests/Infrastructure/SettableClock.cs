namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, for behaviour that turns on the time of day.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
