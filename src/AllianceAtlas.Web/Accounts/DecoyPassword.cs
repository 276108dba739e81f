using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AllianceAtlas.Web.Accounts;

/// <summary>
/// A password hash that matches nothing, checked when a sign-in names no account or a locked one, so that such an
/// attempt costs the same hashing as a wrong password for a real account and its answer time tells nobody which it was.
/// It is hashed with the site's own settings, so checking it takes as long as checking an editor's password.
/// </summary>
public sealed class DecoyPassword(IOptions<PasswordHasherOptions> options)
{
    private readonly PasswordHasher<IdentityUser> _hasher = new(options);
    private readonly IdentityUser _nobody = new();
    private string? _hash;

    public void Check(string password)
    {
        _hash ??= _hasher.HashPassword(_nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        _hasher.VerifyHashedPassword(_nobody, _hash, password);
    }
}
