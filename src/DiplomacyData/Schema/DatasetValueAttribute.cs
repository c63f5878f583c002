using System;

namespace DiplomacyData.Schema;

/// <summary>
/// Marks a record or enum nested inside dataset records (a YAML mapping, or an enum's YAML spelling).
/// Enum members are written in kebab-case in YAML: <c>PhoneCall</c> is <c>phone-call</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Enum, Inherited = false)]
internal sealed class DatasetValueAttribute : Attribute
{
}
