using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// What the ledger's pages share: the "as of" instant a page is shown at (History policy only), and the state of a
/// form that came back refused.
/// </summary>
public abstract class LedgerPageModel : PageModel, IHasFormState
{
    public FormState Form { get; protected set; } = FormState.None;

    /// <summary>The instant the page shows the ledger as of; null for the present.</summary>
    public Instant? AsOf { get; private set; }

    public string? AsOfError { get; private set; }

    public bool IsAsOfView => AsOf is not null;

    public ReadLimit Limit => AsOf is { } at ? ReadLimit.AsOf(at) : ReadLimit.None;

    /// <summary>Write forms are offered only to roles that may write, and never on a page showing the past.</summary>
    public bool OffersWrites => !IsAsOfView && User.May(LedgerPolicies.Write);

    public bool OffersAsOf => User.May(LedgerPolicies.History);

    /// <summary>Makes the page's form state reachable from partial views, whose own model is something else.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) => HttpContext.Items[typeof(IHasFormState)] = this;

    /// <summary>Reads the page's <c>asOf</c>; a refusal when the role may not look into the past, otherwise null.</summary>
    protected IActionResult? ReadAsOf(string? asOf)
    {
        if (string.IsNullOrWhiteSpace(asOf))
            return null;
        if (!User.May(LedgerPolicies.History))
            return Refuse(LedgerPolicies.History);
        AsOf = AsOfInput.Parse(asOf, out var error);
        if (error is not null)
        {
            AsOfError = $"'{asOf}' {error}; the page shows the present instead.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return null;
    }

    protected ViewResult Refuse(string policy) => Refusals.For(policy, ModelState);

    /// <summary>The page again, with the refused form's values and errors, under the status that says why.</summary>
    protected PageResult ShowAgain(FormState form, int statusCode)
    {
        Form = form;
        Response.StatusCode = statusCode;
        return Page();
    }
}
