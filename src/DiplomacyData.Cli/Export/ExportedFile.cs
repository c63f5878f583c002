namespace DiplomacyData.Cli.Export;

/// <summary>A file an export wrote: its path under the output folder ('/'-separated) and how many records it holds.</summary>
internal sealed record ExportedFile(string RelativePath, int Records);
