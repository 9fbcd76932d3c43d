using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using NodaTime;

namespace EvidenceLedger.Server.Demo.Reports;

/// <summary>Youssef's intake of Syria Direct, 19 January 2015: IS less visible in Al-Bokamel; assassinations across Deir e-Zor.</summary>
internal static class SyriaDirectJanuary2015
{
    private static readonly DemoDocument Report = DemoDocuments.SyriaDirectJanuary2015;

    public static IEnumerable<DemoStep> Steps(Instant now) => Checkpoints(now).Concat(Assassinations(now));

    private static IEnumerable<DemoStep> Checkpoints(Instant now)
    {
        var youssef = DemoUsers.Youssef;
        var amira = DemoUsers.Amira;
        var incident = new DemoIncident("al-bukamal/2015-01/checkpoints-dwindle", now);

        // The report is dated Monday 19 January 2015: the coalition bombing "on Saturday" is the 17th and the
        // checkpoints dwindled "on Monday", the 19th.
        yield return youssef.Does(
            incident.Record(
                "IS checkpoints and al-Hisbeh patrols dwindle in al-Bukamal after coalition airstrikes",
                "Syria Direct reports that IS checkpoints and al-Hisbeh patrols in Al-Bokamel dwindled after US-led coalition " +
                "airstrikes on the town and a string of assassinations of IS fighters; carloads of IS fighters were seen leaving for Iraq.",
                "2015-01-17/2015-01-19",
                DemoPlaces.AlBukamal),
            "Intake of Syria Direct, 19 January 2015");
        yield return youssef.Does(incident.Alias(DemoPlaces.AlBukamalInArabic));

        yield return youssef.Does(incident.Claim(
            "checkpoints-dwindled",
            "The number of IS checkpoints and al-Hisbeh patrols in Al-Bokamel dwindled on Monday 19 January 2015.",
            DemoSources.DeirEzzorSlaughteredSilently,
            "armed group presence",
            InformationCredibility.PossiblyTrue));
        yield return youssef.Does(incident.Cite(
            "checkpoints-dwindled",
            Report,
            "The number of Islamic State checkpoints and al-Hisbeh patrols have reportedly dwindled in the Syrian border town of Al-Bokamel on Monday following a string of assassinations against IS fighters in recent weeks and US-led coalition airstrikes, reported pro-opposition media campaign Deir e-Zor is Being Slaughtered Silently."));
        yield return youssef.Does(incident.Cite(
            "checkpoints-dwindled",
            Report,
            "“The news is true,” an opposition military source residing in Deir e-Zor city, who requested anonymity, told Syria Direct Monday of the diminished Islamic State checkpoints and patrols."));
        yield return youssef.Does(incident.Verify(
            "checkpoints-dwindled",
            "military-source",
            VerificationMethod.CrossReference,
            VerificationOutcome.Supports,
            "An opposition military source in Deir e-Zor city, speaking to Syria Direct on condition of anonymity, confirmed the campaign's report: “The news is true.”",
            DemoSources.OppositionMilitarySource));
        yield return youssef.Does(incident.Cite(
            "checkpoints-dwindled",
            Report,
            "A citizen journalist in Al-Bokamel confirmed on his Facebook page on Monday that the IS checkpoints had been dismantled, adding that he saw carloads of Islamic State fighters leaving town."));
        yield return youssef.Does(incident.Verify(
            "checkpoints-dwindled",
            "citizen-journalist",
            VerificationMethod.CrossReference,
            VerificationOutcome.Supports,
            "A citizen journalist inside Al-Bokamel confirmed on his Facebook page the same Monday that the IS checkpoints had been dismantled.",
            DemoSources.CitizenJournalistAlBokamel));
        yield return youssef.Does(incident.Verify(
            "checkpoints-dwindled",
            "report-date",
            VerificationMethod.Chronolocation,
            VerificationOutcome.Supports,
            "The article is dated Monday 19 January 2015, so “on Monday” is that day and the coalition bombing “on Saturday” is 17 January 2015."));
        yield return amira.Does(incident.Assess(
            "checkpoints-dwindled",
            ClaimStatus.Corroborated,
            InformationCredibility.ProbablyTrue,
            "Three distinct sources agree: the campaign, an anonymous opposition military source and a citizen journalist in the town. " +
            "Two of them cannot be graded and all three are on the opposition side, so corroborated, probably true, not confirmed."));

        yield return youssef.Does(incident.Claim(
            "checkpoint-guards-killed",
            "Several IS checkpoint guards died in US-led coalition airstrikes on Al-Bokamel on Saturday 17 January 2015.",
            DemoSources.OppositionMilitarySource,
            "airstrike",
            InformationCredibility.TruthCannotBeJudged));
        yield return youssef.Does(incident.Cite(
            "checkpoint-guards-killed",
            Report,
            "The reported dismantling of checkpoints comes after Al-Bokamel, located in Deir e-Zor province, was bombed by the international coalition on Saturday, the military source said, adding that several Islamic State checkpoint guards died in the airstrikes."));
        yield return youssef.Does(incident.Verify(
            "checkpoint-guards-killed",
            "anonymous-source",
            VerificationMethod.SourceCheck,
            VerificationOutcome.Inconclusive,
            "The source is anonymous to us; Syria Direct says only that he is an opposition military source living in Deir e-Zor city, not in Al-Bokamel. " +
            "No second account of the deaths, and “several” gives no number.",
            DemoSources.OppositionMilitarySource));

        yield return youssef.Does(incident.Claim(
            "fighters-leave-for-iraq",
            "Five cars of IS fighters left the town and countryside of Al-Bokamel for Iraq on Monday 19 January 2015.",
            DemoSources.CitizenJournalistAlBokamel,
            "armed group movement",
            InformationCredibility.PossiblyTrue,
            CountRange.Parse("five cars of IS fighters")));
        yield return youssef.Does(incident.Cite(
            "fighters-leave-for-iraq",
            Report,
            "Five cars of [IS fighters] are going toward Iraq from the town and countryside of Al-Bokamel"));
        yield return youssef.Does(incident.Cite(
            "fighters-leave-for-iraq",
            Report,
            "This week, IS decided to funnel troops into Iraq from Al-Bokamel and possibly other parts of Deir e-Zor to combat a new Iraqi army offensive against IS positions in Anbar province"));
        yield return youssef.Does(incident.Verify(
            "fighters-leave-for-iraq",
            "troops-to-iraq",
            VerificationMethod.CrossReference,
            VerificationOutcome.Supports,
            "Syria Direct reports that IS decided that week to send troops from Al-Bokamel into Iraq against an Iraqi army offensive in Anbar, which fits fighters leaving by car.",
            DemoSources.SyriaDirect));

        yield return youssef.Does(incident.Claim(
            "anbar-operation",
            "An Iraqi army operation on Sunday 18 January 2015 killed 60 IS fighters in western Anbar province, among them an IS leader.",
            DemoSources.IraqiNews,
            "killing",
            InformationCredibility.Doubtful,
            CountRange.Parse("60 IS fighters killed")));
        yield return youssef.Does(incident.Cite(
            "anbar-operation",
            Report,
            "An Iraqi army operation on Sunday reportedly killed 60 IS fighters in western Anbar province, among them an Islamic State leader, General-Officer Diaa Kazim was quoted by IraqiNews as saying."));
        yield return amira.Does(incident.Retract(
            "anbar-operation",
            "Not part of this incident: the operation was in western Anbar, Iraq, not in al-Bukamal. Syria Direct mentions it only as context, " +
            "and the figure is an Iraqi army officer's, relayed second-hand by IraqiNews."));
    }

