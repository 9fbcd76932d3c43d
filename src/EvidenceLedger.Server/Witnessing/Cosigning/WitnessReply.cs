namespace EvidenceLedger.Server.Witnessing.Cosigning;

/// <summary>A witness's answer to add-checkpoint: the HTTP status, the body, and for a 409 <c>text/x.tlog.size</c> the size it holds.</summary>
public sealed record WitnessReply(int Status, string Body, long? WitnessedSize)
{
    public bool Cosigned => Status == StatusCodes.Status200OK;
}
