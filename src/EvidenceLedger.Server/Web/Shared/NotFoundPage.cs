using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>A 404 that says what is missing, and — for a page shown as of a past instant — that it did not exist yet then.</summary>
public sealed record Missing(string Title, string Message, AsOfBanner? Banner);

public static class NotFoundPage
{
    public static ViewResult For(Missing missing, ModelStateDictionary modelState) => new()
    {
        ViewName = "/Web/Shared/NotFound.cshtml",
        StatusCode = StatusCodes.Status404NotFound,
        ViewData = new ViewDataDictionary<Missing>(new EmptyModelMetadataProvider(), modelState) { Model = missing },
    };
}
