namespace DiplomacyData;

/// <summary>
/// The one rule for a YAML key: the camelCase of the model's constructor parameter (<c>CameoCodes</c> is
/// <c>cameoCodes</c>), linked into the dataset generator (which binds the YAML by it) and the <c>diplomacy</c>
/// tool (whose <c>draft</c> command writes YAML by it), so that both spell a key alike.
/// </summary>
internal static class CamelCase
{
    /// <summary><c>CameoCodes</c> → <c>cameoCodes</c>; a name that already starts lower-case is returned as it is.</summary>
    public static string Of(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
