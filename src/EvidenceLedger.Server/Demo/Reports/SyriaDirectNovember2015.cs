using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using NodaTime;

namespace EvidenceLedger.Server.Demo.Reports;

/// <summary>
/// Amira's intake of Syria Direct, 25 November 2015: a week of defiance in al-Bukamal, mostly through the interview with
/// Badar Al-Khalaf. The article appeared on Wednesday 25 November, so "last week" is 16 to 22 November.
/// </summary>
internal static class SyriaDirectNovember2015
{
    private const string Intake = "Intake of Syria Direct, 25 November 2015";

    private static readonly DemoDocument Report = DemoDocuments.SyriaDirectNovember2015;

    public static IEnumerable<DemoStep> Steps(Instant now) =>
        HisbehLeaderArrested(now).Concat(FlagRaised(now)).Concat(GunBattle(now)).Concat(SpringAssassinations(now));

    private static IEnumerable<DemoStep> HisbehLeaderArrested(Instant now)
    {
        var amira = DemoUsers.Amira;
        var incident = new DemoIncident("al-bukamal/2015-11-16/hisbeh-leader-arrested", now);

        // "On Monday" of last week.
        yield return amira.Does(
            incident.Record(
                "IS arrests the head of its religious police in al-Bukamal",
                "IS arrested the head of the Hisbeh, its religious police, in al-Bukamal.",
                "2015-11-16",
                DemoPlaces.AlBukamal),
            Intake);
        yield return amira.Does(incident.Alias(DemoPlaces.AlBukamalInArabic));

        yield return amira.Does(incident.Claim(
            "arrest",
            "IS arrested the head of the Hisbeh, its religious police, in al-Bukamal on Monday 16 November 2015.",
            DemoSources.DeirEzzorSlaughteredSilently,
            "detention",
            InformationCredibility.PossiblyTrue));
        yield return amira.Does(incident.Cite(
            "arrest",
            Report,
            "the organization on Monday arresting the head of the Hisbeh, its religious police, according to a report by Deir e-Zor is Being Silently Slaughtered."));
        yield return amira.Does(incident.Cite(
            "arrest",
            Report,
            "Abu Harira al-Jizrawi is a Saudi national. He was officially arrested for trying to defect from IS, but the real reason is unknown at this time."));
        yield return amira.Does(incident.Verify(
            "arrest",
            "badar-al-khalaf",
            VerificationMethod.CrossReference,
            VerificationOutcome.Supports,
            "Badar Al-Khalaf names the arrested Hisbeh leader as Abu Harira al-Jizrawi, a Saudi national, officially arrested for trying to defect; he says the real reason is unknown.",
            DemoSources.BadarAlKhalaf));
    }

    private static IEnumerable<DemoStep> FlagRaised(Instant now)
    {
        var amira = DemoUsers.Amira;
        var incident = new DemoIncident("al-bukamal/2015-11-17/revolution-flag-raised", now);

        // "Last Tuesday"; Syria Direct's introduction agrees: "the next day" after Monday's arrest.
        yield return amira.Does(
            incident.Record(
                "Flag of the Syrian revolution raised above a school in al-Bukamal",
                "Youths raised the revolution flag above a school; IS burned it and answered with arrests and executions.",
                "2015-11-17",
                DemoPlaces.AlBukamal),
            Intake);
        yield return amira.Does(incident.Alias(DemoPlaces.AlBukamalInArabic));

        yield return amira.Does(incident.Claim(
            "flag-raised",
            "A group of youths raised the flag of the Syrian revolution above a school in al-Bukamal on Tuesday 17 November 2015.",
            DemoSources.BadarAlKhalaf,
            "protest",
            InformationCredibility.PossiblyTrue));
        yield return amira.Does(incident.Cite(
            "flag-raised",
            Report,
            "A group of youths in al-Bukamal raised the flag of the revolution above one of the schools last Tuesday, so IS responded by undertaking a campaign of arrests."));
        yield return amira.Does(incident.Cite(
            "flag-raised",
            Report,
            "The next day, the flag of the Syrian revolution was raised above a school"));
        yield return amira.Does(incident.Verify(
            "flag-raised",
            "syria-direct-introduction",
            VerificationMethod.CrossReference,
            VerificationOutcome.Supports,
            "Syria Direct's introduction also has the flag raised above a school the day after Monday's arrest.",
            DemoSources.SyriaDirect));
        yield return amira.Does(incident.Verify(
            "flag-raised",
            "last-tuesday",
            VerificationMethod.Chronolocation,
            VerificationOutcome.Supports,
            "Published Wednesday 25 November 2015: “last Tuesday” is 17 November 2015."));

        yield return amira.Does(incident.Claim(
            "arrests-and-executions",
            "IS burned the flag and re-imposed its control over al-Bukamal with arrests and executions.",
            DemoSources.BadarAlKhalaf,
            "arbitrary detention and execution",
            InformationCredibility.PossiblyTrue));
        yield return amira.Does(incident.Cite(
            "arrests-and-executions",
            Report,
            "Some time after the flag was raised, IS burned it. The organization has re-imposed its control over the city, possibly in an even more severe fashion than before: the city is currently witnessing arrests and executions."));
    }

