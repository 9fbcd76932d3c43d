using System.Globalization;
using EvidenceLedger.Integrity.Logging;

namespace EvidenceLedger.Server.Integrity;

/// <summary>Reads the Merkle log's settings: <c>Ledger:CheckpointInterval</c> (seconds, or a TimeSpan such as 00:00:10).</summary>
public static class IntegrityConfiguration
{
    public static MerkleLogOptions Options(IConfiguration configuration) => new()
    {
        CheckpointInterval = Interval(configuration["Ledger:CheckpointInterval"]) ?? new MerkleLogOptions().CheckpointInterval,
    };

    private static TimeSpan? Interval(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var interval)
            ? interval
            : throw new FormatException($"Ledger:CheckpointInterval '{value}' is neither seconds nor a time span such as 00:00:10.");
    }
}
