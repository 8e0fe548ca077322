namespace Pharmacy.Host.Backup;

/// <summary>Backup or restore would not be safe, or cannot be done; the message says why and what to do.</summary>
internal sealed class BackupRefusedException(string message) : Exception(message);