    private static IEnumerable<DemoStep> GunBattle(Instant now)
    {
        var youssef = DemoUsers.Youssef;
        var amira = DemoUsers.Amira;
        var incident = new DemoIncident("al-bukamal/2015-11-18/gun-battle", now);

        // "Last Wednesday".
        yield return youssef.Does(
            incident.Record(
                "Four IS members killed in a gun battle in al-Bukamal",
                "Unknown gunmen openly attacked IS members in al-Bukamal, killing four; bolder than the earlier assassinations with silenced weapons.",
                "2015-11-18",
                DemoPlaces.AlBukamal),
            Intake);
        yield return youssef.Does(incident.Alias(DemoPlaces.AlBukamalInArabic));

        yield return youssef.Does(incident.Claim(
            "four-killed",
            "Four IS members were executed in al-Bukamal on Wednesday 18 November 2015.",
            DemoSources.BadarAlKhalaf,
            "killing",
            InformationCredibility.PossiblyTrue,
            CountRange.Parse("four IS members killed")));
        yield return amira.Does(incident.Correct(
            "four-killed",
            "Four IS members were killed in a gun battle in al-Bukamal on Wednesday 18 November 2015, when groups openly defied IS.",
            "Misread at intake: Badar Al-Khalaf says the four were killed in a gun battle; the executions he mentions came afterwards, as IS's response."));
        yield return amira.Does(incident.Cite(
            "four-killed",
            Report,
            "On Wednesday, four IS members were killed in a gun battle."));
        yield return amira.Does(incident.Cite(
            "four-killed",
            Report,
            "unknown gunmen publicly attacked IS members on Wednesday, killing four of the group’s fighters."));
        yield return amira.Does(incident.Verify(
            "four-killed",
            "syria-direct-introduction",
            VerificationMethod.CrossReference,
            VerificationOutcome.Supports,
            "Syria Direct's introduction gives the same day and figure: unknown gunmen publicly attacked IS members on Wednesday, killing four. " +
            "It may rest on the same interview, so it is not fully independent.",
            DemoSources.SyriaDirect));
        yield return amira.Does(incident.Verify(
            "four-killed",
            "last-wednesday",
            VerificationMethod.Chronolocation,
            VerificationOutcome.Supports,
            "Published Wednesday 25 November 2015: “last Wednesday” is 18 November 2015."));
        yield return amira.Does(incident.Assess(
            "four-killed",
            ClaimStatus.Corroborated,
            InformationCredibility.ProbablyTrue,
            "Badar Al-Khalaf and Syria Direct agree on four IS members killed on Wednesday 18 November, but Syria Direct's account probably " +
            "draws on the same interview, and nobody names the dead or shows imagery."));
    }

    private static IEnumerable<DemoStep> SpringAssassinations(Instant now)
    {
        var amira = DemoUsers.Amira;
        var incident = new DemoIncident("al-bukamal/2015-spring/assassination-attempts", now);

        // "In the spring", written in November 2015: spring 2015 (EDTF season code 21).
        yield return amira.Does(
            incident.Record(
                "Wave of assassination attempts against IS leaders in al-Bukamal",
                "IS leaders in al-Bukamal were targeted in a wave of assassination attempts with silenced weapons.",
                "2015-21",
                DemoPlaces.AlBukamal),
            Intake);
        yield return amira.Does(incident.Alias(DemoPlaces.AlBukamalInArabic));

        yield return amira.Does(incident.Claim(
            "assassination-attempts",
            "IS leaders in al-Bukamal were targeted in a wave of assassination attempts in spring 2015.",
            DemoSources.SyriaDirect,
            "assassination",
            InformationCredibility.PossiblyTrue));
        yield return amira.Does(incident.Cite(
            "assassination-attempts",
            Report,
            "While IS leaders in al-Bukamal, just 6km from the Iraqi border, were targeted in a wave of assassination attempts in the spring, last Wednesday’s attack was bolder than anything the city has seen before."));
        yield return amira.Does(incident.Verify(
            "assassination-attempts",
            "which-spring",
            VerificationMethod.Chronolocation,
            VerificationOutcome.Inconclusive,
            "“In the spring” in a November 2015 article is read as spring 2015 (March to May); no attempt is dated. " +
            "Syria Direct already reported assassinations of IS fighters in Al-Bokamel in January 2015, so the wave may have begun earlier."));
    }
}
