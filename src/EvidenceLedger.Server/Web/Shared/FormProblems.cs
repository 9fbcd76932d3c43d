namespace EvidenceLedger.Server.Web.Shared;

/// <summary>What the top of a form shows when it came back: a problem with the form as a whole, or the changes made meanwhile.</summary>
public sealed record FormProblems(FormState Form, string Key);
