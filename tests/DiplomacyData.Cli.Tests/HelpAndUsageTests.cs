using DiplomacyData.Cli;

namespace DiplomacyData.Cli.Tests;

/// <summary>Help, version, and the usage errors every command shares: .NET CLI conventions and exit code 2.</summary>
public class HelpAndUsageTests
{
    [Fact]
    public void Help_lists_every_command_with_its_description()
    {
        var result = CliRun.Expect(ExitCodes.Success, "--help");

        result.Out.ShouldContain("Usage:");
        result.Out.ShouldContain("diplomacy [command] [options]");
        foreach (var command in new[] { "list", "show <id>", "people", "person <name>", "stats", "export" })
        {
            result.Out.ShouldContain("  " + command + " ");
        }

        result.Error.ShouldBeEmpty();
    }

    /// <summary>
    /// The list of commands names each with its arguments as the command's own usage line does, so an argument that
    /// may be left out is in brackets there too (<c>diff &lt;old&gt; [&lt;new&gt;]</c>).
    /// </summary>
    [Fact]
    public void The_command_list_shows_arguments_as_each_command_usage_line_does()
    {
        var rows = CommandRows(CliRun.Expect(ExitCodes.Success, "--help").Out);

        rows.ShouldNotBeEmpty();
        rows.ShouldContain(row => row.StartsWith("diff <old> [<new>] ", StringComparison.Ordinal));
        foreach (var row in rows)
        {
            var name = row.Split(' ')[0];
            var usage = UsageOf(CliRun.Expect(ExitCodes.Success, name, "--help").Out);
            row.ShouldStartWith(usage.Substring("diplomacy ".Length) + " ", customMessage: $"usage: {usage}");
        }
    }

    /// <summary>A default is stated once, by System.CommandLine's <c>[default: …]</c>, not also in the description.</summary>
    [Fact]
    public void No_option_states_its_default_twice()
    {
        var names = CommandRows(CliRun.Expect(ExitCodes.Success, "--help").Out).Select(row => row.Split(' ')[0]).ToList();
        names.ShouldContain("diff");
        foreach (var name in names)
        {
            var help = CliRun.Expect(ExitCodes.Success, name, "--help").Out;
            foreach (var line in help.Split('\n').Where(l => l.Contains("[default: ", StringComparison.Ordinal)))
            {
                line.Substring(0, line.IndexOf("[default: ", StringComparison.Ordinal)).ShouldNotContain("default", Case.Insensitive, $"{name}: {line}");
            }
        }
    }

    /// <summary>The rows under "Commands:", each trimmed of its indentation.</summary>
    private static List<string> CommandRows(string help) => help.Split('\n')
        .SkipWhile(l => l.TrimEnd() != "Commands:").Skip(1)
        .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
        .Select(l => l.Trim())
        .ToList();

    /// <summary>The usage line of a command's help without its trailing "[command]" and "[options]".</summary>
    private static string UsageOf(string help)
    {
        var usage = help.Split('\n').SkipWhile(l => l.TrimEnd() != "Usage:").Skip(1).First().Trim();
        foreach (var tail in new[] { " [options]", " [command]" })
        {
            usage = usage.EndsWith(tail, StringComparison.Ordinal) ? usage.Substring(0, usage.Length - tail.Length) : usage;
        }

        return usage;
    }

    [Theory]
    [InlineData("list", "--person", "--country", "--topic", "--kind", "--from", "--to")]
    [InlineData("export", "--format", "--output")]
    [InlineData("stats", "--format")]
    [InlineData("show", "<id>")]
    [InlineData("person", "<name>")]
    public void Each_command_has_help_naming_its_options(string command, params string[] expected)
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            var result = CliRun.Expect(ExitCodes.Success, command, help);

            result.Out.ShouldContain($"diplomacy {command}");
            foreach (var option in expected)
            {
                result.Out.ShouldContain(option);
            }
        }
    }

    [Fact]
    public void Help_for_kind_lists_the_yaml_spellings()
    {
        var result = CliRun.Expect(ExitCodes.Success, "list", "--help");

        result.Out.ShouldContain("phone-call");
        result.Out.ShouldContain("message-conveyed");
    }

    [Fact]
    public void Version_shows_the_tool_and_the_dataset_version()
    {
        var result = CliRun.Expect(ExitCodes.Success, "--version");

        result.Out.Trim().ShouldBe($"diplomacy {CliApp.ToolVersion} (data {Catalog.DataVersion}, {Catalog.ContentHash})");
        CliApp.ToolVersion.ShouldBe(Catalog.Version, "the tool's version is the version of the data it ships");
    }

    [Fact]
    public void No_command_is_a_usage_error_on_stderr()
    {
        var result = CliRun.Expect(ExitCodes.UsageError);

        result.Out.ShouldBeEmpty();
        result.Error.ShouldStartWith("error: ");
        result.Error.ShouldContain("diplomacy --help");
    }

    [Fact]
    public void A_mistyped_command_is_a_usage_error_with_a_suggestion()
    {
        var result = CliRun.Expect(ExitCodes.UsageError, "lsit");

        result.Out.ShouldBeEmpty();
        result.Error.ShouldContain("error: Unrecognized command or argument 'lsit'");
        result.Error.ShouldContain("Did you mean 'list'?");
    }

    [Theory]
    [InlineData("list", "--colour", "red")]
    [InlineData("list", "--from", "2024/07/16")]
    [InlineData("list", "--from", "2024-02-30")]
    [InlineData("list", "--to")]
    [InlineData("list", "--kind", "call")]
    [InlineData("list", "--status", "maybe")]
    [InlineData("show")]
    [InlineData("person")]
    [InlineData("stats", "--format", "xml")]
    [InlineData("export", "--format", "jsonl")]
    [InlineData("export", "--format", "xlsx", "--output", "x")]
    public void Malformed_command_lines_exit_2_with_an_error_line_and_nothing_on_stdout(params string[] args)
    {
        var result = CliRun.Expect(ExitCodes.UsageError, args);

        result.Out.ShouldBeEmpty();
        result.Error.ShouldStartWith("error: ");
        result.Error.ShouldContain($"Run 'diplomacy {args[0]} --help' for usage.");
    }

    [Fact]
    public void A_bad_date_names_the_expected_form()
    {
        var result = CliRun.Expect(ExitCodes.UsageError, "list", "--from", "16.07.2024");

        result.Error.ShouldContain("--from '16.07.2024' is not a date in the form yyyy-MM-dd");
    }

    [Fact]
    public void A_bad_kind_lists_the_allowed_kinds()
    {
        var result = CliRun.Expect(ExitCodes.UsageError, "list", "--kind", "telephone");

        result.Error.ShouldContain("--kind 'telephone' is not one of: meeting, visit, phone-call,");
    }
}
