namespace EvidenceLedger.Server.Web.Shared;

/// <summary>A page whose forms can come back refused; <see cref="LedgerFieldTagHelper"/> reads the typed values and errors from it.</summary>
public interface IHasFormState
{
    FormState Form { get; }
}
