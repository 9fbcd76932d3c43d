using System.Globalization;
using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Server.Witnessing.Serving;

/// <summary>
/// <c>POST /add-checkpoint</c> of C2SP tlog-witness: 200 with the cosignature line; 409 <c>text/x.tlog.size</c> with the
/// size this witness last cosigned when the old size is wrong; 422 for a proof that does not verify; 404 for an unknown
/// log; 403 when the log's signature is missing or bad; 400 for anything malformed.
/// </summary>
public static class AddCheckpointEndpoint
{
    public const string Route = "/add-checkpoint";
    public const string SizeContentType = "text/x.tlog.size";
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapAddCheckpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, async (HttpRequest http, WitnessService witness, ILogger<WitnessService> logger, CancellationToken ct) =>
        {
            using var body = new MemoryStream();
            await http.Body.CopyToAsync(body, ct);
            if (!AddCheckpointRequest.TryParse(body.ToArray(), out var request, out var error))
            {
                return Results.Text(error + "\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
            }

            var decision = await witness.AddCheckpointAsync(request, BodyText(body), ct);
            logger.LogInformation("add-checkpoint old {Old}: {Status} {Detail}", request.OldSize, (int)decision.Verdict, decision.Detail);
            return decision switch
            {
                { Cosignature: { } cosignature } => Results.Text(cosignature.ToLine(), "text/plain; charset=utf-8"),
                { WitnessedSize: { } size } => Results.Text(size.ToString(CultureInfo.InvariantCulture) + "\n", SizeContentType, statusCode: StatusCodes.Status409Conflict),
                _ => Results.Text(decision.Detail + "\n", "text/plain; charset=utf-8", statusCode: (int)decision.Verdict),
            };
        });
        return app;
    }

    private static string BodyText(MemoryStream body) => System.Text.Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
}
