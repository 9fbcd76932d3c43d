namespace EvidenceLedger.Server.Demo.Loading;

public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services.AddSingleton<DemoLoader>();
}
