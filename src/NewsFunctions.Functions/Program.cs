using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using NewsFunctions;
using NewsFunctions.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// After ConfigureFunctionsWebApplication: it needs the HttpContext that the proxying middleware sets.
builder.UseMiddleware<HttpErrorMiddleware>();
builder.Services.AddNewsPipeline(builder.Configuration);
builder.Build().Run();
