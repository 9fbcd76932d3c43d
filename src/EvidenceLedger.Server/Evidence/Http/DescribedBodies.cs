using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// Describes the request body of an endpoint that reads its own body (the writes read theirs with <see cref="JsonBody"/>,
/// to name every fault by its JSON path) from the <c>Accepts</c> metadata it declares: ASP.NET Core's description of a
/// Wolverine endpoint takes the body only from a parameter, which these endpoints do not have.
/// </summary>
public sealed class DescribedBodies : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (operation.RequestBody is not null) return;
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAcceptsMetadata>().LastOrDefault() is not { RequestType: { } type } accepts) return;

        var content = new Dictionary<string, OpenApiMediaType>();
        foreach (var mediaType in accepts.ContentTypes)
            content[mediaType] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken) };
        operation.RequestBody = new OpenApiRequestBody { Required = !accepts.IsOptional, Content = content };
    }
}
