namespace AllianceAtlas.Web.Data;

/// <summary>A save the database cannot keep; its message says why, in words an editor or an operator can act on.</summary>
public sealed class DatabaseWriteRefusedException(string message, Exception? inner = null) : Exception(message, inner);
