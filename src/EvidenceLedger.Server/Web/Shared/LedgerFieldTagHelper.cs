using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// <c>&lt;ledger-field form="…" name="…" label="…" /&gt;</c>: a labelled input, textarea or select with its hint and the
/// error the server found in it. When its form came back refused, it shows what was typed instead of <see cref="Value"/>.
/// User-entered text is marked <c>dir="auto"</c> so Arabic and other right-to-left text reads correctly.
/// </summary>
[HtmlTargetElement("ledger-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed partial class LedgerFieldTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string Form { get; set; } = "";

    public string Name { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>text, textarea, select, date, number or url.</summary>
    public string Type { get; set; } = "text";

    public string? Value { get; set; }

    public string? Hint { get; set; }

    public bool Required { get; set; }

    public string? Placeholder { get; set; }

    public string? Step { get; set; }

    /// <summary>For an input: the id of a <c>&lt;datalist&gt;</c> whose entries the browser suggests as one types (no script needed).</summary>
    public string? List { get; set; }

    public IEnumerable<FieldOption>? Options { get; set; }

    /// <summary>For a select: the words of an empty first choice, if there is one.</summary>
    public string? Blank { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = (ViewContext.HttpContext.Items[typeof(IHasFormState)] as IHasFormState)?.Form ?? FormState.None;
        var value = state.Value(Form, Name, Value);
        var error = state.Error(Form, Name);
        var id = IdFor(Form, Name);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "field" : "field has-error");

        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        if (Required)
            label.InnerHtml.AppendHtml(" <span class=\"muted small\">(required)</span>");
        output.Content.AppendHtml(label);

        var control = Control(id, value);
        var described = new List<string>();
        if (Hint is not null)
            described.Add(id + "-hint");
        if (error is not null)
        {
            described.Add(id + "-error");
            control.Attributes["aria-invalid"] = "true";
        }
        if (described.Count > 0)
            control.Attributes["aria-describedby"] = string.Join(' ', described);
        if (Required)
            control.Attributes["aria-required"] = "true";
        output.Content.AppendHtml(control);

        if (Hint is not null)
            output.Content.AppendHtml(Paragraph(id + "-hint", "hint", Hint));
        if (error is not null)
            output.Content.AppendHtml(Paragraph(id + "-error", "error", error));
    }

    public static string IdFor(string form, string name) => NotIdCharacters().Replace($"{form}-{name}", "-");

    private TagBuilder Control(string id, string? value)
    {
        TagBuilder control;
        switch (Type)
        {
            case "textarea":
                control = new TagBuilder("textarea");
                control.Attributes["dir"] = "auto";
                control.Attributes["rows"] = "3";
                control.InnerHtml.Append(value ?? "");
                break;
            case "select":
                control = new TagBuilder("select");
                if (Blank is not null)
                    control.InnerHtml.AppendHtml(Option("", Blank, string.IsNullOrEmpty(value)));
                foreach (var option in Options ?? [])
                    control.InnerHtml.AppendHtml(Option(option.Value, option.Text, string.Equals(option.Value, value, StringComparison.Ordinal)));
                break;
            default:
                control = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
                control.Attributes["type"] = Type;
                control.Attributes["value"] = value ?? "";
                if (Type is "text" or "search")
                    control.Attributes["dir"] = "auto";
                if (Step is not null)
                    control.Attributes["step"] = Step;
                if (List is not null)
                    control.Attributes["list"] = List;
                break;
        }
        control.Attributes["id"] = id;
        control.Attributes["name"] = Name;
        if (Placeholder is not null)
            control.Attributes["placeholder"] = Placeholder;
        return control;
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
            option.Attributes["selected"] = "selected";
        option.InnerHtml.Append(text);
        return option;
    }

    private static TagBuilder Paragraph(string id, string cssClass, string text)
    {
        var paragraph = new TagBuilder("p");
        paragraph.Attributes["id"] = id;
        paragraph.Attributes["class"] = cssClass;
        paragraph.InnerHtml.Append(text);
        return paragraph;
    }

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex NotIdCharacters();
}
