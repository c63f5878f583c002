using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DiplomacyData.Cli.Export.JsonLines;

/// <summary>
/// A JSON Lines file: one compact JSON object per line, '\n' after each, UTF-8 without BOM. Non-ASCII
/// text (Cyrillic and Persian names, typographic quotes) is written as is rather than as \u escapes,
/// which keeps the files readable; the bytes are the same on every run either way.
/// </summary>
internal sealed class JsonLinesFile : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;

    public JsonLinesFile(string path)
    {
        _stream = ExportText.Create(path);
        _json = new Utf8JsonWriter(_stream, Options);
    }

    public int Records { get; private set; }

    /// <summary>Writes one record: <paramref name="write"/> fills in the properties of its object.</summary>
    public void Write(Action<Utf8JsonWriter> write)
    {
        _json.WriteStartObject();
        write(_json);
        _json.WriteEndObject();
        _json.Flush();
        _stream.WriteByte((byte)'\n');
        // Each line is a new JSON document; the writer refuses a second root value until it is reset.
        _json.Reset();
        Records++;
    }

    public void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }
}

/// <summary>Shorthands for the value shapes the exports use.</summary>
internal static class JsonWriterExtensions
{
    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void WriteArray<T>(this Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeProperties)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeProperties(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
