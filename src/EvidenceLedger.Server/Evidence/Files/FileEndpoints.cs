using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Problems;
using Microsoft.Net.Http.Headers;

namespace EvidenceLedger.Server.Evidence.Files;

public static class FileEndpoints
{
    public const string Field = "file";

    public static string Location(string sha256) => $"/api/files/{sha256}";

    /// <summary>POST /api/files (multipart/form-data, one field <c>file</c>) and GET /api/files/{sha256}.</summary>
    public static IEndpointRouteBuilder MapFiles(this IEndpointRouteBuilder app)
    {
        var store = app.ServiceProvider.GetRequiredService<FileStore>();
        app.MapPost("/api/files", async (HttpContext http, CancellationToken ct) =>
        {
            var (file, problem) = await UploadedForm.ReadAsync(http, Field, store, ct);
            if (problem is not null) return problem;
            return Results.Created(Location(file!.Sha256), file);
        })
        .RequireAuthorization(LedgerPolicies.Write)
        .WithMetadata(new FileUploadLimit(store.MaxBytes))
        .WithName("UploadFile")
        .WithTags("Files")
        .WithSummary("Keeps a file (PDF, image, audio, video, text) sent as multipart/form-data field 'file', once per content, named by its SHA-256.")
        .Produces<EvidenceLedger.Evidence.Claims.Citing.UploadedFile>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        app.MapGet("/api/files/{sha256}", async (string sha256, HttpContext http, CancellationToken ct) =>
        {
            if (await store.FindAsync(sha256, ct) is not { } file)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such file.", detail: $"No file with SHA-256 '{sha256}' was uploaded.");
            Downloads.Protect(http.Response);
            return Results.File(store.Open(file), file.MediaType, file.FileName, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
        })
        .RequireAuthorization(LedgerPolicies.Read)
        .WithName("DownloadFile")
        .WithTags("Files")
        .WithSummary("The bytes of an uploaded file, with its media type, as an attachment named as it was uploaded.")
        .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
