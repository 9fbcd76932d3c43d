using System.Text.RegularExpressions;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Tests.Support;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Tests.Texts;

public class FreeTextTests
{
    [Theory]
    [InlineData(@"\u200B")]
    [InlineData(@"\u2060\uFEFF")]
    [InlineData(@" \u202E\u2066\u200F ")]
    [InlineData(@"\u00AD\u034F\u3164\u2800")]
    [InlineData(@"\t\r\n\u0001\u007F\u0085")]
    [InlineData(@"\uFE0F\uDB40\uDC41")]
    public void Text_of_nothing_but_invisible_characters_counts_as_empty(string escaped) =>
        Assert.True(FreeText.IsBlank(Regex.Unescape(escaped)));

    [Theory]
    [InlineData("al-Bukamal")]
    [InlineData(@"\u200Bx")]
    [InlineData("البوكمال")]
    [InlineData("😀")]
    public void Text_with_anything_visible_does_not(string escaped) =>
        Assert.False(FreeText.IsBlank(Regex.Unescape(escaped)));

    [Fact]
    public void Text_is_kept_NFC_normalised_and_trimmed() =>
        Assert.Equal("Caf\u00e9 Deir ez-Zor", FreeText.Clean("  Cafe\u0301 Deir ez-Zor \n"));

    [Fact]
    public void Length_is_counted_in_characters_after_normalisation()
    {
        var decomposed = string.Concat(Enumerable.Repeat("e\u0301", TextLimits.Title));
        var emoji = string.Concat(Enumerable.Repeat("😀", TextLimits.Title));

        Assert.Null(FreeText.Required(decomposed, "title", "A title", TextLimits.Title));
        Assert.Null(FreeText.Required(emoji, "title", "A title", TextLimits.Title));
        Assert.NotNull(FreeText.Required(emoji + "x", "title", "A title", TextLimits.Title));
    }

    [Theory]
    [InlineData(@"a\u0000b")]
    [InlineData(@"\ud800")]
    [InlineData(@"x\udc00 ")]
    public void Text_the_ledger_cannot_store_is_refused_without_throwing(string escaped)
    {
        // Escaped here, unescaped in the test: an attribute cannot carry a lone surrogate.
        var text = Regex.Unescape(escaped);
        Assert.Equal("title", FreeText.Required(text, "title", "A title", TextLimits.Title)?.Field);
        Assert.Equal(text.Trim(), FreeText.Clean(text));
    }

    [Fact]
    public void A_title_of_invisible_characters_is_refused_like_an_empty_one() =>
        Incident.Given()
            .When(new RecordIncident(Sample.IncidentId, "\u200B\u2060\uFEFF", null, "2015-11-18", Sample.Bukamal, Sample.Now))
            .ThenInvalid("title");

    [Fact]
    public void A_title_over_its_limit_is_refused_naming_the_limit()
    {
        var rejection = Incident.Given()
            .When(new RecordIncident(Sample.IncidentId, new string('x', TextLimits.Title + 1), null, "2015-11-18", Sample.Bukamal, Sample.Now))
            .ThenInvalid("title");

        Assert.Contains("300", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_field_at_fault_is_named_at_once()
    {
        var rejection = Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentDescription(Sample.IncidentId, new string('x', TextLimits.Title + 1), new string('y', TextLimits.Summary + 1), "\u200B"))
            .ThenInvalid("title");

        Assert.Equal(["title", "summary", "reason"], rejection.All.Select(r => r.Field));
    }

    [Fact]
    public void A_place_names_every_alias_at_fault()
    {
        var rejection = Incident.Given()
            .When(new RecordIncident(Sample.IncidentId, "Strike", null, "2015-11-18", new Place("al-Bukamal", ["\u200B", "Abu Kamal", "abu kamal", new string('x', 201)]), Sample.Now))
            .ThenInvalid("place.aliases[0]");

        Assert.Equal(["place.aliases[0]", "place.aliases[2]", "place.aliases[3]"], rejection.All.Select(r => r.Field));
    }

    [Fact]
    public void Decomposed_text_is_recorded_composed() =>
        Source.Given()
            .When(new RegisterSource(Sample.SourceId, " Cafe\u0301 Radio ", SourceKind.Media, SourceReliability.FairlyReliable))
            .Then(new SourceRegistered(Sample.SourceId, "Caf\u00e9 Radio", SourceKind.Media, SourceReliability.FairlyReliable));

    [Fact]
    public void A_statement_over_its_limit_and_a_blank_count_subject_are_both_named()
    {
        var rejection = Incident.Given(Sample.IncidentRecorded)
            .When(new RecordClaim(Sample.IncidentId, Sample.ClaimId, new string('x', TextLimits.Statement + 1), Sample.SourceId, null,
                new CountRange(4, 4, "\u2060"), InformationCredibility.PossiblyTrue))
            .ThenInvalid("statement");

        Assert.Equal(["statement", "count.subject"], rejection.All.Select(r => r.Field));
    }
}
