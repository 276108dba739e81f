using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace AllianceAtlas.Web.Security;

/// <summary>Puts <see cref="FormTextBinder"/> around the binding of every text value, wherever it sits in a form.</summary>
public sealed class FormTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
            ? new FormTextBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    /// <summary>Just before the binder of simple values, so that text from a body, a header or the services is left to theirs.</summary>
    public static void Register(MvcOptions options)
    {
        var simple = options.ModelBinderProviders.Select((provider, index) => (provider, index))
            .First(entry => entry.provider is SimpleTypeModelBinderProvider).index;
        options.ModelBinderProviders.Insert(simple, new FormTextBinderProvider());
    }
}
