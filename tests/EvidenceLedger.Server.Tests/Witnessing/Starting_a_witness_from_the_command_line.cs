using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Tests.Witnessing.Support;
using EvidenceLedger.Server.Witnessing.Serving;

namespace EvidenceLedger.Server.Tests.Witnessing;

public sealed class Starting_a_witness_from_the_command_line : IDisposable
{
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("witness-cli-");

    public void Dispose() => _state.Delete(recursive: true);

    [Fact]
    public async Task A_log_key_that_is_not_a_verifier_key_is_a_usage_error()
    {
        using var output = new StringWriter();

        var exit = await WitnessCommand.RunAsync(new WitnessServerOptions(_state, "not-a-key", "http://127.0.0.1:0", null), output, CancellationToken.None);

        Assert.Equal(WitnessCommand.UsageError, exit);
        Assert.StartsWith("Cannot start the witness:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_name_than_the_one_the_key_was_made_with_is_a_usage_error()
    {
        var log = NoteSigner.Generate("ledger.test/evidence").VerifierKey;
        await (await InProcessWitness.StartAsync(_state, log)).DisposeAsync();
        using var output = new StringWriter();

        var exit = await WitnessCommand.RunAsync(new WitnessServerOptions(_state, log, "http://127.0.0.1:0", "another.test/name"), output, CancellationToken.None);

        Assert.Equal(WitnessCommand.UsageError, exit);
        Assert.Contains("witness.test/w1", output.ToString(), StringComparison.Ordinal);
    }
}
