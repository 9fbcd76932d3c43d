namespace EvidenceLedger.Server.Web.Shared;

/// <summary>One record a new one likely duplicates: its words, where it is, and a detail that tells them apart.</summary>
public sealed record LikelyDuplicate(string Text, string Href, string Detail);

/// <summary>
/// What a registering form shows before anything is appended when the new name or title likely duplicates recorded ones
/// (<see cref="Evidence.Texts.LikelyDuplicates"/>): the matches, linked, and a button to go ahead anyway.
/// </summary>
/// <param name="What">"source" or "incident".</param>
/// <param name="Anyway">The words of the button that registers it anyway.</param>
public sealed record LikelyDuplicatesNotice(string What, IReadOnlyList<LikelyDuplicate> Matches, string Anyway);
