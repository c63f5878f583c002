using DiplomacyData;

Console.WriteLine($"DiplomacyData {Catalog.Version}: {Catalog.Engagements.Count} engagements, " +
                  $"{Catalog.People.Count} people, {Catalog.Sources.Count} sources");

// Every engagement involving Sergey Lavrov since 2022, oldest first.
var talks = Catalog.Engagements
    .Where(e => e.Involves(People.SergeyLavrov) && e.Date.Year >= 2022)
    .OrderBy(e => e.Date);
foreach (var engagement in talks)
{
    Console.WriteLine($"{engagement.Date:yyyy-MM-dd}  {engagement.Kind,-20} {engagement.Title}");
}

// Names resolve whatever the transliteration, case or hyphenation.
var lavrov = Catalog.FindPerson("Sergei Lavrov");
Console.WriteLine($"FindPerson(\"Sergei Lavrov\") -> {lavrov?.Id}");

// Roles are dated: what was Ali Bagheri Kani on 16 July 2024?
var role = People.AliBagheriKani.RoleOn(new DateOnly(2024, 7, 16));
Console.WriteLine($"Ali Bagheri Kani on 2024-07-16: {role?.Title} (acting: {role?.Acting})");

// Every engagement cites its sources with verbatim evidence.
var first = Catalog.Engagements[0];
Console.WriteLine($"Earliest: {first.Date:yyyy-MM-dd} {first.Title}");
Console.WriteLine($"  \"{first.Sources[0].Evidence[0]}\" ({first.Sources[0].Source.Publisher ?? "publisher unknown"})");
