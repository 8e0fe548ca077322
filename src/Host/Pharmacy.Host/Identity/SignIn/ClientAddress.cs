namespace Pharmacy.Host.Identity.SignIn;

/// <summary>
/// The address a request came from, as the rate limits and the lockout count it. Behind a reverse proxy this is the
/// proxy's address unless forwarded headers are configured for it.
/// </summary>
internal static class ClientAddress
{
    public const string Unknown = "unknown";

    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return Unknown;
        }

        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}
