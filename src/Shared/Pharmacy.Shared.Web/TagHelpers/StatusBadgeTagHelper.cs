using Microsoft.AspNetCore.Razor.TagHelpers;
using Pharmacy.Shared.Kernel;

namespace Pharmacy.Shared.Web.TagHelpers;

/// <summary>
/// &lt;status-badge status="Active" /&gt;: the same colour for the same meaning on every page
/// (green done or good, blue in progress, amber waiting on someone, red stopped), and the words every page uses for a
/// state with no display text of its own (<see cref="EnumText.Words"/>).
/// </summary>
[HtmlTargetElement("status-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusBadgeTagHelper : TagHelper
{
    private static readonly Dictionary<string, string> Tones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Active"] = "good", ["Verified"] = "good", ["Released"] = "good", ["Dispensed"] = "good", ["Shipped"] = "good",
        ["Approved"] = "good", ["Paid"] = "good", ["Delivered"] = "good", ["Checked"] = "good", ["Closed"] = "good",
        ["Prospect"] = "neutral", ["Draft"] = "neutral", ["Retired"] = "neutral", ["Inactive"] = "neutral", ["Depleted"] = "neutral",
        ["Onboarding"] = "progress", ["Received"] = "progress", ["Planned"] = "progress", ["InProgress"] = "progress",
        ["InProduction"] = "progress", ["Compounded"] = "progress", ["ReadyToDispense"] = "progress", ["Waiting"] = "progress",
        ["NeedsClarification"] = "attention", ["OnHold"] = "attention", ["Quarantined"] = "attention", ["Retrying"] = "attention",
        ["Locked"] = "attention", ["Open"] = "attention", ["PartiallyPaid"] = "progress",
        ["Suspended"] = "stopped", ["Rejected"] = "stopped", ["Cancelled"] = "stopped", ["Expired"] = "stopped",
        ["Recalled"] = "stopped", ["DeadLetter"] = "stopped", ["Revoked"] = "stopped", ["Disabled"] = "stopped",
    };

    public string Status { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        var tone = Tones.GetValueOrDefault(Status, "neutral");
        output.Attributes.SetAttribute("class", $"badge badge-{tone}");
        output.Content.SetContent(EnumText.Words(Status));
    }
}
