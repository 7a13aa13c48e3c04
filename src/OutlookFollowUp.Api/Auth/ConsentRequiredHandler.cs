using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;

namespace OutlookFollowUp.Api.Auth;

/// <summary>
/// When on-behalf-of needs the user (consent missing, MFA, a revoked session), the API answers 403 with the
/// WWW-Authenticate challenge the task pane needs to ask again, as ProblemDetails, instead of a 500.
/// </summary>
internal sealed class ConsentRequiredHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var uiRequired = exception as MsalUiRequiredException
            ?? (exception as MicrosoftIdentityWebChallengeUserException)?.MsalUiRequiredException
            ?? exception.InnerException as MsalUiRequiredException;
        if (uiRequired is null)
        {
            return false;
        }

        // Token acquisition is scoped: take it from the request's services, not the root.
        if (httpContext.RequestServices.GetService<ITokenAcquisition>() is { } tokens)
        {
            await tokens.ReplyForbiddenWithWwwAuthenticateHeaderAsync(GraphScopes.Delegated, uiRequired, httpContext.Response).ConfigureAwait(false);
        }

        httpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Consent needed",
                Detail = "The service needs your consent (or a fresh sign-in) to read your calendar and write drafts for you.",
            },
        }).ConfigureAwait(false);
    }
}
