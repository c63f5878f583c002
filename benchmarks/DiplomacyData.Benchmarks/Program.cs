using BenchmarkDotNet.Running;
using DiplomacyData.Synthetic;

// `write-synthetic <directory> <engagements>` writes a synthetic dataset (for building the package at scale);
// anything else goes to BenchmarkDotNet's switcher (e.g. --filter '*Generator*').
if (args is ["write-synthetic", var directory, var count])
{
    SyntheticDataset.Write(directory, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"wrote {count} engagements to {directory}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
