using System.Collections.Generic;
using System.Linq;
using DiplomacyData.Generators.Bind;
using DiplomacyData.Generators.Diagnostics;
using DiplomacyData.Generators.Schema;

namespace DiplomacyData.Generators.Validate.Views;

/// <summary>A bound Person, read through the links checked when the schema was read.</summary>
internal readonly struct PersonView(ObjectValue value, ModelLinks links)
{
    public LocationInfo IdLocation => value.Get(links.Person.Id)?.Location ?? value.Location;

    public PersonNameView? Name => value.Get(links.Person.Name) is ObjectValue name ? new PersonNameView(name, links.PersonName) : null;

    public IEnumerable<ScalarValue> Aliases => value.Get(links.Person.Aliases) is ListValue aliases ? aliases.Items.OfType<ScalarValue>() : Enumerable.Empty<ScalarValue>();

    public IEnumerable<RoleView> Roles
    {
        get
        {
            var roleLinks = links.Role;
            return value.Records(links.Person.Roles).Select(role => new RoleView(role, roleLinks));
        }
    }
}

internal readonly struct PersonNameView(ObjectValue value, PersonNameLinks links)
{
    public LocationInfo Location => value.Location;

    public string? Given => (value.Get(links.Given) as ScalarValue)?.Text;

    public string? Family => (value.Get(links.Family) as ScalarValue)?.Text;

    public ScalarValue? Native => value.Get(links.Native) as ScalarValue;
}

internal readonly struct RoleView(ObjectValue value, RoleLinks links)
{
    public LocationInfo Location => value.Location;

    public string? Title => (value.Get(links.Title) as ScalarValue)?.Text;

    public string? OrganizationId => (value.Get(links.Organization) as ReferenceValue)?.Target.Id;

    public DateValue? From => value.Get(links.From) as DateValue;

    public DateValue? To => value.Get(links.To) as DateValue;

    public bool Acting => value.Get(links.Acting) is BooleanValue { Value: true };

    /// <summary>Whether the role was in force on some day from <paramref name="start"/> to <paramref name="end"/>; an open end is unbounded.</summary>
    public bool Overlaps(IsoDay start, IsoDay end) =>
        (From is not { } from || from.Day <= end) && (To is not { } to || to.Day >= start);
}
