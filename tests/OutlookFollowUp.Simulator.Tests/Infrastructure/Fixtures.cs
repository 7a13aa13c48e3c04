namespace OutlookFollowUp.Simulator.Tests.Infrastructure;

/// <summary>Finds shared/fixtures: /work/shared/fixtures here, &lt;clone&gt;/../shared/fixtures on CI.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string SampleMailboxPath => Path.Combine(Folder.Value, "sample-mailbox.json");

    public static SimulatorSeed SampleSeed() => SimulatorSeed.Load(SampleMailboxPath);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "fixtures"), Path.Combine(dir.FullName, "..", "shared", "fixtures") })
            {
                if (File.Exists(Path.Combine(candidate, "sample-mailbox.json")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException($"shared/fixtures not found above {AppContext.BaseDirectory}.");
    }
}
