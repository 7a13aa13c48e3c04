using System.Globalization;

namespace OutlookFollowUp.Core.Text;

/// <summary>Dates and times in words for what a person reads (warnings, reasons): never raw ISO stamps.</summary>
internal static class Wording
{
    /// <summary>"Tuesday, November 17".</summary>
    public static string Date(DateOnly date) => date.ToString("dddd, MMMM d", CultureInfo.InvariantCulture);
}
