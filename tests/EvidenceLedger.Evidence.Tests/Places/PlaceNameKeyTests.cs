using EvidenceLedger.Evidence.Places;

namespace EvidenceLedger.Evidence.Tests.Places;

public class PlaceNameKeyTests
{
    private static readonly string[] Bukamal = ["al-Bukamal", "Albu Kamal", "AlbuKamal", "Abu Kamal", "Al-Bokamel", "al-Boukamal", "Al-Bukamel", "Al Bukamal", "Būkamāl"];
    private static readonly string[] DeirEzzor = ["Deir ez-Zor", "Deir Ezzor", "DeirEzzor", "Dier Ezzor", "Deir e-Zor", "Deir Ezoor", "Deir al-Zour", "Dayr az-Zawr", "DAYR AZ-ZŪR"];
    private static readonly string[] Mayadeen = ["Mayadeen", "al-Mayadeen", "Al Mayadin", "Almayadeen"];

    public static TheoryData<string> BukamalSpellings => new(Bukamal);

    public static TheoryData<string> DeirEzzorSpellings => new(DeirEzzor);

    public static TheoryData<string> MayadeenSpellings => new(Mayadeen);

    [Theory]
    [MemberData(nameof(BukamalSpellings))]
    public void Every_spelling_of_al_Bukamal_shares_its_key(string spelling) =>
        Assert.Equal(PlaceNameKey.For("al-Bukamal"), PlaceNameKey.For(spelling));

    [Theory]
    [MemberData(nameof(DeirEzzorSpellings))]
    public void Every_spelling_of_Deir_ez_Zor_shares_its_key(string spelling) =>
        Assert.Equal(PlaceNameKey.For("Deir ez-Zor"), PlaceNameKey.For(spelling));

    [Theory]
    [MemberData(nameof(MayadeenSpellings))]
    public void Every_spelling_of_Mayadeen_shares_its_key(string spelling) =>
        Assert.Equal(PlaceNameKey.For("Mayadeen"), PlaceNameKey.For(spelling));

    [Fact]
    public void Different_places_keep_different_keys()
    {
        var groups = new[] { Bukamal, DeirEzzor, Mayadeen }
            .Select(spellings => spellings.Select(PlaceNameKey.For).ToHashSet())
            .ToList();

        Assert.All(groups, keys => Assert.Single(keys));
        Assert.Equal(3, groups.SelectMany(keys => keys).Distinct().Count());
    }

    [Theory]
    [InlineData("al-Bukamal", "Deir ez-Zor")]
    [InlineData("al-Bukamal", "Mayadeen")]
    [InlineData("al-Bukamal", "al-Mayadeen")]
    [InlineData("Deir ez-Zor", "al-Mayadeen")]
    [InlineData("Deir ez-Zor", "Mayadeen")]
    [InlineData("Mayadeen", "Midan")]
    [InlineData("Raqqa", "Rastan")]
    [InlineData("Aleppo", "Ali")]
    [InlineData("Homs", "Hama")]
    public void Unrelated_names_do_not_match(string left, string right) =>
        Assert.False(PlaceNameKey.SameName(left, right), $"{left} ({PlaceNameKey.For(left)}) should not match {right} ({PlaceNameKey.For(right)})");

    [Theory]
    [InlineData("Raqqa", "ar-Raqqah")]
    [InlineData("Raqqa", "Arraqqa")]
    [InlineData("Hama", "Hamah")]
    [InlineData("Ma'arrat al-Nu'man", "Maarat al-Numan")]
    [InlineData("Ḥalab", "Halab")]
    public void Common_transliteration_variants_match(string left, string right) =>
        Assert.True(PlaceNameKey.SameName(left, right), $"{left} ({PlaceNameKey.For(left)}) should match {right} ({PlaceNameKey.For(right)})");

    [Fact]
    public void Arabic_script_matches_after_normalizing_vowel_marks_hamza_seats_and_spaces()
    {
        Assert.True(PlaceNameKey.SameName("البوكمال", "البوكمال"));
        Assert.True(PlaceNameKey.SameName("البوكمال", "البُوكَمال"));
        Assert.True(PlaceNameKey.SameName("البوكمال", "البو كمال"));
        Assert.True(PlaceNameKey.SameName("الميادين", "ٱلميادين"));
        Assert.False(PlaceNameKey.SameName("البوكمال", "الميادين"));
        Assert.False(PlaceNameKey.SameName("البوكمال", "al-Bukamal"));
    }

    [Fact]
    public void Names_too_short_for_a_skeleton_keep_their_vowels_so_they_do_not_match_everything()
    {
        Assert.False(PlaceNameKey.SameName("Ain", "Une"));
        Assert.True(PlaceNameKey.SameName("Ain", "AIN"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("-- ' --")]
    public void Names_without_letters_have_no_key_and_match_nothing(string? name)
    {
        Assert.Equal(string.Empty, PlaceNameKey.For(name));
        Assert.False(PlaceNameKey.SameName(name, name));
    }
}
