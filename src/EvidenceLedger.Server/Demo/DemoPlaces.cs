using EvidenceLedger.Evidence.Places;

namespace EvidenceLedger.Server.Demo;

/// <summary>
/// The places of the demo's incidents, with the Latin spellings the reports use. The Arabic names are added to each
/// incident afterwards, as place aliases, the way a documenter completes a place after the intake.
/// </summary>
public static class DemoPlaces
{
    public const string AlBukamalInArabic = "البوكمال";
    public const string DeirEzZorInArabic = "دير الزور";
    public const string DeirEzZorProvinceInArabic = "محافظة دير الزور";

    public static Place AlBukamal { get; } = new(
        "al-Bukamal",
        ["Albu Kamal", "Abu Kamal", "Al-Bokamel", "al-Boukamal", "Al-Bukamel", "AlbuKamal"],
        new Coordinates(34.4523, 40.9186, 2000));

    public static Place DeirEzZor { get; } = new(
        "Deir ez-Zor",
        ["Deir Ezzor", "Deir e-Zor", "Dier Ezzor", "Deir Ezoor", "DeirEzzor"],
        new Coordinates(35.3359, 40.1408, 6000));

    // Province-wide events have no one spot worth pinning, so no coordinates.
    public static Place DeirEzZorProvince { get; } = new(
        "Deir ez-Zor province",
        ["Deir e-Zor province", "Deir Ezzor province"]);
}
