using System.CommandLine;
using OutlookFollowUp.Cli.Analyze;

namespace OutlookFollowUp.Cli;

/// <summary>The <c>followup</c> command line: parses, runs one command, maps failures to exit codes.</summary>
internal static class FollowUpCli
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("OutlookFollowUp: interview follow-ups for Outlook (thank-you drafts and one status check).")
        {
            AnalyzeCommand.Create(console),
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
    }
}
