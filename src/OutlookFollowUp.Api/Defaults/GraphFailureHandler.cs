using Microsoft.AspNetCore.Diagnostics;
using OutlookFollowUp.Graph.Gateway;
using OutlookFollowUp.Graph.Resilience;
using OutlookFollowUp.Workflow.Engine;

namespace OutlookFollowUp.Api.Defaults;

/// <summary>
/// Failures that are not the service's bug become ProblemDetails a person can read: Graph unavailable after its retry
/// budget (503, with Retry-After), Graph refusing or an unreadable item (502), an id that cannot be an Outlook id
/// (400), an interview another request is writing (409). Only the gateway's own exception types are seen here.
/// </summary>
internal sealed class GraphFailureHandler(IProblemDetailsService problems, ILogger<GraphFailureHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            GraphUnavailableException => (StatusCodes.Status503ServiceUnavailable, "Outlook is busy", "Microsoft Graph is throttling or unavailable right now; nothing was lost. Try again in a minute."),
            GraphItemUnreadableException => (StatusCodes.Status502BadGateway, "Item could not be read", "Outlook returned this item in a form the service cannot read."),
            GraphRefusedException refused => (StatusCodes.Status502BadGateway, "Outlook refused the request", refused.Message),
            InvalidGraphIdException invalid => (StatusCodes.Status400BadRequest, "Invalid id", invalid.Message),
            FollowUpEngine.BusyException busy => (StatusCodes.Status409Conflict, "Busy", busy.Message),
            _ => (0, "", ""),
        };
        if (status == 0)
        {
            return false;
        }

        Log.RequestFailedAtGraph(logger, exception.GetType().Name, status);
        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = "60";
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }
}
