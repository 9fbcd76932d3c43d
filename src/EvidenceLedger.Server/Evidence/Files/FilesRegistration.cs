using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidenceLedger.Server.Evidence.Files;

public static class FilesRegistration
{
    /// <summary>The file store, and room for a file in the forms that take one (the API's and the incident page's cite form).</summary>
    public static IServiceCollection AddFiles(this IServiceCollection services)
    {
        services.AddSingleton<FileStore>();
        services.AddOptions<FormOptions>().Configure<FileStore>((options, store) =>
            options.MultipartBodyLengthLimit = Math.Max(options.MultipartBodyLengthLimit, store.MaxBytes + FileUploadLimit.FormOverhead));
        services.AddOptions<RazorPagesOptions>().Configure<FileStore>((options, store) =>
            options.Conventions.AddPageApplicationModelConvention("/Incidents/Incident", page => page.EndpointMetadata.Add(new FileUploadLimit(store.MaxBytes))));
        return services;
    }
}
