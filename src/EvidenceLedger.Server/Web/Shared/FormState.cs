using EvidenceLedger.Evidence.Deciding;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// A submitted form that was not accepted, for showing it again: which form (its key), the values as typed, and what was
/// wrong — by field, for the form as a whole, or that someone else changed the incident first.
/// </summary>
public sealed class FormState
{
    public const string WholeForm = "";

    private readonly Dictionary<string, string> _errors;
    private readonly IReadOnlyDictionary<string, string> _values;

    private FormState(string? key, IReadOnlyDictionary<string, string> values, Dictionary<string, string> errors, ChangesSince? conflict)
    {
        Key = key;
        _values = values;
        _errors = errors;
        Conflict = conflict;
    }

    public static FormState None { get; } = new(null, new Dictionary<string, string>(), [], null);

    public string? Key { get; }

    /// <summary>Set when the incident changed after the form was rendered: the submission was refused, not applied.</summary>
    public ChangesSince? Conflict { get; }

    public string? Problem => _errors.GetValueOrDefault(WholeForm);

    public bool HasErrors => _errors.Count > 0;

    public static FormState Posted(string key, IFormCollection form) =>
        new(key, form.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal), [], null);

    /// <summary>The values of a form sent with GET (a search), read from the query.</summary>
    public static FormState Queried(string key, IEnumerable<KeyValuePair<string, string?>> values) =>
        new(key, values.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal), [], null);

    public bool IsFor(string key) => string.Equals(Key, key, StringComparison.Ordinal);

    /// <summary>What the field shows: the value typed when this form came back, otherwise <paramref name="initial"/>.</summary>
    public string? Value(string key, string field, string? initial = null) =>
        IsFor(key) ? _values.GetValueOrDefault(field) : initial;

    public string? Error(string key, string field) => IsFor(key) ? _errors.GetValueOrDefault(field) : null;

    public FormState WithError(string field, string message)
    {
        var errors = new Dictionary<string, string>(_errors, StringComparer.Ordinal) { [field] = message };
        return new(Key, _values, errors, Conflict);
    }

    /// <summary>
    /// The domain's rejection, shown at the field it names: <c>place.aliases[2]</c> at <c>place.aliases</c>, <c>count.max</c> at
    /// <c>count</c> when the form has no field of its own for it, and at the top of the form when it names none of the form's fields.
    /// </summary>
    public FormState WithRejection(Rejection rejection, IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var form = this;
        // The first problem shown at a field wins it; the others of the same field wait until that one is put right.
        foreach (var each in rejection.All.Reverse()) form = form.WithOneRejection(each, fields);
        return form;
    }

    private FormState WithOneRejection(Rejection rejection, IReadOnlyCollection<string> fields)
    {
        var field = rejection.Field;
        while (!fields.Contains(field))
        {
            var shorter = Shorten(field);
            if (shorter is null)
            {
                field = WholeForm;
                break;
            }
            field = shorter;
        }
        return WithError(field, rejection.Reason);
    }

    public FormState WithConflict(ChangesSince changes) => new(Key, _values, _errors, changes);

    private static string? Shorten(string field)
    {
        var bracket = field.LastIndexOf('[');
        var dot = field.LastIndexOf('.');
        var cut = Math.Max(bracket, dot);
        return cut > 0 ? field[..cut] : null;
    }
}
