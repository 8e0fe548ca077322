using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Modules.ProviderCrm.Features.GetGifts;
using Pharmacy.Modules.ProviderCrm.Features.GetGiftsAwaitingReview;
using Pharmacy.Modules.ProviderCrm.Features.ReviewGift;
using Pharmacy.Shared.Web.Forms;
using Pharmacy.Shared.Web.Paging;
using Pharmacy.Shared.Web.Problems;

namespace Pharmacy.Modules.ProviderCrm.Areas.ProviderCrm.Pages.Compliance;

/// <summary>
/// The compliance review of samples and gifts flagged under the anti-kickback rules: a pharmacist or an administrator
/// approves or rejects each, with a note, under their electronic signature.
/// </summary>
[Authorize(Policy = CrmAccess.Compliance)]
public sealed class GiftsModel(ISender sender) : ListPageModel<GiftRow>
{
    public static readonly IReadOnlyList<string> Meanings =
    [
        "Reviewed: the item is within the anti-kickback rules and the pharmacy's policy",
        "Reviewed: the item is outside the anti-kickback rules or the pharmacy's policy",
    ];

    public ReviewForm Review { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetGiftsAwaitingReview(PageNumber), cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(ReviewForm review, CancellationToken cancellationToken)
    {
        Review = review;
        var command = new ReviewGift(review.GiftId ?? Guid.Empty, review.Approve, review.Note ?? "", review.Signature.ToInput());
        if (await ModelState.TryAsync(() => sender.Send(command, cancellationToken).AsTask(), nameof(Review)))
        {
            TempData["Success"] = review.Approve ? "The entry is approved." : "The entry is rejected.";
            return RedirectToPage();
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }

    public sealed class ReviewForm
    {
        public Guid? GiftId { get; set; }

        public bool Approve { get; set; }

        public string? Note { get; set; }

        public SignatureForm Signature { get; set; } = new();
    }
}
