using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DiplomacyData.QueryBenchmarks.LookupBenchmarks).Assembly).Run(args);
