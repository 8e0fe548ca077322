using Mediator;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Pharmacy.Host;
using Pharmacy.Host.Backup;
using Pharmacy.Host.DataGeneration;
using Pharmacy.Host.Identity;
using Pharmacy.Host.Identity.SignIn;
using Pharmacy.Host.OpenApi;
using Pharmacy.Shared.Infrastructure;
using Pharmacy.Shared.Infrastructure.Messaging;
using Pharmacy.Shared.Infrastructure.Persistence;
using Pharmacy.Shared.Infrastructure.Pipeline;
using Pharmacy.Shared.Infrastructure.Security;
using Pharmacy.Shared.Web;
using Pharmacy.Shared.Web.Modules;
using Pharmacy.Shared.Web.Security;
using Wolverine;

if (BackupCommands.IsRequested(args))
{
    Environment.ExitCode = await BackupCommands.RunAsync(args, Console.Out);
    return;
}

if (GenerateCommand.IsRequested(args))
{
    Environment.ExitCode = await GenerateCommand.RunAsync(args, Console.Out);
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(options => options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ");

var modules = ModuleCatalog.Enabled(builder.Configuration);
var leftOut = ModuleCatalog.LeftOut(builder.Configuration);
var moduleAssemblies = modules.Select(module => module.GetType().Assembly).ToList();

builder.Services.AddPharmacyInfrastructure(builder.Configuration);
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.PipelineBehaviors =
    [
        typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(SignatureBehavior<,>),
        typeof(UnitOfWorkBehavior<,>),
    ];
});
builder.Services.AddPharmacyIdentity(builder.Configuration);
builder.Services.AddHostedService<DataFolderLock>();
builder.Services.AddHostedService<DemoDataRunner>();
builder.Services.AddSingleton<DemoWorkOutcome>();
builder.Services.AddHostedService<DemoScenario>();
foreach (var module in modules)
{
    module.Register(builder.Services, builder.Configuration);
}

builder.Services.RemoveHandlersOf(leftOut);
builder.Services.AddSingleton(new EnabledModules(modules));
builder.Services.AddIntegrationHandlers(moduleAssemblies);
var moduleContexts = builder.Services.ModuleDbContextTypes();
builder.Host.UseWolverine(options => options.UseModuleMessaging(moduleAssemblies, moduleContexts));

builder.Services.AddSingleton(new NavigationRegistry(modules.SelectMany(module => module.Navigation).Concat(HostNavigation.Items)));
builder.Services.AddSingleton(new WorkQueueRegistry(modules.SelectMany(module => module.WorkQueues)));
builder.Services.AddRazorPages().WithoutPagesOf(leftOut);
builder.Services.AddPharmacyProblemDetails();
builder.Services.AddPharmacyOpenApi();
builder.AddPharmacySecurityHeaders();

var app = builder.Build();
// An act that names an access rule no enabled module declares stops the start, not the first person who tries the act.
app.Services.GetRequiredService<AccessRules>().EnsureEveryActFindsItsRule(moduleAssemblies);

app.UsePharmacySecurityHeaders(PharmacyOpenApi.ReferencePath);
app.UsePharmacyErrorAnswers();

app.MapStaticAssets().AllowAnonymous();
app.UseRouting();
// Before authentication: a flood of requests is refused before it costs a key lookup or a password hash.
app.UsePharmacyRateLimits();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = check => check.Tags.Contains("ready"),
    ResponseWriter = HealthResponse.WriteAsync,
}).AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapPharmacyApiReference();
foreach (var module in modules)
{
    module.MapEndpoints(app);
}

app.MapRazorPages();

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
