using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pharmacy.Modules.Prescriptions.Features.GetPatients;
using Pharmacy.Shared.Web.Paging;

namespace Pharmacy.Modules.Prescriptions.Areas.Prescriptions.Pages;

/// <summary>The patient records, searched by name and date of birth. Protected health information: pharmacy staff only.</summary>
[Authorize(Policy = PatientAccess.Read)]
public sealed class PatientsModel(ISender sender) : ListPageModel<PatientSummary>
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? DateOfBirth { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await sender.Send(new GetPatients(Search, DateOfBirth, PageNumber), cancellationToken);
}
