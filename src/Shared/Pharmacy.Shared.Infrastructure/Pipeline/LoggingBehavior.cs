using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Pharmacy.Shared.Infrastructure.Pipeline;

/// <summary>
/// Logs each command and query by name, outcome and duration. Never the message itself: commands carry patient data.
/// A command handled is a Debug line (at Information every intake of a burst queued a console line behind a lock);
/// a refusal stays at Information.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(logger, typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            LogFailed(logger, typeof(TMessage).Name, exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{MessageName} handled in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string messageName, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageName} refused with {ErrorType} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string messageName, string errorType, double elapsedMs);
}
