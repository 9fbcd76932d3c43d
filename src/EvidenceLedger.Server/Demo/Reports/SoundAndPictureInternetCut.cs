using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Grading;
using NodaTime;

namespace EvidenceLedger.Server.Demo.Reports;

/// <summary>
/// Youssef's intake of Sound and Picture's undated report on IS cutting the internet in Albu Kamal and militarising the
/// Deir Ezzor fronts. Abu Khaled speaks of "the beginning of IS control last year"; IS took the town in 2014, so the
/// report is from about 2015 ("~").
/// </summary>
internal static class SoundAndPictureInternetCut
{
    private const string Intake = "Intake of Sound and Picture's report on the internet cut in Albu Kamal";

    private static readonly DemoDocument Report = DemoDocuments.SoundAndPictureInternetCut;

    public static IEnumerable<DemoStep> Steps(Instant now) => InternetCut(now).Concat(FrontsMilitarised(now));

    private static IEnumerable<DemoStep> InternetCut(Instant now)
    {
        var youssef = DemoUsers.Youssef;
        var incident = new DemoIncident("al-bukamal/2015/internet-cut", now);

        yield return youssef.Does(
            incident.Record(
                "IS cuts internet service in al-Bukamal",
                "IS cut internet service in Albu Kamal and its countryside, the first IS-held area to lose it; Qaim in Iraq, about 5 km away, kept it.",
                "2015~",
                DemoPlaces.AlBukamal),
            Intake);
        yield return youssef.Does(incident.Alias(DemoPlaces.AlBukamalInArabic));

        yield return youssef.Does(incident.Claim(
            "internet-cut",
            "IS cut internet service in Albu Kamal and its countryside and ordered all satellite internet devices switched off, including those in houses and banks.",
            DemoSources.SoundAndPicture,
            "restriction of communications",
            InformationCredibility.PossiblyTrue));
        yield return youssef.Does(incident.Cite(
            "internet-cut",
            Report,
            "IS prevented Internet service in the city of Albu Kamal east of Deir Ezzor that follows administratively the so-called “Euphrates state”."));
        yield return youssef.Does(incident.Cite(
            "internet-cut",
            Report,
            "IS has issued a decree earlier to spend off all space internet devices in the region, including the privet devices of houses and banks with no exceptions."));

        yield return youssef.Does(incident.Claim(
            "security-reasons",
            "The internet was cut for security reasons, during a visit by a senior IS figure, probably Aladnani, to settle disputes over IS command appointments.",
            DemoSources.AbuKhaled,
            "restriction of communications",
            InformationCredibility.Doubtful));
        yield return youssef.Does(incident.Cite(
            "security-reasons",
            Report,
            "the Internet cut came for security reasons due to the visit of an important figure"));
        yield return youssef.Does(incident.Verify(
            "security-reasons",
            "hearsay",
            VerificationMethod.SourceCheck,
            VerificationOutcome.Inconclusive,
            "Sound and Picture describes Abu Khaled only as a man close to IS; he relays talk among IS members, not what he saw.",
            DemoSources.AbuKhaled));
        yield return youssef.Does(incident.Cite(
            "security-reasons",
            Report,
            "the Internet will be back very soon to the city after the end of Aladnani visit to the area as a confirmation that the panning decision was not for an organizational reason rather for security one"));
        yield return youssef.Does(incident.Verify(
            "security-reasons",
            "private-sources",
            VerificationMethod.CrossReference,
            VerificationOutcome.Supports,
            "Private sources told Sound and Picture the internet would return once the visit was over, which they took as confirmation that the ban was for security.",
            DemoSources.SoundAndPicture));
    }

    private static IEnumerable<DemoStep> FrontsMilitarised(Instant now)
    {
        var youssef = DemoUsers.Youssef;
        var incident = new DemoIncident("deir-ez-zor/2015/fronts-militarised", now);

        yield return youssef.Does(
            incident.Record(
                "IS sends detained civilians to the Deir ez-Zor fronts and declares nearby villages a military zone",
                "IS concentrated forces on the military airport fronts and the besieged neighbourhoods of Deir Ezzor, told residents of " +
                "villages across the Euphrates they should be evacuated, and sent civilians it had arrested to the front.",
                "2015~",
                DemoPlaces.DeirEzZor),
            Intake);
        yield return youssef.Does(incident.Alias(DemoPlaces.DeirEzZorInArabic));

        yield return youssef.Does(incident.Claim(
            "detainees-sent-to-front",
            "IS began sending civilians it had arrested for so-called “Sharia irregularities” to the Deir Ezzor fronts.",
            DemoSources.SoundAndPicture,
            "forced recruitment",
            InformationCredibility.PossiblyTrue));
        yield return youssef.Does(incident.Cite(
            "detainees-sent-to-front",
            Report,
            "IS began sending civilians who were arrested for what is called “Sharia irregularities” to the fronts of Deir Ezzor"));

        yield return youssef.Does(incident.Claim(
            "villages-military-zone",
            "IS declared the villages next to Deir Ezzor across the Euphrates a military zone and told residents they should be evacuated.",
            DemoSources.SoundAndPicture,
            "forced displacement",
            InformationCredibility.PossiblyTrue));
        yield return youssef.Does(incident.Cite(
            "villages-military-zone",
            Report,
            "also announced the villages adjacent Dier Ezzor on the other side of Euphrates to be a military zone and informed people there that they should be evacuated awaiting a further notice."));
    }
}
