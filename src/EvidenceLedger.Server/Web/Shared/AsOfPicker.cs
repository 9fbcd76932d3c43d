using NodaTime;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>The "as of" picker of a page at <paramref name="Action"/>, keeping the page's other query values (<paramref name="Keep"/>).</summary>
public sealed record AsOfPicker(string Action, Instant? AsOf, string? Error, IReadOnlyList<KeyValuePair<string, string?>> Keep)
{
    /// <summary>The same page, with the same other values, in the present.</summary>
    public string PresentUrl => Action + QueryString.Create(Keep.Where(pair => !string.IsNullOrEmpty(pair.Value)));
}

/// <summary>The banner of a page shown as of <paramref name="AsOf"/>; <paramref name="PresentUrl"/> shows the same page now.</summary>
public sealed record AsOfBanner(Instant AsOf, string PresentUrl);
