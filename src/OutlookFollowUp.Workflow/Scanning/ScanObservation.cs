using OutlookFollowUp.Core.Analysis;
using OutlookFollowUp.Core.Model;
using OutlookFollowUp.Graph.Gateway;

namespace OutlookFollowUp.Workflow.Scanning;

/// <summary>An interview's event as the scan found it.</summary>
/// <param name="Event">The event, when it could be read.</param>
/// <param name="Analysis">Its analysis.</param>
/// <param name="InWindow">True when it came from the calendar window (false: read by id for an open follow-up).</param>
/// <param name="Deleted">True when reading it by id found nothing: the interview was deleted.</param>
/// <param name="Unreadable">True when it exists but cannot be read: skipped with a warning, retried next run.</param>
public sealed record ObservedEvent(CalendarEvent? Event, InterviewAnalysis? Analysis, bool InWindow, bool Deleted = false, bool Unreadable = false);

/// <summary>Everything the scan read from Graph before deciding: the planner's input besides the ledger.</summary>
/// <param name="Request">The run's request.</param>
/// <param name="Today">The user's local date at the run's moment.</param>
/// <param name="Events">Events by follow-up id: the window's, and those read by id for open follow-ups.</param>
/// <param name="Messages">Mail received since the oldest open follow-up's interview (empty when none waits).</param>
/// <param name="Tasks">Our tasks by list id, for lists read because something is due; null value: the list is gone.</param>
/// <param name="DraftStates">What Graph holds of the thank-you drafts a "Send your thank-you notes" task waits on, by id (null: gone).</param>
public sealed record ScanObservation(
    ScanRequest Request,
    DateOnly Today,
    IReadOnlyDictionary<string, ObservedEvent> Events,
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, TaskSnapshot>?> Tasks,
    IReadOnlyDictionary<string, MessageState?> DraftStates);
