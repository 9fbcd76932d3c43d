using System.Security.Cryptography;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Server.Demo;
using NodaTime;

namespace EvidenceLedger.Server.Tests.Demo;

public sealed class Demo_citations
{
    private static readonly IReadOnlyList<CiteDocument> Citations =
        DemoDataSet.Steps(Instant.FromUtc(2026, 3, 1, 9, 0)).Select(step => step.Command).OfType<CiteDocument>().ToList();

    [Fact]
    public void Every_seed_is_embedded_and_every_document_cites_one()
    {
        Assert.All(DemoSeeds.Names, name => Assert.NotEmpty(DemoSeeds.Text(name)));
        Assert.Equal(DemoSeeds.Names.Order(), DemoDocuments.All.Select(document => document.SeedName).Order());
    }

    // The hashes of the reports as originally captured: the embedded copies must stay byte for byte the same.
    [Theory]
    [InlineData(DemoSeeds.SyriaDirectJanuary2015, "dee8f524e8f3a8b07f4bb32d8b637fd8a1d03d173346baa353457b55368d922e")]
    [InlineData(DemoSeeds.SyriaDirectNovember2015, "f8db42cd3bb9480a23331b489663e6094a735263f38ca78df27b543b8fbbf300")]
    [InlineData(DemoSeeds.SoundAndPictureKhalifaClashes, "d3fc97af09aaf6e607954aeb1761e427c12913039515a38d6c95d0b1be11bfe5")]
    [InlineData(DemoSeeds.SoundAndPictureInternetCut, "1dbc5f0a2426f31929133f5f86a0a63131a84e2b325b4a61e1622b494a82e9e4")]
    [InlineData(DemoSeeds.SoundAndPictureDeirEzzorBattles, "cb69398a6317aae08a0d77ca6c00f7b5b6733168797726ad9c4d421dfd7fd3d8")]
    public void The_embedded_reports_are_the_captured_originals_verbatim(string seedName, string originalSha256) =>
        Assert.Equal(originalSha256, DemoSeeds.Sha256(seedName));

    [Fact]
    public void Every_excerpt_is_an_exact_passage_of_its_embedded_report()
    {
        Assert.NotEmpty(Citations);
        Assert.All(Citations, citation =>
        {
            var document = Assert.Single(DemoDocuments.All, document => document.Url == citation.Url);
            Assert.Equal(document.Title, citation.Title);
            Assert.True(
                document.ReadText().Contains(citation.Excerpt, StringComparison.Ordinal),
                $"Not in {document.SeedName}: {citation.Excerpt}");
        });
    }

    [Fact]
    public void The_recorded_sha256_is_the_hash_of_the_embedded_capture()
    {
        var hashed = Citations.Where(citation => citation.Sha256 is not null).ToList();
        Assert.NotEmpty(hashed);
        Assert.All(hashed, citation =>
        {
            var document = DemoDocuments.All.Single(document => document.Url == citation.Url);
            Assert.Equal(HashOfEmbedded(document.SeedName), citation.Sha256);
        });
    }

    [Fact]
    public void Publication_dates_are_the_ones_the_reports_carry()
    {
        Assert.Equal(new LocalDate(2015, 1, 19), DemoDocuments.SyriaDirectJanuary2015.PublishedOn);
        Assert.Equal(new LocalDate(2015, 11, 25), DemoDocuments.SyriaDirectNovember2015.PublishedOn);
        Assert.Contains("19 January 2015", DemoDocuments.SyriaDirectJanuary2015.ReadText(), StringComparison.Ordinal);
        Assert.Contains("25 November 2015", DemoDocuments.SyriaDirectNovember2015.ReadText(), StringComparison.Ordinal);
    }

    // Hashed here from the raw resource stream, independently of DemoSeeds.
    private static string HashOfEmbedded(string seedName)
    {
        using var stream = typeof(DemoSeeds).Assembly.GetManifestResourceStream(DemoSeeds.ResourcePrefix + seedName)!;
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
