using NodaTime;

namespace EvidenceLedger.Server.Demo;

/// <summary>A report the demo cites: its embedded seed plus what a documenter records about it.</summary>
public sealed record DemoDocument(string SeedName, string Title, string Url, LocalDate? PublishedOn)
{
    public string ReadText() => DemoSeeds.Text(SeedName);

    public string CaptureSha256() => DemoSeeds.Sha256(SeedName);
}
