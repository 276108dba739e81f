using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceAtlas.Web.Pages.Admin;

public sealed class LogoutModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new stamp ends this session everywhere, not only in this browser: a copy of the cookie stops working too.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
