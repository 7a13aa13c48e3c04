namespace OutlookFollowUp.TestUtilities;

/// <summary>
/// Locates the public fixtures in <c>../shared/fixtures</c> (beside the repository on CI, /work/shared here)
/// by walking up from the test binaries.
/// </summary>
public static class SharedFixtures
{
    private static readonly Lazy<string> Folder = new(Locate);

    /// <summary>The fixtures folder.</summary>
    public static string Directory => Folder.Value;

    /// <summary>The full path of a fixture file.</summary>
    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>The text of a fixture file.</summary>
    public static string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    /// <summary>The repository root (the folder holding OutlookFollowUp.sln).</summary>
    public static string RepositoryRoot { get; } = LocateRepositoryRoot();

    private static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("FOLLOWUP_FIXTURES");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "fixtures"), Path.Combine(dir.FullName, "..", "shared", "fixtures") })
            {
                if (File.Exists(Path.Combine(candidate, "analyze-cases.json")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find ../shared/fixtures above " + AppContext.BaseDirectory + " (set FOLLOWUP_FIXTURES).");
    }

    private static string LocateRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookFollowUp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Cannot find OutlookFollowUp.sln above " + AppContext.BaseDirectory);
    }
}
