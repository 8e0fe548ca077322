using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Pharmacy.Modules.Prescriptions.Domain.Prescriptions;
using Pharmacy.Modules.Prescriptions.Persistence;

namespace Pharmacy.Modules.Prescriptions.Features;

/// <summary>
/// What staff type in a queue's search box, read the way they mean it, and answered from indexes only: an Rx number
/// (exact), a date of birth (1980-04-12 or 04/12/1980), a prescriber's NPI, or words: the start of the patient's last or
/// first name ("alv", "alvarez maria", "alvarez, m"), of the prescriber's name, or of a formula code. Prescribers and
/// formulas are small tables, so the words are matched there first and the prescriptions are then sought by their ids.
/// </summary>
internal static class PrescriptionSearch
{
    private const int NpiLength = 10;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "M/d/yyyy", "M-d-yyyy", "yyyy/M/d", "M.d.yyyy"];

    private static readonly char[] Separators = [' ', ',', '\t'];

    public static async Task<IQueryable<Prescription>> FilterAsync(
        IQueryable<Prescription> prescriptions, PrescriptionsDbContext db, string? search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return prescriptions;
        }

        var terms = Terms.Of(search);
        if (terms.DateOfBirth is { } dateOfBirth)
        {
            prescriptions = prescriptions.Where(p => p.Patient.DateOfBirth == dateOfBirth);
        }

        if (terms.Number is { } number)
        {
            prescriptions = prescriptions.Where(await NumberAsync(db, number, cancellationToken));
        }

        if (terms.Words.Count > 0)
        {
            prescriptions = prescriptions.Where(await WordsAsync(db, terms, cancellationToken));
        }

        return prescriptions;
    }

    /// <summary>An Rx number, or a prescriber's NPI (ten digits; the pharmacy's Rx numbers are shorter).</summary>
    private static async Task<Expression<Func<Prescription, bool>>> NumberAsync(PrescriptionsDbContext db, string digits, CancellationToken cancellationToken)
    {
        var rxNumber = long.Parse(digits, CultureInfo.InvariantCulture);
        if (digits.Length != NpiLength)
        {
            return p => p.RxNumber == rxNumber;
        }

        var prescriber = await db.Prescribers.AsNoTracking().Where(p => p.Npi == digits).Select(p => (Guid?)p.ProviderId)
            .FirstOrDefaultAsync(cancellationToken);
        return prescriber is { } id ? p => p.RxNumber == rxNumber || p.PrescriberId == id : p => p.RxNumber == rxNumber;
    }

    private static async Task<Expression<Func<Prescription, bool>>> WordsAsync(PrescriptionsDbContext db, Terms terms, CancellationToken cancellationToken)
    {
        var keys = terms.Words.Select(PatientNameKeys.Of).Where(key => key.Length > 0).ToList();
        var any = keys.Count switch
        {
            0 => p => false,
            1 => Or(LastNameStarts(keys[0]), FirstNameStarts(keys[0])),
            _ when terms.LastNameFirst => And(LastNameStarts(keys[0]), FirstNameStarts(keys[1])),
            // "Maria Alvarez", "Alvarez Maria", or a last name of several words ("de la Cruz", "O Brien").
            _ => Or(
                Or(And(FirstNameStarts(keys[0]), LastNameStarts(keys[^1])), And(LastNameStarts(keys[0]), FirstNameStarts(keys[1]))),
                LastNameStarts(string.Concat(keys))),
        };

        var prescribers = await PrescribersAsync(db, keys, terms.LastNameFirst, cancellationToken);
        if (prescribers.Count > 0)
        {
            any = Or(any, p => prescribers.Contains(p.PrescriberId));
        }

        if (terms.Words.Count == 1)
        {
            var code = terms.Words[0].ToUpperInvariant();
            var formulas = await db.Formulas.AsNoTracking().Where(f => f.Code.StartsWith(code)).Select(f => f.Code).ToListAsync(cancellationToken);
            if (formulas.Count > 0)
            {
                any = Or(any, p => formulas.Contains(p.FormulaCode));
            }
        }

        return any;
    }

    /// <summary>The prescribers whose names start with the words, as the patients' are matched; a few hundred rows at most.</summary>
    private static async Task<List<Guid>> PrescribersAsync(PrescriptionsDbContext db, IReadOnlyList<string> keys, bool lastNameFirst, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var all = await db.Prescribers.AsNoTracking().Select(p => new { p.ProviderId, p.FirstName, p.LastName }).ToListAsync(cancellationToken);
        bool Starts(string name, string key) => PatientNameKeys.Of(name).StartsWith(key, StringComparison.Ordinal);
        return
        [
            .. all.Where(p => keys.Count == 1
                    ? Starts(p.LastName, keys[0]) || Starts(p.FirstName, keys[0])
                    : (Starts(p.LastName, keys[0]) && Starts(p.FirstName, keys[1]))
                      || (!lastNameFirst && Starts(p.FirstName, keys[0]) && Starts(p.LastName, keys[^1])))
                .Select(p => p.ProviderId),
        ];
    }

    private static Expression<Func<Prescription, bool>> LastNameStarts(string key) => NameStarts(PatientNameKeys.LastNameKey, key);

    private static Expression<Func<Prescription, bool>> FirstNameStarts(string key) => NameStarts(PatientNameKeys.FirstNameKey, key);

    /// <summary>A range of the indexed key, never LIKE: SQLite seeks an index for a range on any collation.</summary>
    private static Expression<Func<Prescription, bool>> NameStarts(string column, string key)
    {
        var (from, before) = PatientNameKeys.PrefixRange(key);
        return before is null
            ? p => string.Compare(EF.Property<string>(p, column), from) >= 0
            : p => string.Compare(EF.Property<string>(p, column), from) >= 0 && string.Compare(EF.Property<string>(p, column), before) < 0;
    }

    private static Expression<Func<Prescription, bool>> Or(Expression<Func<Prescription, bool>> left, Expression<Func<Prescription, bool>> right) =>
        Combine(left, right, Expression.OrElse);

    private static Expression<Func<Prescription, bool>> And(Expression<Func<Prescription, bool>> left, Expression<Func<Prescription, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    private static Expression<Func<Prescription, bool>> Combine(
        Expression<Func<Prescription, bool>> left, Expression<Func<Prescription, bool>> right, Func<Expression, Expression, BinaryExpression> join)
    {
        var parameter = left.Parameters[0];
        var body = ReplacingExpressionVisitor.Replace(right.Parameters[0], parameter, right.Body);
        return Expression.Lambda<Func<Prescription, bool>>(join(left.Body, body), parameter);
    }

    /// <summary>The search split into what it names: a date of birth, a number, and words ("last, first" when a comma follows the first word).</summary>
    private sealed record Terms(DateOnly? DateOfBirth, string? Number, IReadOnlyList<string> Words, bool LastNameFirst)
    {
        public static Terms Of(string search)
        {
            DateOnly? dateOfBirth = null;
            string? number = null;
            var words = new List<string>();
            foreach (var token in search.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (DateOnly.TryParseExact(token, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    dateOfBirth = date;
                }
                else if (token.All(char.IsAsciiDigit) && token.Length <= 18)
                {
                    number = token;
                }
                else
                {
                    words.Add(token);
                }
            }

            var comma = search.IndexOf(',', StringComparison.Ordinal);
            var lastNameFirst = comma > 0 && words.Count > 1 && search[..comma].Trim().Equals(words[0], StringComparison.Ordinal);
            return new Terms(dateOfBirth, number, words, lastNameFirst);
        }
    }
}
