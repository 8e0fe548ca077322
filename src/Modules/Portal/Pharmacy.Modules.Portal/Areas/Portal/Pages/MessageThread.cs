using Pharmacy.Modules.Portal.Features.Messages;

namespace Pharmacy.Modules.Portal.Areas.Portal.Pages;

/// <summary>An order's conversation as one side sees it: its own messages on the right, where the reply form posts.</summary>
public sealed record MessageThread(IReadOnlyList<ConversationMessage> Messages, bool ReaderIsPharmacy, string PostTo);
