using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Server.Users.Activity;
using Marten;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// The read models Marten projects and stores for the server: the same configuration for the owner role, which makes
/// their tables at migration, and for the server, which writes them.
/// </summary>
public static class LedgerDocuments
{
    public static void Configure(StoreOptions options)
    {
        UsersProjection.Register(options);
        SourcesProjection.Register(options);
        IncidentsProjection.Register(options);
        ExportsProjection.Register(options);
        ActivityProjection.Register(options);
    }
}
