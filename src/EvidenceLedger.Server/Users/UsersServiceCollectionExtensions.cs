using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Projections;
using EvidenceLedger.Server.Users.Bootstrapping;
using EvidenceLedger.Server.Users.Tokens;

namespace EvidenceLedger.Server.Users;

public static class UsersServiceCollectionExtensions
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddProjection(new UsersProjection(), ProjectionLifecycle.Inline);
        services.AddSingleton(provider => TokenKey.Load(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<UserTokens>();
        services.AddSingleton<IActorIds, UserIds>();
        services.AddSingleton<FirstRunSignIn>();
        services.AddHostedService<BootstrapAdmin>();
        return services;
    }
}
