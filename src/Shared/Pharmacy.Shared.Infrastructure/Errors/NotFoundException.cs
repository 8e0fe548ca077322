namespace Pharmacy.Shared.Infrastructure.Errors;

/// <summary>The record a command or query names does not exist; the API answers 404.</summary>
public sealed class NotFoundException(string recordType, object id)
    : Exception($"{recordType} {id} was not found.")
{
    public string RecordType { get; } = recordType;
}
