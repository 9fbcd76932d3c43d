using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>The 403 page for an action the signed-in role may not take.</summary>
public static class Refusals
{
    public static ViewResult For(string policy, ModelStateDictionary modelState) => new()
    {
        ViewName = "/Web/Shared/Refused.cshtml",
        StatusCode = StatusCodes.Status403Forbidden,
        ViewData = new ViewDataDictionary<string>(new EmptyModelMetadataProvider(), modelState) { Model = policy },
    };
}
