using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>Changes to sources made through the same service the pages call, for tests about what the source pages show.</summary>
public sealed class SourceSeed(LedgerInBrowser ledger, string actor)
{
    private SourceCommands Sources => ledger.Services.GetRequiredService<SourceCommands>();

    public async Task RegradeAsync(Guid sourceId, SourceReliability reliability, string rationale) =>
        Accepted(await Sources.HandleAsync(new RegradeSourceReliability(sourceId, reliability, rationale), actor));

    public async Task AliasAsync(Guid sourceId, string alias) =>
        Accepted(await Sources.HandleAsync(new AddSourceAlias(sourceId, alias), actor));

    private static void Accepted(CommandOutcome outcome) =>
        Assert.True(outcome.IsAccepted, $"The seed command was not accepted: {outcome}");
}
