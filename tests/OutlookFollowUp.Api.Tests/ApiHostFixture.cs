using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OutlookFollowUp.Api.Tests;

/// <summary>One host per test class; tests use their own users so they do not see each other's data.</summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    public ApiHostFixture()
    {
    }

    /// <summary>Wraps a host a test created itself (the test disposes it).</summary>
    internal ApiHostFixture(ApiHost host) => Host = host;

    public ApiHost Host { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Host ??= new ApiHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Ids from ../shared/fixtures/sample-mailbox.json.</summary>
public static class Seed
{
    public const string LucerneEvent = "AAMkAGFD8D214964D4507A8266F92F1CFCE0736A39D2C4";
    public const string LucerneICal = "040000008200E00074C5B7101A82E008FD8D214964D4507A8266F92F1CFCE0736A39D2C4D25F5C2C";
    public const string PanelEvent = "AAMkAG2C710F3FFE7091A0DA40483784BD8CB10C5A3A60";
    public const string PanelICal = "040000008200E00074C5B7101A82E0082C710F3FFE7091A0DA40483784BD8CB10C5A3A60AE5ACF7A";
    public const string NoStatusInquiriesEvent = "AAMkAGBBDA292AC9FEE1F90717E2D13118EE7FBE5FBF46";
    public const string NodEvent = "AAMkAGF52576CF3E5572EDD3E9B254202304CE284B9B54";
    public const string NodICal = "040000008200E00074C5B7101A82E008F52576CF3E5572EDD3E9B254202304CE284B9B5492D7E147";
    public const string BlueYonderEvent = "AAMkAGD58F7B3BFBBF4A3CD4FE78705DA2D6A7BF101CF3";
    public const string TravelEvent = "AAMkAGB4AEC09B1A023D39D814B4BEA6B57B1367A1B28B";
    public const string RadioEvent = "AAMkAGE94EE5643AD13F5BD6CB8A941B4D4701DD5610BF";
}

internal static class Http
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new JsonException("empty body");
    }

    public static async Task<JsonNode> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.JsonAsync();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);
}
