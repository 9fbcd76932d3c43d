namespace EvidenceLedger.Server.Integrity.Benchmarking;

internal static class Percentiles
{
    /// <summary>The nearest-rank percentile <paramref name="p"/> (0–100) of the samples; 0 when there are none.</summary>
    public static double Of(IReadOnlyCollection<double> samples, double p)
    {
        if (samples.Count == 0) return 0;
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
