using BenchmarkDotNet.Running;
using OutlookFollowUp.Benchmarks;

// `--scan`: one scan of a large simulated mailbox, measured in plain console output (ScanBenchmark.cs).
if (args.Contains("--scan"))
{
    return await ScanBenchmark.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
