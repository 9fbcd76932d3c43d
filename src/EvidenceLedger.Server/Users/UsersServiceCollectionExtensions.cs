using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Server.Projections;
using EvidenceLedger.Server.Users.Activity;
using EvidenceLedger.Server.Users.Bootstrapping;
using EvidenceLedger.Server.Users.Tokens;

namespace EvidenceLedger.Server.Users;

public static class UsersServiceCollectionExtensions
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddSingleton(DocumentProjection.For<UserAccount>(UsersProjection.ProjectionName, UsersProjection.DefinitionVersion, UserStreams.Prefix));
        services.AddSingleton(DocumentProjection.Async<ActorActivity>(ActivityProjection.ProjectionName, ActivityProjection.DefinitionVersion));
        services.AddSingleton(provider => TokenKey.Load(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<UserTokens>();
        services.AddSingleton<IActorIds, UserIds>();
        services.AddSingleton<FirstRunSignIn>();
        services.AddHostedService<BootstrapAdmin>();
        return services;
    }
}
