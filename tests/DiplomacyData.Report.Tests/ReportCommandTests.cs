using DiplomacyData.Cli;
using DiplomacyData.Cli.Report.Html;

namespace DiplomacyData.Report.Tests;

/// <summary><c>diplomacy report</c> on the command line: what it writes and says, and its errors.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "diplomacy-report-command-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Writes_the_site_and_says_where()
    {
        var (exit, output, error) = Run("report", "--output", _folder);
        exit.ShouldBe(ExitCodes.Success, error);
        var files = Directory.GetFiles(_folder, "*", SearchOption.AllDirectories);
        output.ShouldContain($"Wrote {files.Length} files to {_folder}");
        output.ShouldContain(Path.Combine(_folder, SitePaths.Overview));
        Directory.GetFiles(Path.Combine(_folder, "engagements")).Length.ShouldBe(Catalog.Engagements.Count);
        Directory.GetFiles(Path.Combine(_folder, "people")).Length.ShouldBe(Catalog.People.Count);
    }

    [Fact]
    public void An_output_that_is_a_file_is_an_output_error()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "taken");
        File.WriteAllText(file, "x");
        var (exit, _, error) = Run("report", "-o", file);
        exit.ShouldBe(ExitCodes.OutputError);
        error.ShouldContain($"error: --output '{file}' is a file, not a folder.");
    }

    [Fact]
    public void An_output_under_a_file_is_an_output_error()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "blocker"), "x");
        var (exit, _, error) = Run("report", "-o", Path.Combine(_folder, "blocker", "site"));
        exit.ShouldBe(ExitCodes.OutputError);
        error.ShouldContain("error: could not write the report to");
    }

    [Fact]
    public void The_output_is_required()
    {
        var (exit, _, error) = Run("report");
        exit.ShouldBe(ExitCodes.UsageError);
        error.ShouldContain("--output");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
