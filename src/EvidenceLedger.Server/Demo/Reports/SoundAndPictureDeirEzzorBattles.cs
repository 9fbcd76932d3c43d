using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using NodaTime;

namespace EvidenceLedger.Server.Demo.Reports;

/// <summary>Youssef's intake of Sound and Picture's undated report on the "fake battles" in Deir Ezzor, told by Zaid Alfourati.</summary>
internal static class SoundAndPictureDeirEzzorBattles
{
    private static readonly DemoDocument Report = DemoDocuments.SoundAndPictureDeirEzzorBattles;

    public static IEnumerable<DemoStep> Steps(Instant now)
    {
        var youssef = DemoUsers.Youssef;
        var incident = new DemoIncident("deir-ez-zor/2015-05/three-days-of-clashes", now);

        // "The fourth of May" carries no year; the report sets it after the FSA's victories in Idlib and Daraa, i.e. 2015.
        // Logged first as the day the battle began, then widened to the three days the clashes lasted.
        yield return youssef.Does(
            incident.Record(
                "IS and regime forces clash across Deir ez-Zor city",
                "Fighting on all fronts of the city, most violent in Western Hoiqh, Jubaila, Rashidia and at the military airport; " +
                "the regime answered with air raids, rocket launchers and heavy artillery on civilian areas.",
                "2015-05-04",
                DemoPlaces.DeirEzZor),
            "Intake of Sound and Picture's report on the Deir Ezzor battles");
        yield return youssef.Does(incident.Alias(DemoPlaces.DeirEzZorInArabic));
        yield return youssef.Does(incident.Redate(
            "2015-05-04/2015-05-06",
            "Alfourati says the clashes that began on the fourth of May continued for three days."));

        yield return youssef.Does(incident.Claim(
            "air-raids",
            "Regime aircraft carried out more than 35 air raids on scattered areas of Deir Ezzor city and its countryside during three days of clashes.",
            DemoSources.ZaidAlfourati,
            "airstrike",
            InformationCredibility.PossiblyTrue,
            CountRange.Parse("more than 35 air raids")));
        yield return youssef.Does(incident.Cite(
            "air-raids",
            Report,
            "The fierce clashes continued for three days, in which the regime aviation did more than 35 air raid on scattered areas in the city and its countryside."));
        yield return youssef.Does(incident.Verify(
            "air-raids",
            "fronts-named",
            VerificationMethod.Geolocation,
            VerificationOutcome.Supports,
            "The fronts named (Western Hoiqh, Jubaila, Rashidia, the military airport, Hawijah Skr, the industrial and workers neighbourhoods) " +
            "all lie in Deir ez-Zor city or on its edge, consistent with the place recorded."));

        yield return youssef.Does(incident.Claim(
            "civilian-areas-shelled",
            "The regime answered with air raids, rocket launchers and heavy artillery on civilian areas, killing and wounding many.",
            DemoSources.ZaidAlfourati,
            "attack on civilians",
            InformationCredibility.PossiblyTrue));
        yield return youssef.Does(incident.Cite(
            "civilian-areas-shelled",
            Report,
            "The regime responded, as usual, with air raids, rocket launchers and heavy artillery on civilian areas, resulting in a lot of kills and wounded."));
        yield return youssef.Does(incident.Verify(
            "civilian-areas-shelled",
            "witness-account",
            VerificationMethod.SourceCheck,
            VerificationOutcome.Inconclusive,
            "Zaid Alfourati describes hearing the explosions himself but gives no casualty figure and names no victims or places hit.",
            DemoSources.ZaidAlfourati));

        yield return youssef.Does(incident.Claim(
            "is-members-died",
            "More than 15 IS members died during the clashes, most of them from Deir Ezzor.",
            DemoSources.ZaidAlfourati,
            "combatant deaths",
            InformationCredibility.PossiblyTrue,
            CountRange.Parse("more than 15 IS members died")));
        yield return youssef.Does(incident.Cite(
            "is-members-died",
            Report,
            "During the clashes, more than 15 IS members died, most of them from Dier Ezzor, in addition to a number of wounded among them."));

        yield return youssef.Does(incident.Claim(
            "jemyan-barrier",
            "An IS car bomb hit the Jemyan barrier in the industrial neighbourhood; IS took the barrier and seized some weapons.",
            DemoSources.ZaidAlfourati,
            "armed clash",
            InformationCredibility.PossiblyTrue));
        yield return youssef.Does(incident.Cite(
            "jemyan-barrier",
            Report,
            "IS sent a bombed car targeted the “Jemyan barrier” in the industrial neighborhood resulted in taking control of the barrier and seizing some weapons."));
    }
}
