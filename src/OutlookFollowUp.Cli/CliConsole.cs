namespace OutlookFollowUp.Cli;

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliConsole System { get; } = new(Console.In, Console.Out, Console.Error);
}

/// <summary>Bad input or configuration: exit code 2 and one line on stderr.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Exit codes of the followup command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int GraphFailed = 1;
    public const int BadInput = 2;
}
