using System.IO;
using DiplomacyData.Cli;
using DiplomacyData.Cli.Output;

namespace DiplomacyData.Cli.Tests;

/// <summary>Colour only on a terminal: redirected output, NO_COLOR and TERM=dumb give plain text.</summary>
public class ConsoleStyleTests
{
    [Theory]
    [InlineData(false, null, "xterm-256color", true)]
    [InlineData(false, "", "xterm", true)]
    [InlineData(true, null, "xterm", false)]
    [InlineData(false, "1", "xterm", false)]
    [InlineData(false, "yes", null, false)]
    [InlineData(false, null, "dumb", false)]
    public void Colour_is_chosen_from_redirection_NO_COLOR_and_TERM(bool redirected, string? noColor, string? term, bool colour)
    {
        ConsoleStyle.Choose(redirected, noColor, term).UsesColor.ShouldBe(colour);
    }

    [Fact]
    public void A_terminal_console_gets_styled_headers_and_a_cut_to_its_width()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, ConsoleStyle.Colored, ConsoleStyle.Colored, width: 60);

        CliApp.Run(["list", "--kind", "meeting"], console).ShouldBe(ExitCodes.Success);

        output.ToString().ShouldContain("\u001b[1m");
        output.ToString().ShouldContain("…");
        output.ToString().ShouldContain(ListCommandTests.Footer(Catalog.Engagements.Count(e => e.Kind == EngagementKind.Meeting), Catalog.Engagements.Count));
        CliRun.Lines(output.ToString()).Where(l => !l.Contains('\u001b')).ShouldAllBe(l => l.Length <= 60);
    }

    [Fact]
    public void Errors_on_a_terminal_are_red_and_plain_otherwise()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        CliApp.Run(["show", "nope"], new CliConsole(output, error, ConsoleStyle.Plain, ConsoleStyle.Colored)).ShouldBe(ExitCodes.NotFound);

        error.ToString().ShouldStartWith("\u001b[1;31merror:\u001b[0m ");
        CliRun.Run("show", "nope").Error.ShouldStartWith("error: no engagement");
    }
}
