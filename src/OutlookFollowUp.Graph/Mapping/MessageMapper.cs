using OutlookFollowUp.Core.Model;
using GraphModels = Microsoft.Graph.Models;

namespace OutlookFollowUp.Graph.Mapping;

/// <summary>Maps a Graph message to what reply detection needs.</summary>
internal static class MessageMapper
{
    public static InboundMessage? Map(GraphModels.Message message)
    {
        if (message.Id is null || message.ReceivedDateTime is not { } received)
        {
            return null;
        }

        var from = message.From?.EmailAddress is { Address: { } address } email ? new EmailAddress(address, email.Name) : null;
        var headers = message.InternetMessageHeaders?
            .Where(h => h.Name is not null)
            .GroupBy(h => h.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Value ?? "", StringComparer.OrdinalIgnoreCase);
        return new InboundMessage(message.Id, from, received, message.Subject ?? "", message.BodyPreview ?? "", message.IsDraft == true, headers);
    }
}
