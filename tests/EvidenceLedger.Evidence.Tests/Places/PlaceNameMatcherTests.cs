using EvidenceLedger.Evidence.Places;

namespace EvidenceLedger.Evidence.Tests.Places;

public class PlaceNameMatcherTests
{
    private static readonly Place Bukamal = new("al-Bukamal", [], null);

    [Theory]
    [InlineData("al-Bukamal")]
    [InlineData("Albu Kamal")]
    [InlineData("AlbuKamal")]
    [InlineData("Abu Kamal")]
    [InlineData("Al-Bokamel")]
    [InlineData("al-Boukamal")]
    [InlineData("Al-Bukamel")]
    public void A_place_is_found_under_any_spelling_without_aliases_registered(string query) =>
        Assert.True(PlaceNameMatcher.Matches(Bukamal, query));

    [Theory]
    [InlineData("Deir ez-Zor")]
    [InlineData("Mayadeen")]
    [InlineData("al-Mayadeen")]
    [InlineData("")]
    public void A_place_is_not_found_under_other_names(string query) =>
        Assert.False(PlaceNameMatcher.Matches(Bukamal, query));

    [Fact]
    public void A_registered_Arabic_alias_finds_the_place()
    {
        var place = Bukamal with { Aliases = ["البوكمال"] };

        Assert.True(PlaceNameMatcher.Matches(place, "البوكمال"));
        Assert.False(PlaceNameMatcher.Matches(Bukamal, "البوكمال"));
    }

    [Fact]
    public void Search_keys_cover_the_name_and_every_alias_once()
    {
        var place = new Place("al-Bukamal", ["Albu Kamal", "Abu Kamal", "البوكمال"], null);

        Assert.Equal([PlaceNameKey.For("al-Bukamal"), PlaceNameKey.For("البوكمال")], place.SearchKeys());
    }
}
