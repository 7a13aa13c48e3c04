using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using OutlookFollowUp.Benchmarks;

// `--scan`: one scan of a large simulated mailbox, measured in plain console output (ScanBenchmark.cs).
if (args.Contains("--scan"))
{
    return await ScanBenchmark.RunAsync(args);
}

// `--notifications`: the service's answer time to a 1,000-item change-notification POST (NotificationsBenchmark.cs).
if (args.Contains("--notifications"))
{
    return await NotificationsBenchmark.RunAsync(args);
}

// The generated benchmark project builds the whole solution graph again: on a 2-core machine that takes longer than
// BenchmarkDotNet's default two minutes.
BenchmarkSwitcher.FromAssembly(typeof(ScanBenchmark).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
return 0;
