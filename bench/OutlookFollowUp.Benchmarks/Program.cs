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

BenchmarkSwitcher.FromAssembly(typeof(ScanBenchmark).Assembly).Run(args);
return 0;
