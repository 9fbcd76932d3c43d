namespace EvidenceLedger.Server.Web.Shared;

/// <summary>One choice of a select field: the value posted and the words shown.</summary>
public sealed record FieldOption(string Value, string Text);
