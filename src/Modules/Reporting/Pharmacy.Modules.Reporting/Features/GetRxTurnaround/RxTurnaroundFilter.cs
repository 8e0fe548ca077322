using FluentValidation;
using Pharmacy.Modules.Reporting.ReadModels;
using Pharmacy.Shared.Infrastructure.Validation;

namespace Pharmacy.Modules.Reporting.Features.GetRxTurnaround;

/// <summary>
/// Which fills a turnaround report covers: those whose turnaround started (the prescription was received or, while
/// that is not known yet, the fill was requested) between two dates, inclusive, in UTC; and one formula.
/// </summary>
public interface IRxTurnaroundFilter
{
    DateOnly? From { get; }

    DateOnly? To { get; }

    string? Formula { get; }
}

internal static class RxTurnaroundFiltering
{
    public static IQueryable<RxTurnaroundViewRow> Matching(this IQueryable<RxTurnaroundViewRow> rows, IRxTurnaroundFilter filter)
    {
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            rows = rows.Where(row => (row.ReceivedAt ?? row.RequestedAt) >= start);
        }

        if (filter.To is { } to)
        {
            var endExclusive = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            rows = rows.Where(row => (row.ReceivedAt ?? row.RequestedAt) < endExclusive);
        }

        if (!string.IsNullOrWhiteSpace(filter.Formula))
        {
            var formula = filter.Formula.Trim();
            rows = rows.Where(row => row.FormulaCode == formula);
        }

        return rows;
    }

    /// <summary>Most recent first; fills whose start is not known yet come last.</summary>
    public static IOrderedQueryable<RxTurnaroundViewRow> MostRecentFirst(this IQueryable<RxTurnaroundViewRow> rows) =>
        rows.OrderByDescending(row => row.ReceivedAt ?? row.RequestedAt).ThenByDescending(row => row.RxNumber).ThenBy(row => row.FillId);
}

/// <summary>The checks every turnaround query makes of its filter.</summary>
internal abstract class RxTurnaroundFilterValidator<TQuery> : InputValidator<TQuery>
    where TQuery : IRxTurnaroundFilter
{
    public const int FormulaCodeLength = 40;

    protected RxTurnaroundFilterValidator()
    {
        RuleFor(query => query.To)
            .GreaterThanOrEqualTo(query => query.From)
            .When(query => query.From is not null && query.To is not null)
            .WithMessage("The end date must be on or after the start date.");
        RuleFor(query => query.Formula)
            .MaximumLength(FormulaCodeLength)
            .WithMessage($"A formula code has at most {FormulaCodeLength} characters.");
    }
}
