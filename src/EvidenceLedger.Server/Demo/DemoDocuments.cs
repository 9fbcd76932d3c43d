using NodaTime;

namespace EvidenceLedger.Server.Demo;

/// <summary>
/// The five captured reports. The Sound and Picture captures carry no title or date, so their titles say what they
/// are about and their publication dates stay unknown.
/// </summary>
public static class DemoDocuments
{
    public static DemoDocument SyriaDirectJanuary2015 { get; } = new(
        DemoSeeds.SyriaDirectJanuary2015,
        "Islamic State less visible in Al-Bokamel amidst assassinations, airstrikes",
        "https://syriadirect.org/islamic-state-less-visible-in-al-bokamel-amidst-assassinations-airstrikes/",
        new LocalDate(2015, 1, 19));

    public static DemoDocument SyriaDirectNovember2015 { get; } = new(
        DemoSeeds.SyriaDirectNovember2015,
        "Al-Bukamel residents ‘refuse to be subjugated’ to the Islamic State",
        "https://syriadirect.org/al-bukamel-residents-refuse-to-be-subjugated-to-the-islamic-state/",
        new LocalDate(2015, 11, 25));

    public static DemoDocument SoundAndPictureKhalifaClashes { get; } = new(
        DemoSeeds.SoundAndPictureKhalifaClashes,
        "Sound and Picture exclusive (untitled): clashes between ISIS and the Khalifa family in al-Bukamal",
        "https://sound-and-picture.com/en/?p=899",
        null);

    public static DemoDocument SoundAndPictureInternetCut { get; } = new(
        DemoSeeds.SoundAndPictureInternetCut,
        "Sound and Picture exclusive (untitled): IS cuts the internet in Albu Kamal",
        "https://sound-and-picture.com/en/?p=610",
        null);

    // Illustrative address: the article's own URL is not known, so this is a search of the publisher's site for it.
    public static DemoDocument SoundAndPictureDeirEzzorBattles { get; } = new(
        DemoSeeds.SoundAndPictureDeirEzzorBattles,
        "Sound and Picture exclusive (untitled): fake battles in Deir Ezzor, and the victims are its “Ansar” fighters",
        "https://sound-and-picture.com/en/?s=Fake+battles+Deir+Ezzor",
        null);

    public static IReadOnlyList<DemoDocument> All { get; } =
    [
        SyriaDirectJanuary2015, SyriaDirectNovember2015, SoundAndPictureKhalifaClashes, SoundAndPictureInternetCut, SoundAndPictureDeirEzzorBattles,
    ];
}
