using System.Text.Json;

namespace EvidenceLedger.Evidence.Serialization;

/// <summary>The snake_case name of an enum member: the one <see cref="SnakeCaseEnumConverter{TEnum}"/> stores and the API exchanges.</summary>
public static class SnakeCaseName
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
