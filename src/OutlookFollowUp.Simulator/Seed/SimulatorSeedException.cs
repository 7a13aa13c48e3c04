namespace OutlookFollowUp.Simulator;

/// <summary>The simulator seed is unreadable or invalid; the message names the part at fault.</summary>
public sealed class SimulatorSeedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SimulatorSeedException()
    {
    }

    /// <summary>Creates the exception with a message naming the problem.</summary>
    public SimulatorSeedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying error.</summary>
    public SimulatorSeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
