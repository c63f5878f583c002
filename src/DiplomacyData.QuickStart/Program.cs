using DiplomacyData;
using static System.FormattableString;

// Invariant(...) formats dates and numbers the same on every machine: "2024-07-16", whatever the calendar
// (Thai, Hijri, Persian) and digits of the current culture.
Console.WriteLine(Invariant($"DiplomacyData {Catalog.Version}: {Catalog.Engagements.Count} engagements, ") +
                  Invariant($"{Catalog.People.Count} people, {Catalog.Sources.Count} sources"));

// Every engagement involving Sergey Lavrov since 2022, oldest first.
var talks = Catalog.Engagements
    .Where(e => e.Involves(People.SergeyLavrov) && e.Date.Year >= 2022)
    .OrderBy(e => e.Date);
foreach (var engagement in talks)
{
    Console.WriteLine(Invariant($"{engagement.Date:yyyy-MM-dd}  {engagement.Kind,-20} {engagement.Title}"));
}

// Names resolve whatever the transliteration, case, hyphenation or apostrophe; a family name is enough.
var lavrov = Catalog.FindPerson("Sergei Lavrov");
Console.WriteLine($"FindPerson(\"Sergei Lavrov\") -> {lavrov?.Id}");
Console.WriteLine($"FindPerson(\"Bagheri Kani\") -> {Catalog.FindPerson("Bagheri Kani")?.Id}");

// Roles are dated: what was Ali Bagheri Kani on 16 July 2024?
var role = People.AliBagheriKani.RoleOn(new DateOnly(2024, 7, 16));
Console.WriteLine(Invariant($"Ali Bagheri Kani on 2024-07-16: {role?.Title} (acting: {role?.Acting})"));

// Every engagement cites its sources with verbatim evidence.
var first = Catalog.Engagements[0];
Console.WriteLine(Invariant($"Earliest: {first.Date:yyyy-MM-dd} {first.Title}"));
Console.WriteLine($"  \"{first.Sources[0].Evidence[0]}\" ({first.Sources[0].Source.Publisher ?? "publisher unknown"})");
