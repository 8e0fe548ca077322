using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Pharmacy.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The host with the shipped sign-in limits and a small API limit, where each client says which address it comes
/// from (an in-memory test server has none), so that tests can play an outsider and a pharmacist at two computers.
/// </summary>
public sealed class SignInLimitsApp : PharmacyApp
{
    public const int ApiKeyLimit = 20;
    private const string AddressHeader = "X-Test-Client-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SignInPerAddress:PermitLimit", "10");
        builder.UseSetting("RateLimits:SignInPerUserName:PermitLimit", "30");
        builder.UseSetting("RateLimits:ApiKey:TokenLimit", ApiKeyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ApiKey:TokensPerPeriod", "1");
        builder.UseSetting("RateLimits:ApiKey:ReplenishmentPeriod", "00:10:00");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, AddressFromHeader>());
    }

    /// <summary>A browser-like client at one address.</summary>
    public HttpClient ClientAt(string address)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
