using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Sources.Deciding;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using NodaTime;

namespace EvidenceLedger.Server.Tests.Evidence.Deciding;

/// <summary>
/// Wolverine logs a message that failed by its text: the commands' texts must name the stream and the kind of command,
/// never what staff wrote, a reason, or who a protected source is.
/// </summary>
public sealed class Commands_as_logs_print_them
{
    [Fact]
    public void An_incident_command_prints_its_stream_and_kind_only()
    {
        var id = Guid.NewGuid();
        var command = new RecordIncident(id, "Shelling near the market", "More than 30 shells, said a nurse", "spring 2015",
            new Place("Abu Kamal", ["al-Bukamal"], null), Instant.FromUtc(2026, 12, 6, 9, 0));

        var printed = new DecideIncident($"incident-{id}", command, "Nour Recorder", 3, "checked with a second witness").ToString();

        Assert.Equal($"DecideIncident {{ incident-{id}: RecordIncident }}", printed);
    }

    [Fact]
    public void A_source_command_never_prints_the_identity_it_protects()
    {
        var id = Guid.NewGuid();
        var identity = new ProtectedIdentityDetails("Samir Haddad", "+963 555 0101");

        var printed = new DecideSource($"source-{id}", id, [new RegisterSource(id, "Local activist A", SourceKind.Anonymous, SourceReliability.UsuallyReliable)],
            identity, Creates: true, "Nour Recorder", null, "first contact").ToString();

        Assert.DoesNotContain("Samir", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("555", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("activist", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Samir", identity.ToString(), StringComparison.Ordinal);
    }
}
