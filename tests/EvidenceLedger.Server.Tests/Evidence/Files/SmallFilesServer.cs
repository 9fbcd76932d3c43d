using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.Files;

/// <summary>The real server taking files of at most <see cref="MaxFileBytes"/> bytes, so the limit is tried without sending 100 MB.</summary>
public sealed class SmallFilesServer : LedgerServer
{
    public const int MaxFileBytes = 4096;

    protected override IEnumerable<KeyValuePair<string, string?>> Configuration =>
        [new("Ledger:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
