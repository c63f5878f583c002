using System.IO;
using System.Text.RegularExpressions;

namespace DiplomacyData.Tests;

/// <summary>The README's code is the code that is compiled and run: they cannot drift apart.</summary>
public partial class ReadmeTests
{
    [Fact]
    public void Quick_start_in_the_readme_is_the_quick_start_program()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md")).ReplaceLineEndings("\n");
        var program = File.ReadAllText(Repository.PathOf("src", "DiplomacyData.QuickStart", "Program.cs")).ReplaceLineEndings("\n");

        var match = QuickStartBlock().Match(readme);

        match.Success.ShouldBeTrue("README.md needs a ```csharp block right after <!-- quick-start: src/DiplomacyData.QuickStart/Program.cs -->");
        match.Groups["code"].Value.ShouldBe(program);
    }

    [GeneratedRegex("<!-- quick-start: src/DiplomacyData.QuickStart/Program.cs -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}
