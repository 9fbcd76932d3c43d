namespace EvidenceLedger.Server.Tests.Evidence.Support;

/// <summary>Test material from the Deir ez-Zor reporting of November 2015 (Syria Direct, Sound and Picture, an anonymous opposition source).</summary>
public static class DeirEzZor
{
    public static object SyriaDirect => new { name = "Syria Direct", kind = "media", reliability = "B" };

    public static object SoundAndPicture => new { name = "Sound and Picture", kind = "organization", reliability = "C" };

    public static object OppositionMilitarySource => new { name = "Opposition military source in Deir e-Zor city", kind = "anonymous", reliability = "F" };

    public static object BadarAlKhalaf => new { name = "Badar Al-Khalaf", kind = "individual", reliability = "C" };

    public const string GunBattleTitle = "Four IS members killed in a gun battle in al-Bukamal";

    public const string GunBattleStatement = "On Wednesday, four IS members were killed in a gun battle";

    public const string ThirtyKilledStatement = "more than 30 IS members have been killed across Deir e-Zor over the last two weeks";

    /// <summary>The gun battle in al-Bukamal on Wednesday 18 November 2015, placed at al-Bukamal with its coordinates.</summary>
    public static object GunBattle(string? title = null) => new
    {
        title = title ?? GunBattleTitle,
        summary = "Unknown gunmen publicly attacked IS members, the day after the flag of the revolution was raised above a school.",
        occurred = "2015-11-18",
        place = new
        {
            name = "al-Bukamal",
            aliases = new[] { "البوكمال" },
            coordinates = new { latitude = 34.4536, longitude = 40.9187, precisionMetres = 2000 },
        },
    };

    /// <summary>IS losses across Deir ez-Zor over the two weeks before 25 November 2015.</summary>
    public static object TwoWeeksOfLosses => new
    {
        title = "IS losses across Deir e-Zor",
        summary = "Members killed across the province over two weeks.",
        occurred = "2015-11-11/2015-11-25",
        place = new { name = "Deir ez-Zor", aliases = new[] { "Deir e-Zor", "Dayr az-Zawr" } },
    };

    public static object MayadeenArrests => new
    {
        title = "Arrest campaign in al-Mayadeen",
        summary = "Arrests after the flag of the revolution was raised.",
        occurred = "2015-11",
        place = new { name = "al-Mayadeen" },
    };

    public static object GunBattleClaim(Guid sourceId) => new
    {
        statement = GunBattleStatement,
        sourceId,
        category = "killings",
        count = new { min = 4, max = 4, subject = "IS members killed" },
        credibility = "3",
    };

    /// <summary>The gun battle claim with the day its source gives, in plain English.</summary>
    public static object DatedGunBattleClaim(Guid sourceId) => new
    {
        statement = GunBattleStatement,
        sourceId,
        category = "killings",
        count = new { min = 4, max = 4, subject = "IS members killed" },
        credibility = "3",
        occurred = "18 Nov 2015",
    };

    public static object ThirtyKilledClaim(Guid sourceId) => new
    {
        statement = ThirtyKilledStatement,
        sourceId,
        category = "killings",
        count = "more than 30 IS members killed",
        credibility = 4,
    };

    public static object SyriaDirectCitation => new
    {
        title = "Al-Bukamal residents 'refuse to be subjugated' to the Islamic State",
        url = "https://syriadirect.org/al-bukamal-residents-refuse-to-be-subjugated-to-the-islamic-state/",
        publishedOn = "2015-11-25",
        sha256 = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
        excerpt = "On Wednesday, four IS members were killed in a gun battle.",
    };
}
