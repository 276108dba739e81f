using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceAtlas.Web.Pages.Admin;

public sealed class LoginModel(SignInManager<IdentityUser> signIn, SignInThrottle throttle, DecoyPassword decoy) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!throttle.TryAttempt(HttpContext))
        {
            ModelState.AddModelError(string.Empty, "Too many sign-in attempts from your address: wait a minute, then try again.");
            Password = "";
            var page = Page();
            HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return page;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // An unknown account and a locked one are refused with the same words and the same hashing work as a wrong
        // password, so neither the answer nor its time says whether an address has an account (Identity turns a
        // locked account away before it hashes anything).
        var user = await signIn.UserManager.FindByNameAsync(Email);
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            decoy.Check(Password);
        }

        if (user is not null && (await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true)).Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
        }

        ModelState.AddModelError(string.Empty,
            "That email address and password do not match an editor's account, or the account is locked after five failed attempts: wait 15 minutes and try again.");
        Password = "";
        return Page();
    }
}