    private static IEnumerable<DemoStep> Assassinations(Instant now)
    {
        var youssef = DemoUsers.Youssef;
        var incident = new DemoIncident("deir-ez-zor-province/2015-01/assassinations-of-is-members", now);

        // "Over the last two weeks" before the report of 19 January 2015.
        yield return youssef.Does(
            incident.Record(
                "Unknown assailants kill IS members across Deir ez-Zor province",
                "A string of assassinations of IS fighters by unknown perpetrators in Deir e-Zor province, including Al-Bokamel and Mayadeen.",
                "2015-01-05/2015-01-19",
                DemoPlaces.DeirEzZorProvince),
            "Intake of Syria Direct, 19 January 2015");
        yield return youssef.Does(incident.Alias(DemoPlaces.DeirEzZorProvinceInArabic));

        yield return youssef.Does(incident.Claim(
            "more-than-30-killed",
            "More than 30 IS members were killed by unknown assailants across Deir e-Zor province in the two weeks before 19 January 2015.",
            DemoSources.OppositionMilitarySource,
            "killing",
            InformationCredibility.PossiblyTrue,
            CountRange.Parse("more than 30 IS members killed")));
        yield return youssef.Does(incident.Cite(
            "more-than-30-killed",
            Report,
            "The vigilante killings of IS fighters by unknown perpetrators began “some time ago, but over the last two weeks more than 30 IS members have been killed [across Deir e-Zor].”"));
        yield return youssef.Does(incident.Verify(
            "more-than-30-killed",
            "mayadeen",
            VerificationMethod.CrossReference,
            VerificationOutcome.Inconclusive,
            "Syria Direct separately reports unknown assailants targeting IS fighters in Mayadeen over the same two weeks: the pattern fits, the figure is not checked.",
            DemoSources.SyriaDirect));
    }
}
