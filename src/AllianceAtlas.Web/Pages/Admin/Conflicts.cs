using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AllianceAtlas.Web.Pages.Admin;

/// <summary>What an editor is told when someone else saved the same entry first.</summary>
public static class Conflicts
{
    public static void Explain(ModelStateDictionary state, string what)
    {
        state.AddModelError(string.Empty,
            $"Someone else saved this {what} while you were editing. Their version and yours are shown side by side below; " +
            "nothing of yours is lost. Bring in what you need from theirs, then save again to replace it.");

        // The form now carries the saved version, so saving again is a deliberate choice to replace it.
        state.Remove("Form.Version");
    }
}
