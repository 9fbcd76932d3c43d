using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using NodaTime;

namespace EvidenceLedger.Server.Demo.Reports;

/// <summary>Amira's intake of Sound and Picture's undated report on ISIS clashing with the Khalifa family in al-Bukamal.</summary>
internal static class SoundAndPictureKhalifaClashes
{
    private static readonly DemoDocument Report = DemoDocuments.SoundAndPictureKhalifaClashes;

    public static IEnumerable<DemoStep> Steps(Instant now)
    {
        var amira = DemoUsers.Amira;
        var incident = new DemoIncident("al-bukamal/2015/khalifa-family-clashes", now);

        // The report carries no date. It was captured with the 2015 reporting from the town, so the year is 2015 as an
        // inference, marked uncertain ("?") rather than stated as read in the text.
        yield return amira.Does(
            incident.Record(
                "ISIS clashes with the Khalifa family in al-Bukamal",
                "Armed clashes in the local market and al-Hajana between ISIS and the Khalifa family, many of whom had pledged support to ISIS, " +
                "after Saddam al-Jamal arrested several family members.",
                "2015?",
                DemoPlaces.AlBukamal),
            "Intake of Sound and Picture's report on the Khalifa family clashes");
        yield return amira.Does(incident.Alias(DemoPlaces.AlBukamalInArabic));

        yield return amira.Does(incident.Claim(
            "clashes",
            "Violent clashes broke out in al-Bukamal between ISIS and the Khalifa family after Saddam al-Jamal of ISIS arrested several Khalifa family members.",
            DemoSources.SoundAndPicture,
            "armed clash",
            InformationCredibility.PossiblyTrue));
        yield return amira.Does(incident.Cite(
            "clashes",
            Report,
            "Violent clashes irrupted in al-Bukamal City in eastern rural Deir ez-Zor using different kinds of weapons between ISIS and a family from the area called Khalifa following verbal arguments and fights between the two."));
        yield return amira.Does(incident.Cite(
            "clashes",
            Report,
            "the controversy began when Saddam al-Jamal from ISIS arrested several Khalifa family members to show his authority as the first leader in al-Bukamal City."));

        yield return amira.Does(incident.Claim(
            "killing-in-front-of-civilians",
            "Muhammad Mujhem Khalifa, an ISIS member, was killed in front of civilians by Muhammad al-Jamal, brother of Saddam al-Jamal.",
            DemoSources.SoundAndPicture,
            "killing",
            InformationCredibility.PossiblyTrue));
        yield return amira.Does(incident.Cite(
            "killing-in-front-of-civilians",
            Report,
            "The sources explained that the clashes took place in the local market and al-Hajana after killing Muhammad Mujhem Khalifa, an ISIS member, in front of civilians by Muhammad al-Jamal who is Saddam’s brother."));

        // "Tens" is read, like "dozens", as the smallest figure it commits to (two tens); the phrase is kept as reported.
        yield return amira.Does(incident.Claim(
            "foreign-fighters-killed",
            "ISIS lost tens of its foreign fighters, especially Iraqis, killed in al-Bukamal by unknown perpetrators.",
            DemoSources.SoundAndPicture,
            "killing",
            InformationCredibility.PossiblyTrue,
            CountRange.Parse("tens of its foreign fighters killed")));
        yield return amira.Does(incident.Cite(
            "foreign-fighters-killed",
            Report,
            "ISIS lost tens of its foreign fighters especially Iraqi ones who were killed in al-Boukamal City without knowing the perpetrators."));
        yield return amira.Does(incident.Verify(
            "foreign-fighters-killed",
            "no-detail",
            VerificationMethod.SourceCheck,
            VerificationOutcome.Inconclusive,
            "No names, dates or figure beyond “tens”, and no word on how Sound and Picture's sources in the city know the dead were foreign fighters.",
            DemoSources.SoundAndPicture));
        yield return amira.Does(incident.Verify(
            "foreign-fighters-killed",
            "january-assassinations",
            VerificationMethod.CrossReference,
            VerificationOutcome.Inconclusive,
            "Syria Direct's January 2015 report has more than 30 IS members killed by unknown assailants across Deir e-Zor in two weeks: " +
            "the same pattern, but province-wide and not about foreign fighters.",
            DemoSources.OppositionMilitarySource));
        yield return amira.Does(incident.Verify(
            "foreign-fighters-killed",
            "is-kills-its-own",
            VerificationMethod.CrossReference,
            VerificationOutcome.Contradicts,
            "Badar Al-Khalaf (Syria Direct, 25 November 2015) says foreign fighters are defecting and that IS kills its own members " +
            "“either in secret or executing them on fabricated charges”: deaths put down to unknown perpetrators may be IS's own doing.",
            DemoSources.BadarAlKhalaf));
        yield return amira.Does(incident.Assess(
            "foreign-fighters-killed",
            ClaimStatus.Contested,
            InformationCredibility.Doubtful,
            "The perpetrators are disputed and the number is unsupported: Sound and Picture says unknown perpetrators, Badar Al-Khalaf describes " +
            "IS killing its own members in secret or on fabricated charges, and no other source gives a figure for foreign fighters killed in al-Bukamal."));
    }
}
