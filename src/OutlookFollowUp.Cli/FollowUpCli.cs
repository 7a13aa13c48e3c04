using System.CommandLine;
using OutlookFollowUp.Cli.Analyze;
using OutlookFollowUp.Cli.Scan;

namespace OutlookFollowUp.Cli;

/// <summary>The <c>followup</c> command line: parses, runs one command, maps failures to exit codes.</summary>
internal static class FollowUpCli
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("OutlookFollowUp: interview follow-ups for Outlook (thank-you drafts and one status check).")
        {
            AnalyzeCommand.Create(console),
            ScanCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            console.Error.WriteLine($"followup: {parsed.Errors[0].Message}");
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine($"followup: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug, not bad input: one line, never a stack trace (set FOLLOWUP_DEBUG=1 to see it).
            console.Error.WriteLine(Environment.GetEnvironmentVariable("FOLLOWUP_DEBUG") == "1"
                ? $"followup: internal error: {ex}"
                : $"followup: internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.GraphFailed;
        }
    }
}
