using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.Users;

public sealed class IndexModel(UserManager<IdentityUser> users) : PageModel
{
    public List<(IdentityUser User, IList<string> Roles)> Accounts { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Enter the new editor's email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Choose a first password of at least 12 characters.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "The password must be at least 12 characters long.")]
    [DataType(DataType.Password)]
    [Display(Name = "First password")]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool MakeAdmin { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var user = new IdentityUser { UserName = Email, Email = Email, EmailConfirmed = true };
            var result = await users.CreateAsync(user, Password);
            if (result.Succeeded)
            {
                await users.AddToRolesAsync(user, MakeAdmin ? Roles.All : [Roles.Editor]);
                Done = $"Created an account for {Email}.";
                return Redirect("/admin/users");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(Password) : nameof(Email), error.Description);
            }
        }

        Password = "";
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken))
        {
            Accounts.Add((user, await users.GetRolesAsync(user)));
        }
    }
}
