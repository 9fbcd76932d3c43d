using System.Text.Json;
using System.Text.Json.Serialization;

namespace EvidenceLedger.Evidence.Serialization;

/// <summary>
/// Stores enum members as snake_case strings and refuses numbers, so stored events never depend on member order.
/// </summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
