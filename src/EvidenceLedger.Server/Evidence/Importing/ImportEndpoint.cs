using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Authentication;
using System.Text.Json.Serialization;
using JasperFx.CodeGeneration;
using Wolverine.Http;
using EvidenceLedger.Server.Evidence.Incidents.Csv;
using EvidenceLedger.Server.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace EvidenceLedger.Server.Evidence.Importing;

/// <param name="Count">How many rows were recorded (or, for a dry run, would be).</param>
/// <param name="DryRun">True when nothing was appended because the request only asked for the file to be checked.</param>
/// <param name="Kind">What the file held: incidents, sources or claims.</param>
/// <param name="Incidents">For incidents: each one recorded, in the file's order; empty for a dry run.</param>
/// <param name="Sources">For sources: each one registered, in the file's order; empty for a dry run.</param>
/// <param name="Claims">For claims: each one recorded, in the file's order; empty for a dry run.</param>
public sealed record ImportResponse(
    int Count,
    bool DryRun,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ImportedIncident>? Incidents,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ImportedSource>? Sources = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ImportedClaim>? Claims = null)
{
    public static ImportResponse Of(ImportKind kind, ImportOutcome.Imported done) =>
        new(done.Count, false, kind.Name(), done.Incidents, done.Sources, done.Claims);

    public static ImportResponse Checked(ImportKind kind, int rows) => kind switch
    {
        ImportKind.Sources => new(rows, true, kind.Name(), null, Sources: []),
        ImportKind.Claims => new(rows, true, kind.Name(), null, Claims: []),
        _ => new(rows, true, kind.Name(), []),
    };
}

public static class ImportEndpoint
{
    /// <summary>The largest CSV body an import takes.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private const long DrainLimit = 4 * MaxBytes;

    [WolverinePost("/api/imports", OperationId = "ImportIncidents")]
    [Described]
    public static async Task<IResult> Post(HttpContext http, Imports imports, string? kind, string? reason, string? dryRun)
    {
        if (!IsCsv(http.Request.ContentType))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be CSV.",
                detail: $"Send the file as {IncidentListCsv.MediaType}, not '{http.Request.ContentType}'.");
        }
        var problems = new List<(string, string)>();
        if (FreeText.Optional(reason, "reason", "A reason", TextLimits.Reason) is { } badReason) problems.Add((badReason.Field, badReason.Reason));
        if (dryRun is not (null or "true" or "false")) problems.Add(("dryRun", "dryRun is true or false."));
        var what = ImportKinds.Parse(kind);
        if (what is null) problems.Add(("kind", $"kind is one of: {ImportKinds.Names}."));
        if (problems.Count > 0) return ApiProblems.Invalid(problems);

        var (csv, tooLarge) = await ReadAsync(http);
        if (tooLarge is not null) return tooLarge;
        var outcome = await imports.ImportAsync(what!.Value, csv!, http.User.Actor(), reason, dryRun == "true", ct: http.RequestAborted);
        return outcome switch
        {
            ImportOutcome.Imported done => Results.Created(what.Value.Location(), ImportResponse.Of(what.Value, done)),
            ImportOutcome.Checked check => Results.Ok(ImportResponse.Checked(what.Value, check.Rows)),
            ImportOutcome.Refused refused => ApiProblems.Invalid([.. refused.Problems.Select(problem => (problem.Key, problem.Message))]),
            ImportOutcome.LostRace lost => ApiProblems.Conflict(lost.Conflict),
            _ => throw new InvalidOperationException($"Unknown import outcome {outcome}."),
        };
    }

    /// <summary>The import's policy and OpenAPI description: it reads CSV, not JSON, so it is no LedgerWrite.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class DescribedAttribute : ModifyHttpChainAttribute
    {
        public override void Modify(HttpChain chain, GenerationRules rules) =>
            chain.Metadata
                .RequireAuthorization(LedgerPolicies.Write)
                .WithTags("Incidents", "Sources", "Claims")
                .WithSummary("Records one incident, source or claim per CSV row (kind=incidents, the default; sources; claims), all or nothing; header row required.")
                .WithDescription("Columns: incidents title, occurred, place, aliases (separated by ';'), summary; sources name, kind, reliability, aliases; "
                    + "claims incident (id or exact title), statement, source (name or alias) or sourceId, count (the phrase as reported), credibility, category, occurred. "
                    + $"Any bad cell refuses the whole file with 400, errors keyed rows[N].column (N counts data rows from 1) or header; nothing is appended. "
                    + $"At most {CsvImportTable.MaxRows} rows and {MaxBytes} bytes. reason: recorded with every row. dryRun=true checks without appending (200).")
                .Accepts<string>(IncidentListCsv.MediaType)
                .Produces<ImportResponse>(StatusCodes.Status201Created)
                .Produces<ImportResponse>()
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status409Conflict)
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
                .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static bool IsCsv(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        media.MediaType.Equals(IncidentListCsv.MediaType, StringComparison.OrdinalIgnoreCase);

    private static async Task<(byte[]? Csv, IResult? TooLarge)> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength > DrainLimit) return (null, TooLarge(http, drained: false));
        // Above the server-wide limit for JSON bodies (a spreadsheet of incidents is larger than any one request), and a
        // little further still, only to drain a body that is too large so that the client reads the 413.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = DrainLimit;
        try
        {
            await using var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length <= MaxBytes) continue;
                await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
                return (null, TooLarge(http, drained: true));
            }
            return (buffer.ToArray(), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(http, drained: false));
        }
    }

    private static IResult TooLarge(HttpContext http, bool drained)
    {
        // Whatever of the body is still unread will not be read: the connection cannot be reused.
        if (!drained) http.Response.Headers.Connection = "close";
        return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.",
            detail: $"An import may be at most {MaxBytes} bytes and {CsvImportTable.MaxRows} rows; import it in parts.");
    }
}
