using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Demo;
using NodaTime;

namespace EvidenceLedger.Server.Tests.Demo;

public sealed class Folding_the_demo_data_set
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 9, 0);

    [Fact]
    public void The_real_deciders_accept_every_step_in_order()
    {
        var fold = new DemoFold();
        foreach (var (step, index) in DemoDataSet.Steps(Now).Select((step, index) => (step, index)))
        {
            var rejection = fold.Apply(step);
            Assert.True(rejection is null, $"Step {index} ({step.Command}) was rejected: {rejection}");
        }
    }

    [Fact]
    public void Claims_and_verification_steps_name_only_sources_registered_before_them()
    {
        var fold = new DemoFold();
        foreach (var step in DemoDataSet.Steps(Now))
        {
            Guid? named = step.Command switch
            {
                RecordClaim claim => claim.SourceId,
                RecordVerificationStep verification => verification.SourceId,
                _ => null,
            };
            if (named is { } sourceId)
                Assert.True(fold.Sources.ContainsKey(sourceId), $"{step.Command} names a source not yet registered.");
            fold.Apply(step);
        }
    }

    [Fact]
    public void Every_step_is_done_by_a_demo_user_whose_role_may_write()
    {
        var users = DemoDataSet.Users.ToDictionary(user => user.Name, user => user.Role);
        Assert.All(DemoDataSet.Steps(Now), step =>
        {
            Assert.Equal(users[step.Actor], step.ActorRole);
            Assert.True(LedgerPolicies.Allows(LedgerPolicies.Write, step.ActorRole), $"{step.Actor} ({step.ActorRole}) may not write.");
        });
    }
}
