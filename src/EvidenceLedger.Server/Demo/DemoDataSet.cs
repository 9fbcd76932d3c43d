using EvidenceLedger.Server.Demo.Reports;
using NodaTime;

namespace EvidenceLedger.Server.Demo;

/// <summary>
/// The demo ledger, as data: what the demo team records from five 2015 reports on al-Bukamal and Deir ez-Zor
/// (Syria Direct, Sound and Picture), in order. Ids are name-based, so every run yields the same ledger;
/// only the time commands are issued at changes.
/// </summary>
public static class DemoDataSet
{
    public static IReadOnlyList<DemoUser> Users => DemoUsers.All;

    /// <param name="now">When the commands are issued (their RequestedAt); must be after 25 November 2015.</param>
    public static IReadOnlyList<DemoStep> Steps(Instant now) =>
    [
        .. DemoSources.Registrations(),
        .. SyriaDirectJanuary2015.Steps(now),
        .. SyriaDirectNovember2015.Steps(now),
        DemoSources.Regrade(),
        .. SoundAndPictureKhalifaClashes.Steps(now),
        .. SoundAndPictureInternetCut.Steps(now),
        .. SoundAndPictureDeirEzzorBattles.Steps(now),
    ];
}
