#if BASELINE_YAML
using System;
using System.Globalization;
using System.IO;
using System.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Converters;
using YamlDotNet.Serialization.NamingConventions;

namespace DiplomacyData.Baselines;

/// <summary>YamlDotNet's (reflection-based) deserialiser reading the embedded resource through a stream reader.</summary>
internal static class DatasetLoader
{
    public static DatasetDto Load()
    {
        using var stream = typeof(DatasetLoader).Assembly.GetManifestResourceStream("dataset")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithTypeConverter(new DateOnlyConverter(CultureInfo.InvariantCulture, false, "yyyy-MM-dd"))
            .Build();
        return deserializer.Deserialize<DatasetDto>(reader) ?? throw new InvalidDataException("empty dataset");
    }
}
#endif
