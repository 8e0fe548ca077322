using Pharmacy.Shared.Kernel;

namespace Pharmacy.Modules.Portal.Domain.Messages;

/// <summary>Who wrote a message on an order: the clinic on the portal, or the pharmacy's staff from their inbox.</summary>
public enum MessageSide
{
    [DisplayText("The clinic")]
    Clinic,

    [DisplayText("The pharmacy")]
    Pharmacy,
}
