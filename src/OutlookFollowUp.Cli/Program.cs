using OutlookFollowUp.Cli;

return FollowUpCli.Run(args, CliConsole.System);
