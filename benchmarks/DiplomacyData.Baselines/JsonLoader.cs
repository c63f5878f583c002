#if BASELINE_JSON
using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyData.Baselines;

/// <summary>
/// System.Text.Json with a source-generated context, reading the embedded resource in place: the resource stream of
/// a loaded assembly is a view on its mapped image, so the span parser reads it without a copy (faster than
/// <see cref="JsonSerializer.Deserialize(Stream, Type, JsonSerializerOptions?)"/>'s buffered, resumable path).
/// </summary>
internal static class DatasetLoader
{
    public static unsafe DatasetDto Load()
    {
        using var stream = (UnmanagedMemoryStream)typeof(DatasetLoader).Assembly.GetManifestResourceStream("dataset")!;
        var utf8 = new ReadOnlySpan<byte>(stream.PositionPointer, checked((int)stream.Length));
        return JsonSerializer.Deserialize(utf8, DatasetJsonContext.Default.DatasetDto)
            ?? throw new InvalidDataException("empty dataset");
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DatasetDto))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
}
#endif
