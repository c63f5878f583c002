namespace DiplomacyData.Package.Tests;

/// <summary>Runs the dotnet CLI as a user would and requires it to succeed; build servers are off so nothing outlives the call.</summary>
internal static class DotNet
{
    public static string Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var outcome = ProcessRunner.Run("dotnet", workingDirectory, environment ?? new Dictionary<string, string>(), arguments);
        outcome.ExitCode.ShouldBe(0, $"dotnet {string.Join(' ', arguments)} failed:\n{outcome}");
        return outcome.Out + outcome.Error;
    }
}
