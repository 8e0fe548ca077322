using Microsoft.EntityFrameworkCore;
using Pharmacy.Benchmarks.BareIntake;

// The baseline the product's intake is compared with: the same JSON body in, the same prescriptions row out (same
// table, columns, indexes, connection string and PRAGMAs as the product's prescriptions.db), through ASP.NET Core
// minimal APIs and EF Core, with nothing else: no authentication, rate limits, validation, lookups, audit or outbox.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var directory = Path.GetFullPath(builder.Configuration["Database:SqliteDirectory"] ?? "data");
Directory.CreateDirectory(directory);
var connectionString = $"Data Source={Path.Combine(directory, "prescriptions.db")};Pooling=True";
builder.Services.AddDbContext<BareDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance));

var app = builder.Build();
long lastRxNumber;
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<BareDbContext>();
    await db.Database.EnsureCreatedAsync();
    lastRxNumber = await db.Prescriptions.MaxAsync(p => (long?)p.RxNumber) ?? 7_000_000;
}

app.MapGet("/health/ready", () => Results.Ok());
app.MapPost("/api/prescriptions", async (IntakeRequest request, BareDbContext db, CancellationToken cancellationToken) =>
{
    var row = BarePrescription.From(request, Interlocked.Increment(ref lastRxNumber), DateTimeOffset.UtcNow);
    db.Prescriptions.Add(row);
    await db.SaveChangesAsync(cancellationToken);
    return Results.Created($"/api/prescriptions/{row.Id}", new IntakeResponse(row.Id, row.RxNumber, row.Status, Created: true));
});

app.Run();
