namespace OutlookFollowUp.Simulator.Routing;

/// <summary>Outlook-looking, URL-safe, case-sensitive ids ("AAMkAG…").</summary>
internal static class IdFactory
{
    public static string Item() => "AAMkAG" + Convert.ToHexString(Guid.NewGuid().ToByteArray());

    public static string Folder(string wellKnownName) => "AQMkAGSimFolder" + wellKnownName;

    public static string TodoList() => "AAMkAGTodoList" + Convert.ToHexString(Guid.NewGuid().ToByteArray());

    public static string Guid36() => Guid.NewGuid().ToString();
}
