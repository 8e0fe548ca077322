using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.EndToEnd.Tests;

/// <summary>A page whose record was changed by someone else meanwhile tells the person so on the form, never with a JSON 409.</summary>
public sealed class ConcurrentChangeOnAPageTests
{
    [Fact]
    public async Task A_change_that_lost_to_someone_elses_is_a_message_on_the_form()
    {
        var form = new ModelStateDictionary();

        var done = await form.TryAsync(() => throw new DbUpdateConcurrencyException("The row was changed."));

        Assert.False(done);
        var message = Assert.Single(form[string.Empty]!.Errors).ErrorMessage;
        Assert.Equal(ModelStateExtensions.ConcurrentChangeMessage, message);
        Assert.Contains("current state", message, StringComparison.Ordinal);
    }
}
