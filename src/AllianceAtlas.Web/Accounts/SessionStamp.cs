using System.Security.Claims;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllianceAtlas.Web.Accounts;

/// <summary>
/// Checks, on every request that carries an editor's cookie, that the security stamp sealed in the cookie is still the
/// account's. Signing out changes the stamp (so does a new password), so a copy of the cookie taken before opens
/// nothing afterwards, and a deleted account's cookie opens nothing at once. It reads one column of one row; Identity's
/// own validator would rebuild the editor's claims and reissue the cookie each time it checked.
/// </summary>
public static class SessionStamp
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is not null && stamp is not null)
        {
            var current = await services.GetRequiredService<AtlasDbContext>().Users.AsNoTracking()
                .Where(user => user.Id == userId).Select(user => user.SecurityStamp)
                .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current == stamp)
            {
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
