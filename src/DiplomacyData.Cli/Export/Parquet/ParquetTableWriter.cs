using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DiplomacyData.Cli.Export.Schema;
using global::Parquet;
using global::Parquet.Schema;

namespace DiplomacyData.Cli.Export.Parquet;

/// <summary>
/// Writes one table of the export specification as a Parquet file (Parquet.Net): one row group, a column per
/// <see cref="ExportColumn"/> with its logical type (STRING, INT32, DOUBLE, BOOLEAN, DATE; CAMEO codes stay text),
/// required unless the column is nullable. The file holds no timestamp and no machine-dependent value, so the
/// same data gives the same bytes.
/// </summary>
internal static class ParquetTableWriter
{
    // Snappy: the compression every Parquet reader (DuckDB, Spark, pandas/pyarrow, R arrow) supports.
    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Snappy };

    /// <summary>Writes <c>NAME.parquet</c> of <paramref name="table"/>'s <paramref name="rows"/> into <paramref name="directory"/>; returns the number of rows.</summary>
    public static int Write(IExportTable table, IEnumerable<object?[]> rows, string directory)
    {
        var list = rows.ToList();
        var fields = table.Columns.Select(Field).ToArray();
        using var stream = ExportText.Create(Path.Combine(directory, table.Name + ".parquet"));
        // The CLI is synchronous; the library's API is asynchronous only. Nothing here captures a context.
        WriteAsync(new ParquetSchema(fields), fields, table, list, stream).GetAwaiter().GetResult();
        return list.Count;
    }

    private static async System.Threading.Tasks.Task WriteAsync(ParquetSchema schema, DataField[] fields, IExportTable table, System.Collections.Generic.List<object?[]> rows, Stream stream)
    {
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, Options);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var column = i;
            var field = fields[i];
            switch (table.Columns[i].Type)
            {
                case ExportType.String:
                    await group.WriteAsync(field, rows.Select(r => (string?)r[column]).ToArray()!);
                    break;
                case ExportType.Integer:
                    await WriteStructs(group, field, table.Columns[i].Nullable, rows.Select(r => (int?)r[column]).ToArray());
                    break;
                case ExportType.Number:
                    await WriteStructs(group, field, table.Columns[i].Nullable, rows.Select(r => (double?)r[column]).ToArray());
                    break;
                case ExportType.Boolean:
                    await WriteStructs(group, field, table.Columns[i].Nullable, rows.Select(r => (bool?)r[column]).ToArray());
                    break;
                case ExportType.Date:
                    await WriteStructs(group, field, table.Columns[i].Nullable, rows.Select(r => (DateOnly?)r[column]).ToArray());
                    break;
                default:
                    throw new InvalidOperationException($"no Parquet type for {table.Columns[i].Type}");
            }
        }
    }

    private static async System.Threading.Tasks.Task WriteStructs<T>(ParquetRowGroupWriter group, DataField field, bool nullable, T?[] values)
        where T : struct
    {
        if (nullable)
        {
            await group.WriteAsync<T>(field, values.AsMemory());
        }
        else
        {
            await group.WriteAsync<T>(field, values.Select(v => v!.Value).ToArray().AsMemory());
        }
    }

    private static DataField Field(ExportColumn column)
    {
        var type = column.Type switch
        {
            ExportType.String => typeof(string),
            ExportType.Integer => typeof(int),
            ExportType.Number => typeof(double),
            ExportType.Boolean => typeof(bool),
            ExportType.Date => typeof(DateOnly),
            _ => throw new InvalidOperationException($"no Parquet type for {column.Type}"),
        };
        return new DataField(column.Name, type, isNullable: column.Nullable);
    }
}
