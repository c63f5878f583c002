namespace DiplomacyData.Generators.Tests;

/// <summary>
/// DD0206 compares names with the same key as <c>Catalog.FindPerson</c> (issue 9, item 9): spellings that differ
/// only by an apostrophe-like mark or an Arabic/Persian letter variant are one name, so two people cannot hold them.
/// </summary>
public class AmbiguousNameTests
{
    private const string LavrovAliases = "aliases: [Sergei Lavrov]";
    private const string AraghchiName = "    name: {given: Abbas, family: Araghchi}\n";

    private static MiniDataset Dataset(string lavrovAlias, string araghchiAlias) => new(MiniDataset.Yaml
        .Replace(LavrovAliases, $"aliases: [Sergei Lavrov, \"{lavrovAlias}\"]", StringComparison.Ordinal)
        .Replace(AraghchiName, AraghchiName + $"    aliases: [\"{araghchiAlias}\"]\n", StringComparison.Ordinal));

    [Theory]
    [InlineData("Ja'fari", "Ja\u02BCfari")]    // apostrophe, modifier letter apostrophe
    [InlineData("Ja'fari", "Ja\u02BFfari")]    // ʿayn as a left half ring
    [InlineData("Ja\u2019fari", "Ja\u02BEfari")] // right quotation mark, right half ring
    [InlineData("Ja`fari", "Ja\u02BBfari")]
    [InlineData("Ja'fari", "Jafari")]
    [InlineData("\u062C\u0639\u0641\u0631\u06CC", "\u062C\u0639\u0641\u0631\u064A")]               // جعفری / جعفري: Farsi and Arabic yeh
    [InlineData("\u0631\u0626\u06CC\u0633\u06CC", "\u0631\u064A\u064A\u0633\u064A")]               // رئیسی / رييسي: hamza seat, yeh
    [InlineData("\u06A9\u0627\u0638\u0645\u06CC", "\u0643\u0627\u0638\u0645\u0649")]               // کاظمی / كاظمى: keheh, alef maksura
    public void Two_spellings_of_one_name_are_one_name(string first, string second)
    {
        var dataset = Dataset("Mohammad " + first, "Mohammad " + second);

        var run = dataset.Run();

        var diagnostic = run.ShouldReportAt("DD0206", MiniDataset.DataPath, dataset.Text(MiniDataset.DataPath), "\"Mohammad " + first);
        // People are checked in id order, so sergey-lavrov's alias is the one reported.
        diagnostic.GetMessage().ShouldContain("'abbas-araghchi'");
        run.CompilationErrors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Ja'fari", "Jaffari")]
    [InlineData("Ja'fari", "Jafar")]
    [InlineData("\u0639\u0644\u06CC", "\u0627\u0644\u06CC")] // علی / الی: ʿayn is a letter in Arabic script
    public void Different_names_are_not_ambiguous(string first, string second)
    {
        var run = Dataset("Mohammad " + first, "Mohammad " + second).Run();

        run.GeneratorDiagnostics.Where(d => d.Id == "DD0206").ShouldBeEmpty();
        run.Errors.ShouldBeEmpty();
    }
}
