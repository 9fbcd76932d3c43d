using System.Reflection;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Testing;

namespace EvidenceLedger.Integrity.Tests.Logging.Support;

/// <summary>A fresh database with the event store's and the Merkle log's migrations.</summary>
public sealed class IntegrityDatabase : LedgerDatabase
{
    protected override IEnumerable<Assembly> Modules => [typeof(MerkleHash).Assembly];
}
