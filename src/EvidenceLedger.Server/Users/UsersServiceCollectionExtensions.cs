using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Projections;
using EvidenceLedger.Server.Users.Bootstrapping;
using EvidenceLedger.Server.Users.Registering;

namespace EvidenceLedger.Server.Users;

public static class UsersServiceCollectionExtensions
{
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddProjection(new UsersProjection(), ProjectionLifecycle.Inline);
        services.AddSingleton<UserRegistration>();
        services.AddSingleton<UserTokens>();
        services.AddHostedService<BootstrapAdmin>();
        return services;
    }
}
