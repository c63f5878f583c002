using System.Data.Common;
using DuckDB.NET.Data;

namespace DiplomacyData.Cli.Tests;

/// <summary>An in-memory DuckDB (DuckDB.NET, the native library from its package): what an analyst's engine reads.</summary>
internal sealed class DuckDb : IDisposable
{
    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public DuckDb()
    {
        _connection.Open();
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A whole-number result: <c>count</c> is BIGINT, <c>sum</c> of integers HUGEINT (a <see cref="System.Numerics.BigInteger"/>).</summary>
    public long Count(string sql) => Scalar(sql) switch
    {
        System.Numerics.BigInteger huge => (long)huge,
        var value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Every row of <paramref name="sql"/>, each as its column values.</summary>
    public List<object?[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>A SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public void Dispose() => _connection.Dispose();
}
