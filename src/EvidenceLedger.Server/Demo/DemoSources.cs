using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Sources.Regrading;

namespace EvidenceLedger.Server.Demo;

/// <summary>The sources the demo's claims rest on, graded on the Admiralty scale as the reports let a documenter judge them.</summary>
public static class DemoSources
{
    public static Guid SyriaDirect { get; } = DemoIds.For("source/syria-direct");
    public static Guid SoundAndPicture { get; } = DemoIds.For("source/sound-and-picture");
    public static Guid DeirEzzorSlaughteredSilently { get; } = DemoIds.For("source/deir-ez-zor-is-being-slaughtered-silently");
    public static Guid OppositionMilitarySource { get; } = DemoIds.For("source/anonymous-opposition-military-source-deir-e-zor-city");
    public static Guid CitizenJournalistAlBokamel { get; } = DemoIds.For("source/citizen-journalist-al-bokamel");
    public static Guid IraqiNews { get; } = DemoIds.For("source/iraqinews");
    public static Guid BadarAlKhalaf { get; } = DemoIds.For("source/badar-al-khalaf");
    public static Guid AbuKhaled { get; } = DemoIds.For("source/abu-khaled");
    public static Guid ZaidAlfourati { get; } = DemoIds.For("source/zaid-alfourati");

    internal static IEnumerable<DemoStep> Registrations()
    {
        var youssef = DemoUsers.Youssef;
        var amira = DemoUsers.Amira;

        yield return youssef.Does(new RegisterSource(SyriaDirect, "Syria Direct", SourceKind.Media, SourceReliability.UsuallyReliable));
        yield return youssef.Does(new AddSourceAlias(SyriaDirect, "SyriaDirect"));

        // Unknown to the team when first met in January 2015; regraded once its reports had been checked (see Regrade).
        yield return youssef.Does(new RegisterSource(DeirEzzorSlaughteredSilently, "Deir ez-Zor is Being Slaughtered Silently", SourceKind.Media, SourceReliability.CannotBeJudged));
        yield return youssef.Does(new AddSourceAlias(DeirEzzorSlaughteredSilently, "Deir e-Zor is Being Slaughtered Silently"));
        yield return youssef.Does(new AddSourceAlias(DeirEzzorSlaughteredSilently, "Deir e-Zor is Being Silently Slaughtered"));

        yield return youssef.Does(new RegisterSource(OppositionMilitarySource, "Opposition military source in Deir e-Zor city (anonymous)", SourceKind.Anonymous, SourceReliability.CannotBeJudged));
        yield return youssef.Does(new RegisterSource(CitizenJournalistAlBokamel, "Citizen journalist in Al-Bokamel (Facebook page)", SourceKind.SocialMedia, SourceReliability.CannotBeJudged));
        yield return youssef.Does(new RegisterSource(IraqiNews, "IraqiNews", SourceKind.Media, SourceReliability.NotUsuallyReliable));

        yield return amira.Does(new RegisterSource(BadarAlKhalaf, "Badar Al-Khalaf", SourceKind.Individual, SourceReliability.FairlyReliable));

        yield return amira.Does(new RegisterSource(SoundAndPicture, "Sound and Picture", SourceKind.Organization, SourceReliability.FairlyReliable));
        yield return amira.Does(new AddSourceAlias(SoundAndPicture, "Sound & Picture"));
        yield return amira.Does(new AddSourceAlias(SoundAndPicture, "Sound and Picture organization"));

        yield return amira.Does(new RegisterSource(AbuKhaled, "Abu Khaled (a man close to IS)", SourceKind.Individual, SourceReliability.Unreliable));
        yield return amira.Does(new RegisterSource(ZaidAlfourati, "Zaid Alfourati", SourceKind.Individual, SourceReliability.NotUsuallyReliable));
        yield return amira.Does(new AddSourceAlias(ZaidAlfourati, "Alfourati"));
    }

    internal static DemoStep Regrade() => DemoUsers.Amira.Does(
        new RegradeSourceReliability(
            DeirEzzorSlaughteredSilently,
            SourceReliability.FairlyReliable,
            "Its January 2015 report of dwindling IS checkpoints in Al-Bokamel was confirmed by an opposition military source " +
            "and a citizen journalist, and its November 2015 report of the Hisbeh leader's arrest matches Badar Al-Khalaf's account. " +
            "A pro-opposition campaign, so fairly rather than usually reliable."),
        "Two reports checked against independent accounts");
}
