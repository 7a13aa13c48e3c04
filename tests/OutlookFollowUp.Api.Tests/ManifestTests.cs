using System.Text.Json.Nodes;
using System.Xml.Linq;
using OutlookFollowUp.TestUtilities;

namespace OutlookFollowUp.Api.Tests;

/// <summary>
/// The add-in-only XML manifest, checked offline against what Microsoft's [MS-OWEMXML] schemas require: every required
/// element and attribute, element order, resource references, and the pieces this add-in needs (pane on appointments
/// and messages, pinnable on messages only, the send guard, SSO). The XML validator of office-addin-manifest needs an
/// online service, and the published XSD copies found (stella/stella apps/outlook/schemas) predate Runtimes and
/// LaunchEvent, so a schema check with them would reject a valid Smart Alerts manifest. The unified manifest is checked
/// by office-addin-manifest itself (src/OutlookFollowUp.AddIn test/manifest.test.ts); here only what ties it to the Api.
/// </summary>
public sealed class ManifestTests
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Vo10 = "http://schemas.microsoft.com/office/mailappversionoverrides";
    private static readonly XNamespace Vo11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static XDocument Xml() => XDocument.Load(Path.Combine(SharedFixtures.RepositoryRoot, "manifest", "manifest.xml"));

    private static JsonObject Json() => JsonNode.Parse(File.ReadAllText(Path.Combine(SharedFixtures.RepositoryRoot, "manifest", "manifest.json")))!.AsObject();

    [Fact]
    public void XmlManifest_OfficeApp_HasTheRequiredElementsInSchemaOrder()
    {
        var root = Xml().Root!;
        string[] order = ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting", "VersionOverrides"];
        string[] required = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts", "FormSettings", "Permissions", "Rule"];

        Assert.Equal(App + "OfficeApp", root.Name);
        Assert.Equal("MailApp", root.Attribute(Xsi + "type")?.Value);
        AssertOrder(root, App, order);
        Assert.All(required, name => Assert.NotNull(root.Element(App + name)));
        Assert.True(Guid.TryParse(root.Element(App + "Id")!.Value, out _));
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", root.Element(App + "Version")!.Value);
        Assert.All(new[] { "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl" }, name =>
            Assert.False(string.IsNullOrWhiteSpace(root.Element(App + name)!.Attribute("DefaultValue")?.Value), name));
        Assert.Equal("Mailbox", root.Element(App + "Hosts")!.Element(App + "Host")!.Attribute("Name")?.Value);
        Assert.Contains(root.Element(App + "Permissions")!.Value, new[] { "Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox" });
        var rules = root.Element(App + "Rule")!.Elements(App + "Rule").Select(r => (r.Attribute("ItemType")?.Value, r.Attribute("FormType")?.Value)).ToList();
        Assert.Contains(("Appointment", "Read"), rules);
        Assert.Contains(("Message", "Read"), rules);
    }

    [Fact]
    public void XmlManifest_VersionOverrides_NestV1_1InV1_0InSchemaOrder()
    {
        var outer = Xml().Root!.Element(Vo10 + "VersionOverrides")!;
        Assert.Equal("VersionOverridesV1_0", outer.Attribute(Xsi + "type")?.Value);
        var inner = outer.Element(Vo11 + "VersionOverrides")!;
        Assert.Equal("VersionOverridesV1_1", inner.Attribute(Xsi + "type")?.Value);
        AssertOrder(inner, Vo11, ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo"]);

        var host = inner.Element(Vo11 + "Hosts")!.Element(Vo11 + "Host")!;
        Assert.Equal("MailHost", host.Attribute(Xsi + "type")?.Value);
        AssertOrder(host, Vo11, ["Runtimes", "DesktopFormFactor", "MobileFormFactor"]);
        var desktop = host.Element(Vo11 + "DesktopFormFactor")!;
        AssertOrder(desktop, Vo11, ["FunctionFile", "ExtensionPoint"]);
    }

    [Fact]
    public void XmlManifest_Pane_OnAppointmentsAndMessages_PinnableOnMessagesOnly()
    {
        var points = ExtensionPoints();
        var appointment = points.Single(p => Type(p) == "AppointmentAttendeeCommandSurface");
        var message = points.Single(p => Type(p) == "MessageReadCommandSurface");

        foreach (var point in new[] { appointment, message })
        {
            var group = point.Element(Vo11 + "OfficeTab")!.Element(Vo11 + "Group")!;
            Assert.False(string.IsNullOrEmpty(group.Attribute("id")?.Value));
            AssertOrder(group, Vo11, ["Label", "Control"]);
            var control = group.Element(Vo11 + "Control")!;
            Assert.Equal("Button", control.Attribute(Xsi + "type")?.Value);
            Assert.False(string.IsNullOrEmpty(control.Attribute("id")?.Value));
            AssertOrder(control, Vo11, ["Label", "Supertip", "Icon", "Action"]);
            AssertOrder(control.Element(Vo11 + "Supertip")!, Vo11, ["Title", "Description"]);
            Assert.Equal(["16", "32", "80"], control.Element(Vo11 + "Icon")!.Elements(Bt + "Image").Select(i => i.Attribute("size")!.Value));
            var action = control.Element(Vo11 + "Action")!;
            Assert.Equal("ShowTaskpane", action.Attribute(Xsi + "type")?.Value);
            AssertOrder(action, Vo11, ["SourceLocation", "SupportsPinning"]);
            Assert.Equal("https://followup.example.com/taskpane.html", Url(action.Element(Vo11 + "SourceLocation")!.Attribute("resid")!.Value));
        }

        // Pinning does not exist for appointments; a pinned message pane follows the selected item.
        Assert.Null(appointment.Descendants(Vo11 + "SupportsPinning").SingleOrDefault());
        Assert.Equal("true", message.Descendants(Vo11 + "SupportsPinning").Single().Value);
    }

    [Fact]
    public void XmlManifest_SendGuard_IsALaunchEventWithBothRuntimes()
    {
        var launch = ExtensionPoints().Single(p => Type(p) == "LaunchEvent");
        AssertOrder(launch, Vo11, ["LaunchEvents", "SourceLocation"]);
        var handler = launch.Element(Vo11 + "LaunchEvents")!.Elements(Vo11 + "LaunchEvent").Single();
        Assert.Equal("OnMessageSend", handler.Attribute("Type")?.Value);
        Assert.Equal("onMessageSendHandler", handler.Attribute("FunctionName")?.Value);
        Assert.Equal("SoftBlock", handler.Attribute("SendMode")?.Value);

        var runtime = Inner().Descendants(Vo11 + "Runtimes").Single().Element(Vo11 + "Runtime")!;
        Assert.Equal(launch.Element(Vo11 + "SourceLocation")!.Attribute("resid")!.Value, runtime.Attribute("resid")!.Value);
        Assert.Equal("https://followup.example.com/guard.html", Url(runtime.Attribute("resid")!.Value));
        var script = runtime.Element(Vo11 + "Override")!;
        Assert.Equal("javascript", script.Attribute("type")?.Value);
        Assert.Equal("https://followup.example.com/addin/guard.js", Url(script.Attribute("resid")!.Value));
    }

    [Fact]
    public void XmlManifest_EveryResourceReference_Resolves()
    {
        var inner = Inner();
        var resources = inner.Element(Vo11 + "Resources")!;
        AssertOrder(resources, Bt, ["Images", "Urls", "ShortStrings", "LongStrings"]);
        var ids = resources.Descendants().Where(e => e.Attribute("id") is not null).ToDictionary(e => e.Attribute("id")!.Value, e => e.Parent!.Name.LocalName);
        foreach (var reference in inner.Descendants().Where(e => e.Attribute("resid") is not null))
        {
            var resid = reference.Attribute("resid")!.Value;
            Assert.True(ids.ContainsKey(resid), $"{reference.Name.LocalName} refers to a missing resource {resid}");
            var expected = reference.Name.LocalName switch
            {
                "Image" => "Images",
                "SourceLocation" or "Runtime" or "Override" or "FunctionFile" => "Urls",
                "Label" or "Title" => "ShortStrings",
                "Description" => "LongStrings",
                _ => ids[resid],
            };
            Assert.Equal(expected, ids[resid]);
        }

        Assert.All(resources.Descendants().Where(e => e.Parent?.Name.LocalName is "Images" or "Urls"), e =>
            Assert.StartsWith("https://", e.Attribute("DefaultValue")!.Value, StringComparison.Ordinal));
        Assert.All(resources.Element(Bt + "ShortStrings")!.Elements(), e => Assert.InRange(e.Attribute("DefaultValue")!.Value.Length, 1, 125));
        Assert.All(resources.Element(Bt + "LongStrings")!.Elements(), e => Assert.InRange(e.Attribute("DefaultValue")!.Value.Length, 1, 250));
    }

    [Fact]
    public void XmlManifest_WebApplicationInfo_NamesTheApiOnTheAddInsDomain()
    {
        var root = Xml().Root!;
        var info = Inner().Element(Vo11 + "WebApplicationInfo")!;
        AssertOrder(info, Vo11, ["Id", "Resource", "Scopes"]);
        var id = info.Element(Vo11 + "Id")!.Value;
        var resource = new Uri(info.Element(Vo11 + "Resource")!.Value);
        Assert.True(Guid.TryParse(id, out _));
        Assert.Equal("api", resource.Scheme);
        Assert.EndsWith(id, resource.AbsoluteUri, StringComparison.Ordinal);
        var domains = root.Element(App + "AppDomains")!.Elements(App + "AppDomain").Select(d => new Uri(d.Value).Host).ToList();
        Assert.Contains(resource.Host, domains);
        Assert.NotEmpty(info.Element(Vo11 + "Scopes")!.Elements(Vo11 + "Scope"));
    }

    [Fact]
    public void JsonManifest_DeclaresPaneGuardAndSso_WithActionsThatExist()
    {
        var json = Json();
        var extension = json["extensions"]![0]!;
        var runtimes = extension["runtimes"]!.AsArray();
        var actions = runtimes.SelectMany(r => r!["actions"]!.AsArray()).Select(a => a!["id"]!.GetValue<string>()).ToHashSet();

        var pane = runtimes.Single(r => r!["id"]!.GetValue<string>() == "TaskPaneRuntime")!;
        Assert.Equal("https://followup.example.com/taskpane.html", pane["code"]!["page"]!.GetValue<string>());
        Assert.True(pane["actions"]![0]!["pinnable"]!.GetValue<bool>());
        var contexts = extension["ribbons"]![0]!["contexts"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Contains("meetingDetailsAttendee", contexts);
        Assert.Contains("mailRead", contexts);
        Assert.All(extension["ribbons"]!.AsArray().SelectMany(r => r!["tabs"]!.AsArray()).SelectMany(t => t!["groups"]!.AsArray()).SelectMany(g => g!["controls"]!.AsArray()),
            c => Assert.Contains(c!["actionId"]!.GetValue<string>(), actions));

        var guard = runtimes.Single(r => r!["id"]!.GetValue<string>() == "SendGuardRuntime")!;
        Assert.Equal("https://followup.example.com/guard.html", guard["code"]!["page"]!.GetValue<string>());
        Assert.Equal("https://followup.example.com/addin/guard.js", guard["code"]!["script"]!.GetValue<string>());
        var send = extension["autoRunEvents"]![0]!["events"]!.AsArray().Single()!;
        Assert.Equal("messageSending", send["type"]!.GetValue<string>());
        Assert.Equal("softBlock", send["options"]!["sendMode"]!.GetValue<string>());
        Assert.Contains(send["actionId"]!.GetValue<string>(), actions);

        Assert.Equal(Xml().Root!.Element(App + "Id")!.Value, json["id"]!.GetValue<string>());
        var sso = json["webApplicationInfo"]!;
        Assert.EndsWith(sso["id"]!.GetValue<string>(), sso["resource"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Manifests_PointOnlyAtFilesTheApiServes()
    {
        var xml = Xml().Descendants().Select(e => e.Attribute("DefaultValue")?.Value).OfType<string>();
        var json = Json().ToJsonString();
        var urls = xml.Concat(System.Text.RegularExpressions.Regex.Matches(json, "https://followup\\.example\\.com/[^\"]*").Select(m => m.Value))
            .Where(u => u.StartsWith("https://followup.example.com/", StringComparison.Ordinal))
            .Select(u => new Uri(u).AbsolutePath.TrimStart('/'))
            .Where(p => p.Length > 0 && !p.StartsWith("privacy", StringComparison.Ordinal) && !p.StartsWith("terms", StringComparison.Ordinal))
            .Distinct();
        var wwwroot = Path.Combine(SharedFixtures.RepositoryRoot, "src", "OutlookFollowUp.Api", "wwwroot");
        Assert.All(urls, path => Assert.True(File.Exists(Path.Combine(wwwroot, path)), $"wwwroot/{path} is missing (the Api's build makes the add-in's files)"));
    }

    private static XElement Inner() => Xml().Root!.Element(Vo10 + "VersionOverrides")!.Element(Vo11 + "VersionOverrides")!;

    private static List<XElement> ExtensionPoints() => Inner().Descendants(Vo11 + "ExtensionPoint").ToList();

    private static string? Type(XElement e) => e.Attribute(Xsi + "type")?.Value;

    private static string Url(string resid) =>
        Inner().Element(Vo11 + "Resources")!.Element(Bt + "Urls")!.Elements(Bt + "Url").Single(u => u.Attribute("id")!.Value == resid).Attribute("DefaultValue")!.Value;

    /// <summary>The element's children in this namespace appear in the given order (each at most where the schema allows).</summary>
    private static void AssertOrder(XElement parent, XNamespace ns, string[] order)
    {
        var names = parent.Elements().Where(e => e.Name.Namespace == ns).Select(e => e.Name.LocalName).ToList();
        Assert.All(names, n => Assert.Contains(n, order));
        var positions = names.Select(n => Array.IndexOf(order, n)).ToList();
        Assert.True(positions.SequenceEqual(positions.Order()), $"{parent.Name.LocalName}: children out of schema order: {string.Join(", ", names)}");
    }
}
