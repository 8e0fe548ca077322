using System.Reflection;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Pharmacy.Shared.Infrastructure.Messaging;

public static class WolverineSetup
{
    /// <summary>
    /// Wolverine carries integration events between modules on local queues. Each handler gets its own queue
    /// (so one module's failure never re-runs another's), processed in order; retries are the relay's job.
    /// </summary>
    public static WolverineOptions UseModuleMessaging(this WolverineOptions options, IEnumerable<Assembly> moduleAssemblies, IEnumerable<Type> dbContextTypes)
    {
        options.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
        var assemblies = moduleAssemblies.ToList();
        foreach (var assembly in assemblies)
        {
            options.Discovery.IncludeAssembly(assembly);
        }

        // Inbound handlers are named for their act, not *Handler, so Wolverine is told which types they are.
        foreach (var handler in IntegrationHandlerCatalog.InboundHandlersOf(assemblies))
        {
            options.Discovery.IncludeType(handler);
        }

        foreach (var contextType in dbContextTypes)
        {
            options.CodeGeneration.AlwaysUseServiceLocationFor(contextType);
        }

        // Integration handlers take the module's inbox and Mediator's sender, both scoped and built by factories.
        options.ServiceLocationPolicy = JasperFx.CodeGeneration.Model.ServiceLocationPolicy.AlwaysAllowed;
        options.Policies.AllLocalQueues(queue => queue.Sequential());
        options.Policies.MessageExecutionLogLevel(LogLevel.Debug);
        options.Policies.MessageSuccessLogLevel(LogLevel.Debug);
        options.UseRuntimeCompilation();
        return options;
    }
}
