using DiplomacyData.Cli.Data;

namespace DiplomacyData.Cli.Tests;

/// <summary>
/// An exception no command expected (a fault of the tool) ends as an <c>error: internal error …</c> line and the
/// documented exit code 70, never as a crash of the process.
/// </summary>
public class InternalErrorTests
{
    [Fact]
    public void An_unexpected_exception_is_an_internal_error_with_its_exit_code_not_a_crash()
    {
        var data = TestDatasets.WithEngagement("talks");
        var engagement = data.Engagements[0];
        var faulty = Dataset.Of(data.DataVersion, data.ContentHash, [engagement with { Participants = new FaultyList<Participant>(() => new InvalidOperationException("a fault planted by the test")) }],
            data.People, data.Countries, data.Organizations, data.Places, data.Topics, data.Sources, data.CameoCodes);

        var result = CliRun.Over(faulty, "list", "--country", "IRN");

        result.ExitCode.ShouldBe(ExitCodes.InternalError, result.ToString());
        result.Error.ShouldStartWith("error: internal error: InvalidOperationException: a fault planted by the test");
        result.Error.ShouldContain("please report it");
    }
}
