using EvidenceLedger.Server.Integrity;
using Microsoft.Extensions.Configuration;

namespace EvidenceLedger.Server.Tests.Integrity;

public sealed class Configuring_the_checkpoint_interval
{
    [Theory]
    [InlineData(null, 10)]
    [InlineData("30", 30)]
    [InlineData("0.5", 0.5)]
    [InlineData("00:01:00", 60)]
    public void Ledger_CheckpointInterval_is_seconds_or_a_time_span(string? configured, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), IntegrityConfiguration.Options(With(configured)).CheckpointInterval);

    [Fact]
    public void Anything_else_is_refused_at_start() =>
        Assert.Throws<FormatException>(() => IntegrityConfiguration.Options(With("every now and then")));

    private static IConfiguration With(string? interval) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Ledger:CheckpointInterval"] = interval }).Build();
}
