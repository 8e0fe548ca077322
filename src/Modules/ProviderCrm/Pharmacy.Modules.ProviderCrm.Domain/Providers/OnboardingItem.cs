using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.ProviderCrm.Domain.Providers;

/// <summary>What must be done before a provider is activated; each item is ticked by someone, at a time.</summary>
public enum OnboardingItem
{
    [DisplayText("Licence verified")]
    LicenceVerified,

    [DisplayText("DEA verified")]
    DeaVerified,

    [DisplayText("Agreement signed")]
    AgreementSigned,

    [DisplayText("W-9 on file")]
    W9OnFile,

    [DisplayText("Portal users invited")]
    PortalUsersInvited,
}

/// <summary>One ticked item of a provider's onboarding checklist: who ticked it, when, and against which document.</summary>
public sealed class OnboardingTick
{
    private OnboardingTick()
    {
    }

    internal OnboardingTick(OnboardingItem item, string tickedBy, DateTimeOffset now, Guid? documentId = null)
    {
        Item = item;
        TickedBy = tickedBy;
        TickedAt = now;
        DocumentId = documentId;
    }

    public OnboardingItem Item { get; private set; }

    public string TickedBy { get; private set; } = "";

    public DateTimeOffset TickedAt { get; private set; }

    /// <summary>The document the item was verified against (the licence copy, the signed agreement), when one was named.</summary>
    public Guid? DocumentId { get; private set; }
}
