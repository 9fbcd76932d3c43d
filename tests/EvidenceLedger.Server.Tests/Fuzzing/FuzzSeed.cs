namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>
/// The fuzz run's seed: <c>LEDGER_FUZZ_SEED</c> (a whole number, or <c>random</c> for a fresh one) or else a fixed
/// default, so that <c>ops/test</c> runs the same requests every time and any failure is reproduced by its seed.
/// </summary>
internal static class FuzzSeed
{
    public const string Variable = "LEDGER_FUZZ_SEED";

    private const int Default = 20_261_205;

    public static int Read()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text)) return Default;
        if (text.Trim().Equals("random", StringComparison.OrdinalIgnoreCase)) return Random.Shared.Next();
        return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }
}
