using System.Buffers;

namespace OutlookFollowUp.Graph.Gateway;

/// <summary>
/// What an Outlook REST item id may be: letters, digits and '-', '_', '+', '/', '=' (base64 and its URL-safe form),
/// at most 1024 characters. Checked before an id reaches Graph, where it travels as one percent-encoded path segment;
/// anything else ('.' and '..' included, which a URL would resolve away) is refused.
/// </summary>
public static class GraphItemId
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 1024;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=");

    /// <summary>True when <paramref name="id"/> has the form of an Outlook REST id.</summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && !id.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>Returns <paramref name="id"/> when it is valid; throws otherwise.</summary>
    /// <exception cref="InvalidGraphIdException">The id is empty, too long or has a character an id cannot have.</exception>
    public static string Require(string? id, string name = "id") =>
        IsValid(id) ? id! : throw new InvalidGraphIdException(name, id);
}

/// <summary>An item id that is not an Outlook REST id (see <see cref="GraphItemId"/>): a caller's mistake, never sent to Graph.</summary>
public sealed class InvalidGraphIdException(string name, string? value)
    : ArgumentException($"{name} is not an Outlook item id (letters, digits, '-', '_', '+', '/', '=', at most {GraphItemId.MaxLength} characters).", name)
{
    /// <summary>The refused value (for logs, never echoed to users in full).</summary>
    public string? Value { get; } = value;
}
