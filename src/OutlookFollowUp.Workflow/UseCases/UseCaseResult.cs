namespace OutlookFollowUp.Workflow.UseCases;

/// <summary>How a use case ended. Hosts map these to their own answers (HTTP statuses, exit codes); the use cases know none.</summary>
public enum UseCaseStatus
{
    /// <summary>Done; the value says what was done.</summary>
    Done,

    /// <summary>No such interview or event for this user.</summary>
    NotFound,

    /// <summary>The request itself is wrong (a field and why).</summary>
    Invalid,

    /// <summary>The request is fine but there is nothing to do for this interview (no contact, not an interview, …).</summary>
    NothingToDo,

    /// <summary>Another request is writing this interview right now: try again in a moment.</summary>
    Busy,
}

/// <summary>A use case's answer: a value, or why not.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Factories on the result type read best where use cases return them.")]
public sealed record UseCaseResult<T>(UseCaseStatus Status, T? Value = default, string? Problem = null, string? Field = null)
{
    public static UseCaseResult<T> Ok(T value) => new(UseCaseStatus.Done, value);

    public static UseCaseResult<T> NotFound(string problem) => new(UseCaseStatus.NotFound, Problem: problem);

    public static UseCaseResult<T> Invalid(string field, string problem) => new(UseCaseStatus.Invalid, Problem: problem, Field: field);

    public static UseCaseResult<T> NothingToDo(string problem) => new(UseCaseStatus.NothingToDo, Problem: problem);

    public static UseCaseResult<T> Busy() => new(UseCaseStatus.Busy, Problem: "This interview is being updated by another request right now; try again in a moment.");
}
