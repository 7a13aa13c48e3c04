using Microsoft.Extensions.Options;
using OutlookFollowUp.Graph.Client;

namespace OutlookFollowUp.Api.Mailbox;

/// <summary>Validates the <c>Graph</c> section at start, naming the bad value.</summary>
[OptionsValidator]
public sealed partial class GraphOptionsValidator : IValidateOptions<GraphOptions>;
