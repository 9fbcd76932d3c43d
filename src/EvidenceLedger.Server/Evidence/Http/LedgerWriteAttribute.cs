using EvidenceLedger.Server.Authentication;
using JasperFx.CodeGeneration;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// Marks a Wolverine endpoint as one of the ledger's writes: its policy, its OpenAPI description (the request it reads,
/// the answer, every problem it can give) and its tag, as <see cref="EndpointConventions.Write{TRequest}"/> has them for
/// every write. The operation id is the endpoint's own (<c>OperationId</c> on its route attribute).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LedgerWriteAttribute<TRequest>(string tag, string summary, int successStatus = StatusCodes.Status200OK) : ModifyHttpChainAttribute
    where TRequest : notnull
{
    /// <summary>The authorization policy the write needs; <see cref="LedgerPolicies.Write"/> unless said otherwise.</summary>
    public string Policy { get; init; } = LedgerPolicies.Write;

    public override void Modify(HttpChain chain, GenerationRules rules)
    {
        ArgumentNullException.ThrowIfNull(chain);
        chain.Metadata.Write<TRequest>(chain.OperationId, tag, summary, successStatus, Policy);
    }
}
