using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace DiplomacyData.Benchmarks.Consumer;

/// <summary>What the objects reachable from a catalogue's lists take on the heap.</summary>
/// <param name="Objects">Distinct objects reached.</param>
/// <param name="Bytes">Their estimated heap size, 64-bit CoreCLR layout.</param>
/// <param name="Strings">Distinct strings among them.</param>
/// <param name="StringBytes">The strings' share of <paramref name="Bytes"/>.</param>
public sealed record RecordSizes(long Objects, long Bytes, long Strings, long StringBytes);

/// <summary>
/// Estimates the heap the records need by walking every object reachable from the catalogue's lists (records, their
/// arrays and strings, the lists themselves), each counted once, with the 64-bit CoreCLR layout: 16 bytes of header
/// and method table, fields rounded up to 8, at least 24 bytes; a string 22 + 2 per char; an array 24 + its elements.
/// Objects shared with the runtime (types, the URI parsers) are not counted.
/// </summary>
public static class RecordSizeEstimator
{
    private static readonly MethodInfo s_sizeOf = typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!;
    private static readonly Dictionary<Type, int> s_valueSizes = [];
    private static readonly Dictionary<Type, (int Size, FieldInfo[] References, FieldInfo[] Structs)> s_layouts = [];

    public static RecordSizes Estimate(IEnumerable<object> roots)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>(roots);
        long objects = 0, bytes = 0, strings = 0, stringBytes = 0;
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            if (!seen.Add(item) || IsShared(item))
            {
                continue;
            }

            objects++;
            switch (item)
            {
                case string text:
                    var size = Math.Max(24, Align(22 + (2L * text.Length)));
                    strings++;
                    stringBytes += size;
                    bytes += size;
                    break;
                case Array array:
                    var element = array.GetType().GetElementType()!;
                    bytes += 24 + Align((long)array.Length * (element.IsValueType ? ValueSize(element) : IntPtr.Size));
                    if (!element.IsValueType)
                    {
                        foreach (var child in array)
                        {
                            Push(pending, child);
                        }
                    }

                    break;
                default:
                    var layout = Layout(item.GetType());
                    bytes += layout.Size;
                    PushFields(pending, item, layout);
                    break;
            }
        }

        return new RecordSizes(objects, bytes, strings, stringBytes);
    }

    private static void PushFields(Stack<object> pending, object item, (int Size, FieldInfo[] References, FieldInfo[] Structs) layout)
    {
        foreach (var field in layout.References)
        {
            Push(pending, field.GetValue(item));
        }

        foreach (var field in layout.Structs)
        {
            if (field.GetValue(item) is { } boxed)
            {
                PushFields(pending, boxed, Layout(field.FieldType));
            }
        }
    }

    private static void Push(Stack<object> pending, object? child)
    {
        if (child is not null)
        {
            pending.Push(child);
        }
    }

    private static bool IsShared(object item) => item is MemberInfo or UriParser or Assembly;

    private static long Align(long size) => (size + 7) & ~7L;

    private static int ValueSize(Type type)
    {
        if (!s_valueSizes.TryGetValue(type, out var size))
        {
            size = (int)s_sizeOf.MakeGenericMethod(type).Invoke(null, null)!;
            s_valueSizes[type] = size;
        }

        return size;
    }

    private static (int Size, FieldInfo[] References, FieldInfo[] Structs) Layout(Type type)
    {
        if (!s_layouts.TryGetValue(type, out var layout))
        {
            var fields = new List<FieldInfo>();
            for (var t = type; t is not null; t = t.BaseType)
            {
                fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
            }

            var size = fields.Sum(f => (long)(f.FieldType.IsValueType ? ValueSize(f.FieldType) : IntPtr.Size));
            var structs = fields.Where(f => f.FieldType.IsValueType && !f.FieldType.IsPrimitive && !f.FieldType.IsEnum && HasReferences(f.FieldType)).ToArray();
            layout = (type.IsValueType ? 0 : (int)Math.Max(24, 16 + Align(size)), fields.Where(f => !f.FieldType.IsValueType).ToArray(), structs);
            s_layouts[type] = layout;
        }

        return layout;
    }

    private static bool HasReferences(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Any(f => !f.FieldType.IsValueType || (!f.FieldType.IsPrimitive && !f.FieldType.IsEnum && f.FieldType != type && HasReferences(f.FieldType)));
}
