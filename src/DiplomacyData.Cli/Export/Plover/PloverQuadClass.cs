namespace DiplomacyData.Cli.Export.Plover;

/// <summary>
/// PLOVER's quad categories (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
/// conflict) from the PLOVER manual's table. REQUEST, which replaced the manual's DEMAND, is placed with
/// DEMAND in verbal conflict.
/// </summary>
internal static class PloverQuadClass
{
    public static int Of(PloverEvent plover) => plover switch
    {
        PloverEvent.Agree or PloverEvent.Consult or PloverEvent.Support or PloverEvent.Concede => 1,
        PloverEvent.Cooperate or PloverEvent.Aid or PloverEvent.Retreat => 2,
        PloverEvent.Request or PloverEvent.Accuse or PloverEvent.Reject or PloverEvent.Threaten or PloverEvent.Sanction => 3,
        _ => 4,
    };
}
